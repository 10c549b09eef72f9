import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoticeModel } from '../../notice/model.ts';
import type { ParseInput } from '../../worker/protocol.ts';

const calls: ParseInput[][] = [];
vi.mock('../../worker/notice-parser.ts', () => ({
  createNoticeParser: () => ({
    parse: () => Promise.reject(new Error('not used')),
    parseMany: (inputs: readonly ParseInput[]) => {
      calls.push([...inputs]);
      return Promise.resolve(
        inputs.map((_, i) => ({ text: `model ${calls.length}.${i}` }) as unknown as NoticeModel),
      );
    },
    readForImport: () => Promise.resolve([]),
    thread: 'main-thread',
    dispose: () => undefined,
  }),
}));

const { pageParser, primeParse } = await import('./page-parser.ts');

describe('a parse started ahead', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('is handed to the first request for the same text, which parses nothing more', async () => {
    primeParse({ input: '一、总体要求' });
    expect(calls).toHaveLength(1);
    const [model] = await pageParser().parseMany([{ input: '一、总体要求' }]);
    expect(calls).toHaveLength(1);
    expect(model?.text).toBe('model 1.0');
    // Only once: the next request parses again.
    await pageParser().parseMany([{ input: '一、总体要求' }]);
    expect(calls).toHaveLength(2);
  });

  it('can be a model already parsed (the import of the same bytes), which is handed over unparsed', async () => {
    const model = { text: 'parsed by the import' } as unknown as NoticeModel;
    primeParse({ input: new Uint8Array([4, 5]) }, model);
    expect(calls).toHaveLength(0);
    const [handed] = await pageParser().parseMany([{ input: new Uint8Array([4, 5]) }]);
    expect(handed).toBe(model);
    expect(calls).toHaveLength(0);
  });

  it('matches bytes by content, not by identity', async () => {
    primeParse({ input: new Uint8Array([1, 2, 3]) });
    await pageParser().parseMany([{ input: new Uint8Array([1, 2, 3]) }]);
    expect(calls).toHaveLength(1);
  });

  it('is not handed to a request for other text, another reader, or several notices', async () => {
    primeParse({ input: 'a' });
    await pageParser().parseMany([{ input: 'b' }]);
    await pageParser().parseMany([{ input: 'a', reader: 'pdf' }]);
    await pageParser().parseMany([{ input: 'a' }, { input: 'a' }]);
    await pageParser().parseMany([{ input: new Uint8Array([97]) }]);
    expect(calls).toHaveLength(5);
    // Still waiting for its own request.
    await pageParser().parseMany([{ input: 'a' }]);
    expect(calls).toHaveLength(5);
  });
});
