import { describe, expect, it } from 'vitest';
import { inSlices } from './in-slices.ts';

function* counting(pauses: number, log: string[]): Generator<void, number> {
  for (let i = 0; i < pauses; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return pauses;
}

describe('work in slices', () => {
  it('returns what the work returns, having let other tasks run in between', async () => {
    const log: string[] = [];
    let spin = 0;
    // Each step takes about 2 ms: with a 5 ms budget the work needs several tasks.
    function* slow(): Generator<void, string> {
      for (let i = 0; i < 10; i++) {
        const until = performance.now() + 2;
        while (performance.now() < until) spin++;
        log.push(`step ${i}`);
        yield;
      }
      return 'done';
    }
    setTimeout(() => log.push('other task'), 0);
    expect(await inSlices(slow(), { budgetMs: 5 })).toBe('done');
    const other = log.indexOf('other task');
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(log.length - 1);
    expect(spin).toBeGreaterThan(0);
  });

  it('finishes short work in the first task', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('other task'), 0);
    expect(await inSlices(counting(3, log), { budgetMs: 1000 })).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('stops at the next pause once aborted', async () => {
    const controller = new AbortController();
    const log: string[] = [];
    function* endless(): Generator<void, never> {
      for (;;) {
        log.push('step');
        const until = performance.now() + 2;
        while (performance.now() < until);
        yield;
      }
    }
    const work = inSlices(endless(), { budgetMs: 1, signal: controller.signal });
    controller.abort(new Error('scope changed'));
    await expect(work).rejects.toThrow('scope changed');
    expect(log.length).toBeGreaterThan(0);
  });
});
