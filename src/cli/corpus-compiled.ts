// The code a corpus run's jobs execute, compiled once to plain JavaScript and kept in
// node_modules/.cache/fengong-atlas/corpus/. Run from TypeScript, every worker thread registered the
// TypeScript loader (tsx) anew — a loader thread of its own — and loaded the parser through it module
// by module: on the 50-notice corpus that start-up cost as much as the notices. esbuild bundles the
// worker and the parser in about 0.15 s (the readers stay chunks loaded when a file needs them, packages
// stay imports from node_modules); later runs find the bundle by the hash of its sources and load one
// file. When it cannot be built (no esbuild, a read-only folder), the jobs run from TypeScript as before.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { CorpusJob } from './corpus-job.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(PROJECT, 'node_modules', '.cache', 'fengong-atlas', 'corpus');
const MANIFEST = join(CACHE, 'current.json');
const ENTRIES = { 'corpus-worker': 'src/cli/corpus-worker.ts' };
/** Raised when the build's options change, so a bundle built the old way is not reused. */
const BUILD_VERSION = 1;
/** Bundles older than this, no longer current, are removed when another is built: a run still
 *  using one (a reader's chunk is loaded when a file first needs it) would have to be a day long. */
const STALE_MS = 24 * 60 * 60 * 1000;

/** Where a job's code comes from: the compiled bundle, or the TypeScript sources through tsx. */
export interface CorpusCode {
  /** Starts a worker thread running one job. */
  readonly startWorker: (job: CorpusJob) => Worker;
  /** Why the sources run through tsx, when they do. */
  readonly fallback: string | null;
}

interface Manifest {
  /** The hash of the sources (and build version) the bundle was built from. */
  readonly hash: string;
  /** The bundle's sources, relative to the project. */
  readonly inputs: readonly string[];
}

async function hashOf(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`fengong-corpus-build ${BUILD_VERSION}\n`);
  for (const input of [...inputs].sort()) {
    hash.update(`${input}\n`);
    hash.update(await readFile(join(PROJECT, input)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The current bundle's folder, when its sources have not changed since it was built. */
async function currentBundle(): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
    const folder = join(CACHE, manifest.hash);
    if (manifest.hash !== (await hashOf(manifest.inputs))) return null;
    return (await exists(join(folder, 'corpus-worker.js'))) ? folder : null;
  } catch {
    return null; // no manifest yet, or a source it names is gone: build again
  }
}

async function removeStale(keep: string): Promise<void> {
  const now = Date.now();
  for (const entry of await readdir(CACHE, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const folder = join(CACHE, entry.name);
    const { mtimeMs } = await stat(folder);
    if (now - mtimeMs > STALE_MS) await rm(folder, { recursive: true, force: true });
  }
}

/** Builds the bundle into a folder of its own, then names it current; two runs building at once each
 *  finish with a whole bundle, and the manifest is replaced in one rename. */
async function build(): Promise<string> {
  const esbuild = await import('esbuild');
  await mkdir(CACHE, { recursive: true });
  const scratch = join(CACHE, `.build-${process.pid}-${Date.now()}`);
  const result = await esbuild.build({
    absWorkingDir: PROJECT,
    entryPoints: ENTRIES,
    outdir: scratch,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const hash = await hashOf(inputs);
  const folder = join(CACHE, hash);
  // Another run may have built the same sources meanwhile: its bundle is as good as this one.
  await rename(scratch, folder).catch(async (error: unknown) => {
    if (!(await exists(join(folder, 'corpus-worker.js')))) throw error;
  });
  await rm(scratch, { recursive: true, force: true });
  const manifest: Manifest = { hash, inputs };
  const next = `${MANIFEST}.${process.pid}`;
  await writeFile(next, JSON.stringify(manifest));
  await rename(next, MANIFEST);
  await removeStale(hash).catch(() => undefined);
  return folder;
}

/** The process's Node options less the TypeScript loader (`--import tsx`, which `npm run` and the
 *  tests pass): a worker inherits them, and would otherwise start that loader again, thread and all,
 *  for a bundle that is plain JavaScript. */
export function withoutTsx(argv: readonly string[]): string[] {
  const loader = /^(--import|--loader|--experimental-loader|--require|-r)(=|$)/;
  const isTsx = (value: string | undefined) => /(^|[/\\])tsx([/\\@]|$)/.test(value ?? '');
  const options: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i] as string;
    const flag = loader.exec(option);
    if (flag?.[2] === '' && isTsx(argv[i + 1])) i++;
    else if (!(flag?.[2] === '=' && isTsx(option.slice(option.indexOf('=') + 1)))) options.push(option);
  }
  return options;
}

/** A worker with the process's options less tsx. Given explicitly, a V8 option (`--max-old-space-size`)
 *  is refused where an inherited one is not; V8's options hold for the whole process anyway, so the
 *  worker is then started with none. */
function startWorker(code: URL | string, options: WorkerOptions): Worker {
  try {
    return new Worker(code, { ...options, execArgv: withoutTsx(process.execArgv) });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(code, { ...options, execArgv: [] });
  }
}

/** A worker that registers tsx, then loads the worker's TypeScript source. */
function tsxWorker(job: CorpusJob): Worker {
  const source = new URL('./corpus-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return startWorker(bootstrap, { eval: true, workerData: job });
}

export async function corpusCode(): Promise<CorpusCode> {
  try {
    const folder = (await currentBundle()) ?? (await build());
    const worker = pathToFileURL(join(folder, 'corpus-worker.js'));
    return {
      startWorker: (job) => startWorker(worker, { workerData: job }),
      fallback: null,
    };
  } catch (error) {
    return {
      startWorker: tsxWorker,
      fallback: error instanceof Error ? error.message : String(error),
    };
  }
}
