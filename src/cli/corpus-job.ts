// One job of a corpus run, on a worker thread of its own (corpus-worker.ts): it takes the next file from
// the run's shared queue, reads and parses it, keeps the notice's table rows, and when the queue is
// empty writes them as its own part of every table. The queue is one counter in shared memory over
// the run's list of files, so taking a file costs one atomic add and never waits for another thread;
// only a short line per file (its path, and why it was not read) crosses threads, for the progress
// line. A file that breaks a reader is a row in the failures table; the job goes on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  failureRows,
  noticeRows,
  TABLES,
  type NoticeRows,
  type Row,
  type TableName,
} from '../corpus/tables.ts';
import { readImportFile } from '../import/read-import-file.ts';
import type { NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { writeTables, type CorpusFormat } from './corpus-tables.ts';

export interface CorpusJob {
  readonly root: string;
  /** Every file of the run, in the order they are handed out. */
  readonly paths: readonly string[];
  /** One Int32 over a SharedArrayBuffer: the index of the next file to take, shared by all jobs. */
  readonly next: Int32Array;
  readonly out: string;
  readonly format: CorpusFormat;
  /** The name of this job's part: `part-1-of-1-w2`. */
  readonly part: string;
}

/** A file read: its path, and the reason when it could not be read. */
export type Parsed = (path: string, failure: string | null) => void;

/** A file's notice, read by its format's reader and parsed, or why its reader refused it. */
export async function readNotice(path: string, bytes: Uint8Array): Promise<NoticeModel | { error: string }> {
  const read = await readImportFile(path, bytes, { limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
  if ('error' in read) return { error: read.error };
  return parseNotice('text' in read ? read.text : read.bytes, 'text' in read ? { reader: read.reader } : {});
}

async function rowsOf(root: string, path: string): Promise<NoticeRows> {
  try {
    const notice = await readNotice(path, new Uint8Array(await readFile(join(root, path))));
    return 'error' in notice ? failureRows(path, notice.error) : noticeRows(path, notice);
  } catch (error) {
    return failureRows(
      path,
      `${path} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The kept rows table by table, notices in path order: the same files give the same part. */
function tables(kept: ReadonlyMap<string, NoticeRows>): Map<TableName, Row[]> {
  const out = new Map<TableName, Row[]>(TABLES.map((t) => [t.name, []]));
  for (const path of [...kept.keys()].sort()) {
    const rows = kept.get(path) as NoticeRows;
    for (const spec of TABLES) {
      const table = out.get(spec.name) as Row[];
      for (const row of rows[spec.name]) table.push(row);
    }
  }
  return out;
}

/** Runs one job to the end of the queue, then writes its part; resolves to the files written. */
export async function runCorpusJob(job: CorpusJob, onParsed: Parsed): Promise<string[]> {
  const kept = new Map<string, NoticeRows>();
  for (let i = Atomics.add(job.next, 0, 1); i < job.paths.length; i = Atomics.add(job.next, 0, 1)) {
    const path = job.paths[i] as string;
    const rows = await rowsOf(job.root, path);
    kept.set(path, rows);
    onParsed(path, (rows.failures[0]?.[1] as string | undefined) ?? null);
  }
  return writeTables(job.out, tables(kept), job.part, job.format);
}
