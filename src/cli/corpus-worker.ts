// One worker of a corpus run: reads and parses the files it is sent, one at a time, keeps each
// notice's table rows, and at the end writes them as its own part of every table — so the rows never
// cross to the main thread, and encoding Parquet runs on every core. A file that breaks a reader is a
// row in the failures table; the worker goes on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import {
  failureRows,
  noticeRows,
  TABLES,
  type NoticeRows,
  type Row,
  type TableName,
} from '../corpus/tables.ts';
import { readImportFile } from '../import/read-import-file.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { writeTables, type CorpusFormat } from './corpus-tables.ts';

export type CorpusMessage =
  | { readonly type: 'parse'; readonly path: string }
  | { readonly type: 'write'; readonly out: string; readonly part: string; readonly format: CorpusFormat };

export type CorpusReply =
  | { readonly type: 'parsed'; readonly path: string; readonly failure: string | null }
  | { readonly type: 'written'; readonly files: readonly string[] };

const root = (workerData as { root: string }).root;
const kept = new Map<string, NoticeRows>();

async function rowsOf(path: string): Promise<NoticeRows> {
  try {
    const bytes = new Uint8Array(await readFile(join(root, path)));
    const read = await readImportFile(path, bytes, { limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
    if ('error' in read) return failureRows(path, read.error);
    const model = parseNotice(
      'text' in read ? read.text : read.bytes,
      'text' in read ? { reader: read.reader } : {},
    );
    return noticeRows(path, model);
  } catch (error) {
    return failureRows(
      path,
      `${path} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The kept rows table by table, notices in path order: the same files give the same part. */
function tables(): Map<TableName, Row[]> {
  const out = new Map<TableName, Row[]>(TABLES.map((t) => [t.name, []]));
  for (const path of [...kept.keys()].sort()) {
    const rows = kept.get(path) as NoticeRows;
    for (const spec of TABLES) out.get(spec.name)?.push(...rows[spec.name]);
  }
  return out;
}

parentPort?.on('message', (message: CorpusMessage) => {
  if (message.type === 'parse') {
    void rowsOf(message.path).then((rows) => {
      kept.set(message.path, rows);
      const reply: CorpusReply = {
        type: 'parsed',
        path: message.path,
        failure: (rows.failures[0]?.[1] as string) ?? null,
      };
      parentPort?.postMessage(reply);
    });
  } else {
    void writeTables(message.out, tables(), message.part, message.format).then((files) => {
      const reply: CorpusReply = { type: 'written', files };
      parentPort?.postMessage(reply);
    });
  }
});
