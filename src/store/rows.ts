// The rows the database keeps: the workspace records plus the keys its indexes need (a correction's
// order, a note's target). Apart from database.ts so the row checks can name them without a circle.
import type { CorrectionOp } from '../corrections/ops.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import type { Note, NoticeSource, SessionState } from '../workspace/records.ts';

export interface CorrectionRow {
  /** Assigned by IndexedDB on insert; the order ops were made in. */
  readonly seq?: number;
  readonly noticeId: NoticeId;
  readonly op: CorrectionOp;
  readonly createdAt: string;
}

export type NoteRow = Note & { readonly targetKey: string; readonly noticeId?: NoticeId };

/** A notice's original, kept apart from its summary (schema v3). */
export interface SourceRow {
  readonly id: NoticeId;
  readonly source: NoticeSource;
}

export interface SessionRow {
  readonly key: 'session';
  readonly state: SessionState;
}
