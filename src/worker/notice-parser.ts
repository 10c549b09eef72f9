// The page's way to parse notices: in a Web Worker when the browser allows one, else on the main thread.
// A worker that cannot be created, or dies, hands its pending work to the main thread instead of failing.
// Batches go to the worker as one message each; requests are copied, never transferred, so the page can
// still run one itself if the worker dies with it.
import type { NoticeModel } from '../notice/model.ts';
import type { ParseOptions } from '../notice/parse.ts';
import type { JobOptions } from './jobs.ts';
import type {
  CancelRequest,
  ImportInput,
  ImportOutcome,
  JobResult,
  ParseInput,
  ParseRequest,
  ParseResponse,
} from './protocol.ts';

export type ParserThread = 'worker' | 'main-thread';

export interface NoticeParser {
  parse(input: Uint8Array | string, options?: ParseOptions): Promise<NoticeModel>;
  /** Many notices in one message; the models in the order of the inputs. */
  parseMany(inputs: readonly ParseInput[]): Promise<NoticeModel[]>;
  /** Reads and parses a batch of files (or pasted text) for import; one outcome per input, in order.
   *  `onProgress` hears file by file and page by page; once `signal` aborts, the file being read ends
   *  as cancelled and the rest are not read. */
  readForImport(files: readonly ImportInput[], options?: JobOptions): Promise<ImportOutcome[]>;
  /** Where the next parse will run. */
  readonly thread: ParserThread;
  dispose(): void;
}

type RequestBody = ParseRequest extends infer R ? (R extends ParseRequest ? Omit<R, 'id'> : never) : never;

interface Pending {
  readonly request: ParseRequest;
  readonly options: JobOptions;
  resolve(result: JobResult): void;
  reject(error: Error): void;
}

function startParseWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse-notice' });
}

async function runOnPage(request: ParseRequest, options: JobOptions): Promise<JobResult> {
  const { runJobInSteps } = await import('./jobs.ts');
  return runJobInSteps(request, options);
}

function resultOf<T extends JobResult['type']>(type: T) {
  return (result: JobResult): Extract<JobResult, { type: T }> => {
    if (result.type !== type) throw new Error(`The parser answered ${result.type} to ${type}.`);
    return result as Extract<JobResult, { type: T }>;
  };
}

/** Settles pending jobs with the worker's answers; a worker that fails hands its jobs back. */
function answerFrom(worker: Worker, pending: Map<number, Pending>, abandon: () => void): void {
  worker.addEventListener('message', ({ data }: MessageEvent<ParseResponse>) => {
    // Other messages (pdf.js announces itself from the worker) carry no id of ours.
    const job = typeof data?.id === 'number' ? pending.get(data.id) : undefined;
    if (!job) return;
    if ('progress' in data) {
      job.options.onProgress?.(data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.ok) job.resolve(data);
    else job.reject(new Error(data.error));
  });
  worker.addEventListener('error', abandon);
  worker.addEventListener('messageerror', abandon);
}

export function createNoticeParser(startWorker: () => Worker = startParseWorker): NoticeParser {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  try {
    worker = startWorker();
  } catch {
    worker = null;
  }

  const runOnMainThread = (job: Pending) => {
    runOnPage(job.request, job.options).then(job.resolve, (error: unknown) =>
      job.reject(error instanceof Error ? error : new Error(String(error))),
    );
  };

  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    jobs.forEach(runOnMainThread);
  };

  if (worker) answerFrom(worker, pending, abandonWorker);

  const run = (body: RequestBody, options: JobOptions = {}): Promise<JobResult> => {
    const request = { ...body, id: nextId++ } as ParseRequest;
    return new Promise<JobResult>((resolve, reject) => {
      const job = { request, options, resolve, reject };
      if (!worker) return runOnMainThread(job);
      pending.set(request.id, job);
      options.signal?.addEventListener('abort', () => {
        const cancel: CancelRequest = { type: 'cancel', target: request.id };
        worker?.postMessage(cancel);
      });
      try {
        worker.postMessage(request);
      } catch {
        // The input could not be sent (it cannot be cloned, or the worker is gone): parse it here.
        pending.delete(request.id);
        runOnMainThread(job);
      }
    });
  };

  return {
    parse(input, options = {}) {
      const body = options.reader === undefined ? { input } : { input, reader: options.reader };
      return run({ type: 'parse', ...body })
        .then(resultOf('parse'))
        .then((r) => r.model);
    },
    parseMany(inputs) {
      return run({ type: 'parse-many', inputs })
        .then(resultOf('parse-many'))
        .then((r) => [...r.models]);
    },
    readForImport(files, options) {
      return run({ type: 'import', files }, options)
        .then(resultOf('import'))
        .then((r) => [...r.outcomes]);
    },
    get thread() {
      return worker ? 'worker' : 'main-thread';
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const job of pending.values()) job.reject(new Error('The parser was disposed.'));
      pending.clear();
    },
  };
}
