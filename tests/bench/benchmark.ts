// What a benchmark is: a named measurement that returns rows for the report. Each benchmark lives in
// its own file and is registered in benchmarks.ts.

export interface BenchRow {
  readonly benchmark: string;
  /** What was measured, e.g. `seed (52.2 KB)` or `1000 synthetic notices (38.1 MB)`. */
  readonly input: string;
  readonly runs: number;
  /** Median wall time of one run, milliseconds. */
  readonly medianMs: number;
  /** The figure the target is about, e.g. 24.3, and its unit, e.g. `MB/s`. */
  readonly value: number;
  readonly unit: string;
  /** Highest V8 heap in use seen during the runs, bytes. */
  readonly peakHeapBytes: number;
  /** A floor (throughput), a ceiling (time), or both. */
  readonly target: { readonly min?: number; readonly max?: number; readonly label: string } | null;
}

export interface Benchmark {
  readonly name: string;
  readonly run: () => BenchRow[] | Promise<BenchRow[]>;
}
