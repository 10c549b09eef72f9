// Benchmarks that score the readers against hand gold: one row per figure, a percentage with its floor.
import type { BenchRow } from './benchmark.ts';
import { HeapPeak } from './measure.ts';

/** Times `score`, prints what `report` makes of it, and returns a row per [name, value 0–1, min %]. */
export function scoreRows<S>(
  name: string,
  score: () => S,
  report: (s: S) => string,
  input: (s: S) => string,
  figures: (s: S) => readonly (readonly [string, number, number])[],
): BenchRow[] {
  const heap = new HeapPeak();
  const start = performance.now();
  const result = score();
  const ms = performance.now() - start;
  heap.sample();
  console.log(`${report(result)}\n`);
  return figures(result).map(([what, value, min]) => ({
    benchmark: `${name}-${what}`,
    input: input(result),
    runs: 1,
    medianMs: ms,
    value: 100 * value,
    unit: '%',
    peakHeapBytes: heap.bytes,
    target: { min, label: `≥ ${min} %` },
  }));
}
