// `npm run corpus -- <folder> -o <out> [--jobs N] [--shard i/n] [--format parquet|csv|both]`: every
// notice in a folder tree, parsed in parallel (worker_threads), written as tables for DuckDB, pandas
// and Spark (see corpus/tables.ts). A file that cannot be read is reported and skipped; it never stops
// the run. Exit codes: 0 done (failures listed in the failures table), 1 folder unreadable, 2 usage.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { corpusFiles, inShard } from './corpus-files.ts';
import { CORPUS_USAGE, readCorpusArgs } from './corpus-args.ts';
import type { CorpusMessage, CorpusReply } from './corpus-worker.ts';

const PROGRAM = 'fengong-corpus';
const WORKER = new URL('./corpus-worker.ts', import.meta.url).href;
/** A worker does not inherit the loader that runs this TypeScript (tsx): it registers it first, then
 *  loads the worker's source. */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`;

/** Parses `paths` on `jobs` workers, each given the next file as it finishes one; then each writes
 *  its part of every table. Resolves to the files written. */
async function parseAll(
  root: string,
  paths: readonly string[],
  jobs: number,
  write: (worker: number) => Extract<CorpusMessage, { type: 'write' }>,
  onParsed: (path: string, failure: string | null) => void,
): Promise<string[]> {
  let next = 0;
  const run = (worker: Worker, index: number) =>
    new Promise<string[]>((resolve, reject) => {
      const send = () => {
        const message: CorpusMessage =
          next < paths.length ? { type: 'parse', path: paths[next++] as string } : write(index);
        worker.postMessage(message);
      };
      worker.on('message', (reply: CorpusReply) => {
        if (reply.type === 'written') return resolve([...reply.files]);
        onParsed(reply.path, reply.failure);
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
    return (await Promise.all(workers.map(run))).flat();
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
  let parsed = 0;
  let failed = 0;
  const progress = () => {
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    return `${PROGRAM}: ${parsed}/${paths.length} notices, ${failed} not read, ${seconds} s`;
  };
  const { shard, out, format } = command;
  const written = await parseAll(
    command.root,
    paths,
    jobs,
    (worker) => ({
      type: 'write',
      out,
      format,
      part: `part-${shard.index}-of-${shard.count}-w${worker + 1}`,
    }),
    (_path, failure) => {
      parsed++;
      if (failure !== null) {
        failed++;
        process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}${PROGRAM}: ${failure}\n`);
      }
      if (process.stderr.isTTY) process.stderr.write(`\r${progress()}`);
    },
  );
  process.stderr.write(
    `${process.stderr.isTTY ? '\r' : ''}${progress()}; ${jobs} jobs; wrote ${written.length} files to ${out}\n`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
