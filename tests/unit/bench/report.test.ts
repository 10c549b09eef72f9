import { describe, expect, it } from 'vitest';
import type { BenchRow } from '../../bench/benchmark.ts';
import { median, megabytesPerSecond } from '../../bench/measure.ts';
import { allTargetsMet, formatReport } from '../../bench/report.ts';

const row = (value: number): BenchRow => ({
  benchmark: 'parse-seed',
  input: 'seed (52.2 KB)',
  runs: 30,
  medianMs: 1.5,
  value,
  unit: 'MB/s',
  peakHeapBytes: 11_600_000,
  target: { min: 20, label: '≥ 20 MB/s' },
});

describe('bench helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('counts MB as 10^6 bytes per second', () => {
    expect(megabytesPerSecond(2_000_000, 100)).toBe(20);
  });

  it('prints an aligned table saying whether each target is met', () => {
    const lines = formatReport([row(35), row(12)]).split('\n');
    expect(lines[0]).toMatch(/^benchmark\s+input\s+runs\s+median\s+throughput\s+peak heap\s+target\s+met$/);
    expect(lines[2]).toBe('parse-seed  seed (52.2 KB)  30    1.50 ms  35.0 MB/s   11.6 MB    ≥ 20 MB/s  yes');
    expect(lines[3]).toMatch(/12\.0 MB\/s .* NO$/);
    expect(allTargetsMet([row(35)])).toBe(true);
    expect(allTargetsMet([row(35), row(12)])).toBe(false);
  });
});
