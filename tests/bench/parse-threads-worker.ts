// One thread of the corpus benchmark's reference (corpus-jobs.ts): its share of the notices, already in
// memory, read and parsed as a corpus job does, with no file read, no progress and no table written.
import { parentPort, workerData } from 'node:worker_threads';
import { readImportFile } from '../../src/import/read-import-file.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';

interface Share {
  readonly files: readonly (readonly [string, Uint8Array])[];
  readonly index: number;
  readonly count: number;
}

const { files, index, count } = workerData as Share;
const start = performance.now();
for (let i = index; i < files.length; i += count) {
  const [name, bytes] = files[i] as readonly [string, Uint8Array];
  const read = await readImportFile(name, bytes, { limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
  if ('error' in read) continue;
  parseNotice('text' in read ? read.text : read.bytes, 'text' in read ? { reader: read.reader } : {});
}
parentPort?.postMessage(performance.now() - start);
