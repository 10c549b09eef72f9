// The records of a workspace, as the store keeps them and the workspace file carries them: notices
// with their original text or bytes, the corrections made to each, saved views, notes, the session.
// Plain data (ISO dates, no classes) so they survive IndexedDB's structured clone and JSON alike.
import type { CorrectionOp, ItemRef } from '../corrections/ops.ts';
import type { ImportFormat } from '../import/extensions.ts';
import type { AgencyId, TaskId } from '../notice/model.ts';
import type { NoticeId } from './notice-id.ts';
import type { NoticeScope } from './scope.ts';

/** How the notice came in: the import reader that produced it, or pasted text. */
/** How the notice came: a file in one of the formats it is published in, or pasted text. */
export type NoticeFormat = ImportFormat | 'paste';

/** The original: bytes for files the parser decodes itself (GBK, UTF-16, HTML), so a newer parser
 *  reads exactly what the user opened; text for pasted text and the text taken out of a .docx. */
export type NoticeSource =
  { readonly kind: 'bytes'; readonly bytes: Uint8Array } | { readonly kind: 'text'; readonly text: string };

/** A notice without its source: what lists of notices need, read without the megabytes of text. */
export interface NoticeSummary {
  readonly id: NoticeId;
  /** What the user calls it; starts as the file name or the notice title. */
  readonly name: string;
  readonly fileName: string | null;
  readonly format: NoticeFormat;
  /** The encoding the parser found (`utf-8`, `gb18030`…), for display; null before the first parse. */
  readonly encoding: string | null;
  /** The reader that made the stored text from the user's file (`pdf: 32 pages`), when one did. */
  readonly reader?: string;
  /** ISO 8601 timestamps. */
  readonly addedAt: string;
  readonly updatedAt: string;
}

export interface NoticeRecord extends NoticeSummary {
  readonly source: NoticeSource;
}

/** The record without its source (a copy: the record is left as it is). */
export function noticeSummary({ source: _, ...summary }: NoticeRecord): NoticeSummary {
  return summary;
}

/** A notice with the ordered corrections made to it: what a workspace file holds per notice. */
export interface WorkspaceNotice extends NoticeRecord {
  readonly corrections: readonly CorrectionOp[];
}

export type FilterValue = string | number | boolean | null | readonly string[];

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** What a view shows and how: enough to draw it again as the user left it. */
export interface ViewState {
  /** `graph`, `matrix`, `ranking`…: the views name themselves. */
  readonly viewType: string;
  readonly scope: NoticeScope;
  readonly filters: Readonly<Record<string, FilterValue>>;
  /** Selected agency ids and scoped task/item ids (see `scoped-id.ts`). */
  readonly selection: readonly string[];
  /** Node positions the user dragged, by node id. */
  readonly positions: Readonly<Record<string, Point>>;
  readonly zoom: number;
  readonly pan: Point;
}

export interface SavedView extends ViewState {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a note is about. Agencies are shared by all notices (one name, one agency); tasks and items
 *  belong to a notice, and an item is remembered by its text hash so a note survives a re-parse. */
export type NoteTarget =
  | { readonly kind: 'agency'; readonly agencyId: AgencyId }
  | { readonly kind: 'task'; readonly noticeId: NoticeId; readonly taskId: TaskId }
  | { readonly kind: 'item'; readonly noticeId: NoticeId; readonly item: ItemRef };

export interface Note {
  readonly id: string;
  readonly target: NoteTarget;
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where the user was: restored on the next visit. */
export interface SessionState {
  readonly view: ViewState;
  readonly savedViewId: string | null;
  /** The agency, task or item whose panel was open. */
  readonly focus: string | null;
  readonly search: string;
  readonly updatedAt: string;
}

export interface WorkspaceData {
  readonly notices: readonly WorkspaceNotice[];
  readonly savedViews: readonly SavedView[];
  readonly notes: readonly Note[];
}

export const EMPTY_WORKSPACE: WorkspaceData = { notices: [], savedViews: [], notes: [] };
