// Timing and memory helpers for benchmarks: median of repeated runs after warm-up, and the peak heap
// seen between runs (sampled outside the timed region so sampling costs no time).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full GC before each benchmark, so one benchmark's garbage is not charged to the next. */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return gc ?? (() => undefined);
})();

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export class HeapPeak {
  private peak = 0;

  sample(): void {
    this.peak = Math.max(this.peak, getHeapStatistics().used_heap_size);
  }

  get bytes(): number {
    return this.peak;
  }
}

/** Runs `step` `warmup` times untimed, then `runs` times timed; returns each run's milliseconds. */
export function timeRuns(step: () => unknown, warmup: number, runs: number, heap: HeapPeak): number[] {
  for (let i = 0; i < warmup; i++) step();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    step();
    times.push(performance.now() - start);
    heap.sample();
  }
  return times;
}

/** Megabytes (10^6 bytes) per second. */
export function megabytesPerSecond(bytes: number, milliseconds: number): number {
  return bytes / 1e6 / (milliseconds / 1000);
}
