// Schema version 2 as it shipped, frozen: what v2 declared over v1 (notices by updatedAt; notes by target
// and notice), and the row shapes that changed. Never edit this file (see schema-v1.ts).
import type { NoteRowV1, NoticeRowV1 } from './schema-v1.ts';

export const SCHEMA_V2 = Object.freeze({
  notices: 'id, addedAt, updatedAt',
  notes: 'id, targetKey, noticeId',
});

/** A v2 notice still holds its source. */
export interface NoticeRowV2 extends NoticeRowV1 {
  readonly updatedAt: string;
}

export interface NoteRowV2 extends NoteRowV1 {
  readonly targetKey: string;
  readonly noticeId?: string;
}
