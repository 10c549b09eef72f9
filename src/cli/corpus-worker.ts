// One worker of a corpus run: reads and parses the files it is sent, one at a time, and answers with
// each notice's table rows (or the reason it could not be read). A file that breaks a reader is a
// row in the failures table; the worker goes on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { failureRows, noticeRows, type NoticeRows } from '../corpus/tables.ts';
import { readImportFile } from '../import/read-import-file.ts';
import { parseNotice } from '../notice/parse.ts';

export interface CorpusJob {
  readonly path: string;
}

export interface CorpusAnswer {
  readonly path: string;
  readonly rows: NoticeRows;
  readonly failed: boolean;
}

const root = (workerData as { root: string }).root;

async function rowsOf(path: string): Promise<CorpusAnswer> {
  try {
    const bytes = new Uint8Array(await readFile(join(root, path)));
    const read = await readImportFile(path, bytes, { limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
    if ('error' in read) return { path, rows: failureRows(path, read.error), failed: true };
    const model = parseNotice('text' in read ? read.text : read.bytes, {
      fileName: path,
      ...('text' in read ? { reader: read.reader } : {}),
    });
    return { path, rows: noticeRows(path, model), failed: false };
  } catch (error) {
    const reason = `${path} could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { path, rows: failureRows(path, reason), failed: true };
  }
}

parentPort?.on('message', (job: CorpusJob) => {
  void rowsOf(job.path).then((answer) => parentPort?.postMessage(answer));
});
