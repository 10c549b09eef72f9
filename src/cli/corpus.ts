// `npm run corpus -- <folder> -o <out> [--jobs N] [--shard i/n] [--format parquet|csv|both]`: every
// notice in a folder tree, parsed in parallel (worker_threads), written as tables for DuckDB, pandas
// and Spark (see corpus/tables.ts). A file that cannot be read is reported and skipped; it never stops
// the run. Exit codes: 0 done (failures listed in the failures table), 1 folder unreadable, 2 usage.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { TABLES, type Row, type TableName } from '../corpus/tables.ts';
import { corpusFiles, inShard } from './corpus-files.ts';
import { writeTables } from './corpus-tables.ts';
import { CORPUS_USAGE, readCorpusArgs } from './corpus-args.ts';
import type { CorpusAnswer } from './corpus-worker.ts';

const PROGRAM = 'fengong-corpus';
const WORKER = new URL('./corpus-worker.ts', import.meta.url).href;
/** A worker does not inherit the loader that runs this TypeScript (tsx): it registers it first, then
 *  loads the worker's source. */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

/** Parses `paths` on `jobs` workers, each given the next file as it finishes one. */
async function parseAll(
  root: string,
  paths: readonly string[],
  jobs: number,
  onDone: (a: CorpusAnswer) => void,
) {
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= paths.length) return resolve();
        worker.postMessage({ path: paths[next++] });
      };
      worker.on('message', (answer: CorpusAnswer) => {
        onDone(answer);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from(
    { length: Math.min(jobs, Math.max(1, paths.length)) },
    () => new Worker(BOOTSTRAP, { eval: true, workerData: { root } }),
  );
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const command = readCorpusArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(`${CORPUS_USAGE}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`${PROGRAM}: ${command.message}\n${CORPUS_USAGE}\n`);
    return 2;
  }
  let all: string[];
  try {
    all = await corpusFiles(command.root);
  } catch (error) {
    process.stderr.write(`${PROGRAM}: cannot read the folder ${command.root}: ${(error as Error).message}\n`);
    return 1;
  }
  const paths = all.filter((p) => inShard(p, command.shard));
  const jobs = command.jobs ?? availableParallelism();
  const start = performance.now();
  const answers = new Map<string, CorpusAnswer>();
  let failed = 0;
  const progress = () => {
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    return `${PROGRAM}: ${answers.size}/${paths.length} notices, ${failed} not read, ${seconds} s`;
  };
  await parseAll(command.root, paths, jobs, (answer) => {
    answers.set(answer.path, answer);
    if (answer.failed) {
      failed++;
      process.stderr.write(`${PROGRAM}: ${answer.rows.failures[0]?.[1] ?? answer.path}\n`);
    }
    if (process.stderr.isTTY) process.stderr.write(`\r${progress()}`);
  });
  // Rows in path order, whatever order the workers finished in: the same corpus, the same files.
  const rows = new Map<TableName, Row[]>(TABLES.map((t) => [t.name, []]));
  for (const path of paths) {
    const answer = answers.get(path);
    if (answer) for (const spec of TABLES) rows.get(spec.name)?.push(...answer.rows[spec.name]);
  }
  const written = await writeTables(command.out, rows, command.shard, command.format);
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}${progress()}; ${jobs} jobs; wrote ${written.length} files to ${command.out}\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
