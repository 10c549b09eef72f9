// The corpus mode's parallel throughput: the same folder of notices (the synthetic corpus written to
// disk) parsed by `npm run corpus` with one job and with one job per core, in one run. The figure is
// the efficiency: (time with 1 job ÷ time with N jobs) ÷ N — 1.0 when N jobs go N times as fast. Whole
// runs are timed, start-up and the writing of Parquet and CSV included, as a user waits for them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../corpus/synthetic.ts';
import type { Benchmark } from './benchmark.ts';
import { median } from './measure.ts';

const NOTICES = 600;
const RUNS = 3;

function timeRun(root: string, jobs: number): number {
  const out = mkdtempSync(join(tmpdir(), 'fengong-corpus-bench-out-'));
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/corpus.ts', root, '-o', out, '--jobs', String(jobs)],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`corpus run failed: ${result.stderr}`);
  return performance.now() - start;
}

export const corpusJobs: Benchmark = {
  name: 'corpus-jobs',
  run() {
    const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-bench-'));
    generateCorpus(NOTICES, 2014).forEach((text, i) => {
      const folder = join(root, `batch-${i % 10}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `notice-${i}.txt`), text);
    });
    const jobs = availableParallelism();
    const one = median(Array.from({ length: RUNS }, () => timeRun(root, 1)));
    const many = median(Array.from({ length: RUNS }, () => timeRun(root, jobs)));
    const efficiency = one / many / jobs;
    return [
      {
        benchmark: this.name,
        input: `${NOTICES} synthetic notices on disk, 1 job ${(one / 1000).toFixed(1)} s vs ${jobs} jobs ${(many / 1000).toFixed(1)} s`,
        runs: RUNS * 2,
        medianMs: many,
        value: efficiency,
        unit: `× of ${jobs} × one job`,
        peakHeapBytes: 0,
        target: { min: 0.8, label: '≥ 0.8 × N × one job' },
      },
    ];
  },
};
