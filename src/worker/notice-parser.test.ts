// The parser client falls back to the main thread when no worker can run, and loses no request doing so.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { createNoticeParser } from './notice-parser.ts';

/** A stand-in for a worker whose script fails to load: it accepts messages, then reports an error. */
class FailingWorker extends EventTarget {
  terminated = false;
  postMessage(): void {
    setTimeout(() => this.dispatchEvent(new Event('error')), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('createNoticeParser', () => {
  it('parses on the main thread when a worker cannot be created', async () => {
    const parser = createNoticeParser(() => {
      throw new Error('Workers are not available here.');
    });
    expect(parser.thread).toBe('main-thread');
    const model = await parser.parse(seedBytes());
    expect(model.items).toHaveLength(77);
  });

  it('hands pending work to the main thread when the worker fails', async () => {
    const worker = new FailingWorker();
    const parser = createNoticeParser(() => worker as unknown as Worker);
    expect(parser.thread).toBe('worker');
    const [first, second] = await Promise.all([parser.parse(seedBytes()), parser.parse('')]);
    expect(first.sections).toHaveLength(7);
    expect(second.diagnostics.map((d) => d.code)).toEqual(['EMPTY_INPUT']);
    expect(worker.terminated).toBe(true);
    expect(parser.thread).toBe('main-thread');
  });

  it('rejects what is still pending when disposed', async () => {
    const silent = Object.assign(new EventTarget(), { postMessage() {}, terminate() {} });
    const parser = createNoticeParser(() => silent as unknown as Worker);
    const pending = parser.parse('x');
    parser.dispose();
    await expect(pending).rejects.toThrow('disposed');
  });
});
