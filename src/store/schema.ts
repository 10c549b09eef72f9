// The stored schema, one entry per shipped version. A shipped version is never edited: a change is a new
// version with its upgrade (tldraw's migrations; Dexie's version(n).stores().upgrade()), and a frozen
// fixture of the old version's data is upgraded in tests (tests/store/).
//
// v1: notices by id (and addedAt for order); corrections one row per op, `++seq` keeping their order;
//     saved views and notes by id; the session as one row.
// v2: notices get `updatedAt` (last change to the notice or its corrections; filled with addedAt);
//     notes get `targetKey` and `noticeId`, indexed, so a panel finds an item's notes and deleting a
//     notice deletes its notes without reading every note.
// v3: a notice's source moves to `sources` (same id), so the notices list — read live, again after
//     every write to it — reads a few hundred bytes a notice instead of its whole text.
import type { Transaction } from 'dexie';
import { noteNoticeId, noteTargetKey } from '../workspace/note-target.ts';
import type { NoteTarget } from '../workspace/records.ts';
import { ROW_SCHEMAS } from './row-checks.ts';

export const SCHEMA_VERSIONS = {
  1: {
    notices: 'id, addedAt',
    corrections: '++seq, noticeId',
    savedViews: 'id',
    notes: 'id',
    session: 'key',
  },
  2: {
    notices: 'id, addedAt, updatedAt',
    notes: 'id, targetKey, noticeId',
  },
  3: {
    sources: 'id',
  },
} as const;

export const CURRENT_VERSION = 3;

/** A v1 notice row gains `updatedAt`: nothing was changed since it was added, as far as v1 knew. */
export function noticeToV2(row: { addedAt: string; updatedAt?: string }): void {
  row.updatedAt ??= row.addedAt;
}

/** A v1 note row gains the keys of what it is about. A damaged row is left as it is (and left out
 *  when read): one bad note must not fail the upgrade and lock the user out of the rest. */
export function noteToV2(row: { target: NoteTarget; targetKey?: string; noticeId?: string }): void {
  if (!ROW_SCHEMAS.notes.safeParse(row).success) return;
  row.targetKey = noteTargetKey(row.target);
  const noticeId = noteNoticeId(row.target);
  if (noticeId !== null) row.noticeId = noticeId;
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('notices').toCollection().modify(noticeToV2);
  await tx.table('notes').toCollection().modify(noteToV2);
}

/** A v2 notice row gives up its source to a row of `sources`; null when it has none to give (a damaged
 *  row: left as it is, and left out when read). */
export function noticeToV3(row: { id?: unknown; source?: unknown }): { id: unknown; source: unknown } | null {
  if (row.source === undefined || typeof row.id !== 'string') return null;
  const moved = { id: row.id, source: row.source };
  delete row.source;
  return moved;
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const moved: { id: unknown; source: unknown }[] = [];
  await tx
    .table('notices')
    .toCollection()
    .modify((row: { id?: unknown; source?: unknown }) => {
      const source = noticeToV3(row);
      if (source) moved.push(source);
    });
  await tx.table('sources').bulkPut(moved);
}
