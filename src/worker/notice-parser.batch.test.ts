// Batches go through the same client: answered by the worker, or run on the page when the worker fails.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { runJob } from './jobs.ts';
import { createNoticeParser } from './notice-parser.ts';
import type { ParseRequest } from './protocol.ts';

/** A worker that runs the jobs as the real one does, on a timer instead of a thread. */
class InlineWorker extends EventTarget {
  postMessage(request: ParseRequest): void {
    setTimeout(() => {
      void runJob(request).then((result) =>
        this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, ok: true, ...result } })),
      );
    }, 0);
  }
  terminate(): void {}
}

class FailingWorker extends EventTarget {
  postMessage(): void {
    setTimeout(() => this.dispatchEvent(new Event('error')), 0);
  }
  terminate(): void {}
}

describe('batches', () => {
  it('parses many notices in one message and reads files for import', async () => {
    const parser = createNoticeParser(() => new InlineWorker() as unknown as Worker);
    const models = await parser.parseMany([{ input: seedBytes() }, { input: '' }]);
    expect(models.map((m) => m.items.length)).toEqual([77, 0]);
    const outcomes = await parser.readForImport([
      { name: 'seed.txt', bytes: seedBytes() },
      { name: 'x.pdf', bytes: new Uint8Array([1]) },
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
  });

  it('runs a batch on the main thread when the worker fails, losing nothing', async () => {
    const parser = createNoticeParser(() => new FailingWorker() as unknown as Worker);
    const outcomes = await parser.readForImport([{ name: 'seed.txt', bytes: seedBytes() }]);
    expect(outcomes[0]).toMatchObject({ ok: true, summary: { items: 77, agencies: 45 } });
    expect(parser.thread).toBe('main-thread');
  });
});
