// `npm run corpus -- <folder> -o <out> [--jobs N] [--shard i/n] [--format parquet|csv|both]`: every
// notice in a folder tree, parsed in parallel — N worker threads, each a job (corpus-job.ts) running
// the compiled parser (corpus-compiled.ts) — and written as tables for DuckDB,
// pandas and Spark (see corpus/tables.ts). A file that cannot be read is reported and skipped; it never
// stops the run. Exit codes: 0 done (failures listed in the failures table), 1 folder unreadable, 2 usage.
import { availableParallelism } from 'node:os';
import { biggestFirst, corpusFiles, inShard } from './corpus-files.ts';
import { CORPUS_USAGE, readCorpusArgs } from './corpus-args.ts';
import { corpusCode, type CorpusCode } from './corpus-compiled.ts';
import type { CorpusJob, Parsed } from './corpus-job.ts';
import type { CorpusReply } from './corpus-worker.ts';

const PROGRAM = 'fengong-corpus';

/** Runs `jobs` worker threads over one shared queue of `paths`, job i writing part `w<i>`; the main
 *  thread only lists, hands out and reports. (Run as a job itself, the main thread went slower than a
 *  worker: it loads the parser through the TypeScript loader that `npm run` puts on it.) Resolves to
 *  the files written. */
async function parseAll(
  compiled: Promise<CorpusCode>,
  plan: Omit<CorpusJob, 'next' | 'part'>,
  jobs: number,
  part: (job: number) => string,
  onParsed: Parsed,
): Promise<string[]> {
  const code = await compiled;
  if (code.fallback !== null)
    process.stderr.write(`${PROGRAM}: running from TypeScript (not compiled: ${code.fallback})\n`);
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workers = Array.from({ length: jobs }, (_, i) => code.startWorker({ ...plan, next, part: part(i) }));
  const finished = workers.map(
    (worker) =>
      new Promise<string[]>((resolve, reject) => {
        worker.on('message', (reply: CorpusReply) => {
          if (reply.type === 'written') resolve([...reply.files]);
          else onParsed(reply.path, reply.failure);
        });
        worker.on('error', reject);
        worker.on('exit', (exitCode) => reject(new Error(`a corpus worker stopped (exit code ${exitCode})`)));
      }),
  );
  try {
    return (await Promise.all(finished)).flat();
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
  // The jobs' code is found (or compiled) while the folder is listed.
  const compiled = corpusCode();
  let all: string[];
  try {
    all = await corpusFiles(command.root);
  } catch (error) {
    process.stderr.write(`${PROGRAM}: cannot read the folder ${command.root}: ${(error as Error).message}\n`);
    return 1;
  }
  const paths = all.filter((p) => inShard(p, command.shard));
  // No more jobs than files: a job with nothing to do would still write an empty part.
  const jobs = Math.min(command.jobs ?? availableParallelism(), Math.max(1, paths.length));
  const start = performance.now();
  let parsed = 0;
  let failed = 0;
  const progress = () => {
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    return `${PROGRAM}: ${parsed}/${paths.length} notices, ${failed} not read, ${seconds} s`;
  };
  const { shard, out, format } = command;
  const written = await parseAll(
    compiled,
    { root: command.root, paths: await biggestFirst(command.root, paths), out, format },
    jobs,
    (job) => `part-${shard.index}-of-${shard.count}-w${job + 1}`,
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
