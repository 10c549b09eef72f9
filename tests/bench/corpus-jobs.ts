// The corpus mode's parallel throughput: one folder of notices parsed by the corpus command with one
// job and with one job per core, the runs alternating so a change in the machine's load falls on both.
// The figure is the efficiency: (time with 1 job ÷ time with N jobs) ÷ N — 1.0 when N jobs go N times
// as fast. Whole runs are timed, start-up and the writing of Parquet and CSV included, as a user waits
// for them. Two inputs: the real notices of `../shared/corpus` and `../shared/samples` when this
// checkout has them beside it (the 50-notice corpus), and 600 synthetic notices, which every
// machine can make. On a machine shared with other work the wall times move with its load, so each row
// also gives the load average and the CPU seconds the runs used (Linux), which the load moves less:
// their ratio, the work efficiency, bounds what N jobs can gain; and the cores one job keeps busy
// (V8 compiles and collects garbage on threads of its own), which bounds it too: a job busy on 1.4 of
// 2 cores leaves 2 jobs at most 2 ÷ 1.4 times as fast. Linux's autogroup scheduler gives each session
// an equal share of the cores: while other sessions keep them busy, 2 jobs get no more CPU than 1, and
// the wall times measure that load, not the code. So each round also times a perfectly parallel loop
// on 1 thread and on N: the efficiency the machine allowed at the time, beside the corpus's own. And
// the parser alone: the same notices, already in memory, read and parsed on 1 thread and on N, with no
// file read and no table written — what the parsing itself allows (each thread warms V8's compiler
// up on its own, and V8's background threads share the same cores).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { corpusFiles } from '../../src/cli/corpus-files.ts';
import { generateCorpus } from '../corpus/synthetic.ts';
import type { Benchmark, BenchRow } from './benchmark.ts';
import { median } from './measure.ts';

const SYNTHETIC_NOTICES = 600;
const SHARED = resolve('..', 'shared');

interface Input {
  readonly label: string;
  readonly root: string;
  /** Timed runs with each job count. */
  readonly runs: number;
}

/** CPU seconds used by this process's finished children (Linux: /proc), or null elsewhere. */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of proc(5), in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

interface Run {
  readonly ms: number;
  readonly cpu: number | null;
}

function timeRun(root: string, jobs: number): Run {
  const out = mkdtempSync(join(tmpdir(), 'fengong-corpus-bench-out-'));
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/corpus.ts', root, '-o', out, '--jobs', String(jobs)],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - start;
  const cpuAfter = childrenCpuSeconds();
  rmSync(out, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`corpus run failed: ${result.stderr}`);
  return { ms, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** The shared notices copied into one tree (corpus/ and samples/), or null when they are not here. */
function realCorpus(): Input | null {
  const corpus = join(SHARED, 'corpus');
  if (!existsSync(corpus)) return null;
  const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-bench-real-'));
  for (const folder of ['corpus', 'samples'])
    if (existsSync(join(SHARED, folder)))
      cpSync(join(SHARED, folder), join(root, folder), { recursive: true });
  return { label: 'the real corpus (../shared/corpus + samples)', root, runs: 7 };
}

function syntheticCorpus(): Input {
  const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-bench-'));
  generateCorpus(SYNTHETIC_NOTICES, 2014).forEach((text, i) => {
    const folder = join(root, `batch-${i % 10}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `notice-${i}.txt`), text);
  });
  return { label: `${SYNTHETIC_NOTICES} synthetic notices`, root, runs: 3 };
}

/** A fixed loop of arithmetic on a thread of its own, resolving to the milliseconds it took. */
function spin(): Promise<number> {
  const start = performance.now();
  const code = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003;
    require('node:worker_threads').parentPort.postMessage(x);`;
  return new Promise((done, fail) =>
    new Worker(code, { eval: true })
      .once('message', () => done(performance.now() - start))
      .once('error', fail),
  );
}

/** What the machine gives N threads at the moment: the same loop on 1 thread, then on N at once —
 *  the efficiency a perfectly parallel program would show alongside (1.0 on idle cores). */
async function ceiling(jobs: number): Promise<number> {
  const one = await spin();
  const many = Math.max(...(await Promise.all(Array.from({ length: jobs }, spin))));
  return one / many;
}

/** The parser-alone thread (parse-threads-worker.ts), bundled once: workers cannot load TypeScript.
 *  Inside the project, so that the packages it imports resolve from its node_modules. */
async function parserThreadCode(): Promise<{ file: string; dispose: () => void }> {
  const cache = resolve('node_modules', '.cache', 'fengong-atlas');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'bench-parser-'));
  const file = join(dir, 'parse-threads-worker.mjs');
  await build({
    entryPoints: [new URL('./parse-threads-worker.ts', import.meta.url).pathname],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Milliseconds until `count` threads have parsed their shares of `files` (start-up included). */
function parseOnThreads(code: string, files: readonly (readonly [string, Uint8Array])[], count: number) {
  const start = performance.now();
  const threads = Array.from(
    { length: count },
    (_, index) =>
      new Promise<void>((done, fail) =>
        new Worker(code, { workerData: { files, index, count } })
          .once('message', () => done())
          .once('error', fail),
      ),
  );
  return Promise.all(threads).then(() => performance.now() - start);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function measure(input: Input, jobs: number, name: string, parser: string): Promise<BenchRow> {
  // One untimed run: it compiles the jobs' code on a first run after a change, once, not per run.
  timeRun(input.root, 1);
  const files = (await corpusFiles(input.root)).map(
    (path) => [path, new Uint8Array(readFileSync(join(input.root, path)))] as const,
  );
  const parserAlone: number[] = [];
  const load = [loadavg()[0] as number];
  const one: Run[] = [];
  const many: Run[] = [];
  const ceilings: number[] = [];
  for (let i = 0; i < input.runs; i++) {
    one.push(timeRun(input.root, 1));
    many.push(timeRun(input.root, jobs));
    ceilings.push(await ceiling(jobs));
    parserAlone.push(
      (await parseOnThreads(parser, files, 1)) / (await parseOnThreads(parser, files, jobs)) / jobs,
    );
  }
  load.push(loadavg()[0] as number);
  const oneMs = median(one.map((r) => r.ms));
  const manyMs = median(many.map((r) => r.ms));
  const efficiency = oneMs / manyMs / jobs;
  const machine = median(ceilings);
  // CPU seconds (all threads, median): what N jobs cost in work over one job, whatever the load.
  const cpuOf = (runs: Run[]) =>
    runs.every((r) => r.cpu !== null) ? median(runs.map((r) => r.cpu as number)) : null;
  const [cpuOne, cpuMany] = [cpuOf(one), cpuOf(many)];
  const cpuNote =
    cpuOne === null || cpuMany === null
      ? ''
      : `; CPU ${cpuOne.toFixed(2)} s vs ${cpuMany.toFixed(2)} s, work efficiency ${(cpuOne / cpuMany).toFixed(2)}` +
        // V8 compiles and collects garbage on threads of its own: one job keeps more than one core busy.
        `, 1 job busy on ${((cpuOne * 1000) / oneMs).toFixed(2)} cores`;
  const notices = (await corpusFiles(input.root)).length;
  const all = (runs: Run[]) => runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ');
  return {
    benchmark: name,
    input:
      `${input.label}, ${notices} files: 1 job ${seconds(oneMs)} vs ${jobs} jobs ${seconds(manyMs)} ` +
      `(medians of ${input.runs}, alternating; 1 job ${all(one)} s; ${jobs} jobs ${all(many)} s${cpuNote}; ` +
      `load average ${load.map((l) => l.toFixed(1)).join('→')}; a perfectly parallel loop got ` +
      `${machine.toFixed(2)} alongside, the corpus ${(efficiency / machine).toFixed(2)} of that; ` +
      `the parser alone on the same notices in memory ${median(parserAlone).toFixed(2)})`,
    runs: input.runs * 2,
    medianMs: manyMs,
    value: efficiency,
    unit: `× of ${jobs} × one job`,
    peakHeapBytes: 0,
    target: { min: 0.8, label: '≥ 0.8 × N × one job' },
  };
}

export const corpusJobs: Benchmark = {
  name: 'corpus-jobs',
  async run() {
    const jobs = availableParallelism();
    const inputs = [realCorpus(), syntheticCorpus()].filter((i): i is Input => i !== null);
    const parser = await parserThreadCode();
    try {
      const rows: BenchRow[] = [];
      for (const input of inputs) rows.push(await measure(input, jobs, this.name, parser.file));
      return rows;
    } finally {
      parser.dispose();
      for (const input of inputs) rmSync(input.root, { recursive: true, force: true });
    }
  },
};
