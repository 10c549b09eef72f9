// Importing notices, the parts that need no browser: how files are grouped into worker messages, and the
// workspace record each notice read becomes. Pure.
import type { ImportOutcome, ImportResult } from '../worker/protocol.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import type { NoticeRecord } from '../workspace/records.ts';

/** A batch is one message to the worker: large enough that a thousand files are a few dozen messages,
 *  small enough that each answer (parsed in ~50 ms, unpacked on the page in a few) shows progress. */
export const BATCH_BYTES = 2_000_000;
export const BATCH_FILES = 25;

/** Consecutive groups of files, each within the limits (a file larger than the byte limit goes alone).
 *  Lazy: a browser may stat a file from disk when its size is first asked for (~0.1 ms each, a long task
 *  for a thousand at once), so sizes are read batch by batch, as the import gets to them. */
export function* importBatches<T extends { readonly size: number }>(
  files: Iterable<T>,
  maxBytes = BATCH_BYTES,
  maxFiles = BATCH_FILES,
): Generator<T[]> {
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = file.size;
    if (current.length > 0 && (current.length >= maxFiles || bytes + size > maxBytes)) {
      yield current;
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) yield current;
}

/** Notices of one import are listed in the order they were chosen: each is stamped a millisecond after
 *  the one before (the workspace orders notices by when they were added). */
export function addedAt(start: Date, index: number): string {
  return new Date(start.getTime() + index).toISOString();
}

function withoutExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export type ImportedNotice = Extract<ImportOutcome, { ok: true }>;

/** What tells notices of the genre apart: their titles wrap the plan's name in the same words
 *  (`…办公厅关于印发《…》重点工作分工方案的通知`), so the name is what stands between them. */
export function shortNoticeName(title: string): string {
  const trimmed = title.trim();
  const wrapped = /关于(?:印发)?(.+?)的通知$/u.exec(trimmed)?.[1]?.trim();
  return wrapped || trimmed;
}

/** The record kept for a notice read by the import: named by its title, else by its file. */
export function noticeRecordFor(notice: ImportedNotice, id: NoticeId, stamp: string): NoticeRecord {
  const pasted = notice.format === 'paste';
  const title = shortNoticeName(notice.summary.title);
  return {
    id,
    name: title || withoutExtension(notice.name),
    fileName: pasted ? null : notice.name,
    format: notice.format,
    source: notice.source,
    encoding: notice.summary.encoding,
    ...(notice.summary.reader ? { reader: notice.summary.reader } : {}),
    addedAt: stamp,
    updatedAt: stamp,
  };
}

/** The name pasted text goes by until the parser finds its title. */
export function pastedName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Pasted text ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export const NOT_A_NOTICE =
  'No sections, tasks or responsibility markers found: this does not read as a task-division notice.';

/** Text with no section, no task and no marker is no notice (a page copied by mistake, a cover
 *  letter): it is held back, not stored, unless the user insists. */
export function readsAsNotice(summary: { sections: number; tasks: number; items: number }): boolean {
  return summary.sections > 0 || summary.tasks > 0 || summary.items > 0;
}

export interface ImportTally {
  readonly imported: number;
  readonly withWarnings: number;
  readonly failed: number;
  /** Read, but not a notice: held back until the user stores it anyway. */
  readonly held: number;
}

export function tallyImport(
  outcomes: readonly ImportResult[],
  held: ReadonlySet<string> = new Set(),
): ImportTally {
  const read = outcomes.filter((o) => o.ok);
  const imported = read.filter((o) => !held.has(o.name));
  return {
    imported: imported.length,
    withWarnings: imported.filter((o) => o.summary.warnings.length > 0).length,
    failed: outcomes.length - read.length,
    held: read.length - imported.length,
  };
}
