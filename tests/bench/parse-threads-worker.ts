// One thread of the corpus benchmark's reference (corpus-jobs.ts): its share of the notices, already in
// memory, read and parsed as a corpus job does, with no file read, no progress and no table written.
import { parentPort, workerData } from 'node:worker_threads';
import { readNotice } from '../../src/cli/corpus-job.ts';

interface Share {
  readonly files: readonly (readonly [string, Uint8Array])[];
  readonly index: number;
  readonly count: number;
}

const { files, index, count } = workerData as Share;
const start = performance.now();
for (let i = index; i < files.length; i += count) {
  const [name, bytes] = files[i] as readonly [string, Uint8Array];
  await readNotice(name, bytes);
}
parentPort?.postMessage(performance.now() - start);
