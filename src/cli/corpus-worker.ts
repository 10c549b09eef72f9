// A worker thread of a corpus run: one job (corpus-job.ts) over the run's shared queue, each file
// reported to the main thread as it is read, then the part written. The run's whole plan comes in
// workerData, so the worker starts at once and needs no message to begin.
import { parentPort, workerData } from 'node:worker_threads';
import { runCorpusJob, type CorpusJob } from './corpus-job.ts';

export type CorpusReply =
  | { readonly type: 'parsed'; readonly path: string; readonly failure: string | null }
  | { readonly type: 'written'; readonly files: readonly string[] };

const post = (reply: CorpusReply) => parentPort?.postMessage(reply);

const files = await runCorpusJob(workerData as CorpusJob, (path, failure) =>
  post({ type: 'parsed', path, failure }),
);
post({ type: 'written', files });
