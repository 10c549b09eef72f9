// Schema version 1 as it shipped, frozen (tldraw's testSchema.v0.ts): the tables and the row shapes.
// Never edit this file; a schema change is a new version in src/store/schema.ts, and its upgrade is
// tested by writing rows of this shape and opening them with the current app.
export const SCHEMA_V1 = Object.freeze({
  notices: 'id, addedAt',
  corrections: '++seq, noticeId',
  savedViews: 'id',
  notes: 'id',
  session: 'key',
});

export interface NoticeRowV1 {
  readonly id: string;
  readonly name: string;
  readonly fileName: string | null;
  readonly format: 'text' | 'html' | 'docx' | 'paste';
  readonly source:
    { readonly kind: 'text'; readonly text: string } | { readonly kind: 'bytes'; readonly bytes: Uint8Array };
  readonly encoding: string | null;
  readonly addedAt: string;
}

export interface CorrectionRowV1 {
  readonly seq: number;
  readonly noticeId: string;
  readonly op: { readonly type: string } & Record<string, unknown>;
  readonly createdAt: string;
}

export interface NoteRowV1 {
  readonly id: string;
  readonly target: Record<string, unknown> & { readonly kind: 'agency' | 'task' | 'item' };
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SessionRowV1 {
  readonly key: 'session';
  readonly state: Record<string, unknown>;
}
