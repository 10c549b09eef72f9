// The workspace: many notices, the user's corrections, saved views and notes — as records (pure data),
// as one JSON file, and as one merged model for views that span notices. Pure: the store (src/store)
// persists these records; nothing here touches IndexedDB or the DOM.
//
//   records.ts   NoticeSummary (no source), NoticeRecord, noticeSummary(record), WorkspaceNotice (+ corrections), SavedView, ViewState, Note, NoteTarget,
//                SessionState, WorkspaceData, EMPTY_WORKSPACE
//   notice-id.ts NoticeId, isNoticeId(s), asNoticeId(s)
//   scope.ts     NoticeScope = {kind:'all'} | {kind:'notices', ids}; ALL_NOTICES, noticeScope(ids),
//                noticesInScope(notices, scope)
//   scoped-id.ts scopedId(noticeId, localId) → `n1/item-3`; splitScopedId(id) → {noticeId, localId} | null
//   merge.ts     mergeNotices(notices: {id, model}[], scope, unionName?): { model, parts, origin, agencyNotices, spellings }
//   file.ts      writeWorkspaceFile(data, exportedAt): string
//                readWorkspaceFile(text | bytes): {ok: true, workspace, exportedAt, repaired} | {ok: false, reason}
//   note-target.ts noteTargetKey(target), noteNoticeId(target)
export type {
  FilterValue,
  Note,
  NoteTarget,
  NoticeFormat,
  NoticeRecord,
  NoticeSource,
  NoticeSummary,
  Point,
  SavedView,
  SessionState,
  ViewState,
  WorkspaceData,
  WorkspaceNotice,
} from './records.ts';
export { EMPTY_WORKSPACE, noticeSummary } from './records.ts';
export type { NoticeId } from './notice-id.ts';
export { asNoticeId, isNoticeId } from './notice-id.ts';
export type { NoticeScope } from './scope.ts';
export { ALL_NOTICES, noticeScope, noticesInScope } from './scope.ts';
export { scopedId, splitScopedId } from './scoped-id.ts';
export type { AgencySpelling, MergedNotices, NoticePart, ScopedNotice, UnionName } from './merge.ts';
export { mergeNotices } from './merge.ts';
export type { Mended, WorkspaceFileProblem, WorkspaceFileReading } from './file.ts';
export { readWorkspaceFile, writeWorkspaceFile } from './file.ts';
export { WORKSPACE_FORMAT, WORKSPACE_VERSION } from './file-schema.ts';
export { noteNoticeId, noteTargetKey } from './note-target.ts';
