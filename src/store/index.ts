// The store: the only code that touches IndexedDB (through Dexie 4). Everything else gets a
// WorkspaceStore — IndexedDB-backed, or in memory when IndexedDB is missing, blocked or refused.
//
//   openWorkspaceStore(options?): Promise<{ store: WorkspaceStore; problem: StorageProblem | null }>
//     options: { name?, indexedDB?: IDBFactory | null, IDBKeyRange?, now?: () => Date,
//                onProblem?: (problem) => void }  — onProblem hears of rows left out and of another
//                tab's upgrade (after which this tab's calls fail with kind 'closed')
//   new MemoryWorkspaceStore(initial?: WorkspaceData, options?)
//   WorkspaceStore (workspace-store.ts):
//     listNotices (summaries, no source), getNotice, readNotices(ids | 'all') (with sources),
//     putNotices (bulkPut, one transaction), renameNotice, deleteNotice
//     listCorrections, addCorrection, undoCorrection, setCorrections
//     listSavedViews, putSavedView, deleteSavedView
//     listNotes, notesOn(target), putNote, deleteNote
//     getSession, putSession
//     exportWorkspace(): WorkspaceData; replaceWorkspace(data) — one transaction, session kept
//     observe(store => query): Observable — liveQuery on IndexedDB (other tabs' writes arrive too)
//   Every write is one transaction. Failures reject with StorageFailure { problem: StorageProblem },
//   whose kind is quota | unavailable | blocked | version | closed | damaged | failed and whose
//   message can be shown as it is. describeStorageError(error) maps any error the same way.
//   newNoticeId(), newRecordId('view' | 'note')
//
// Schema versions are in schema.ts (v1; v2 adds notices.updatedAt and notes' targetKey/noticeId; v3 keeps
// sources in a table of their own).
export type { Observable, Observer, StoreOptions, Subscription, WorkspaceStore } from './workspace-store.ts';
export type { OpenedStore, OpenOptions } from './open.ts';
export { openWorkspaceStore } from './open.ts';
export { MemoryWorkspaceStore } from './memory-store.ts';
export type { StorageProblem, StorageProblemKind } from './problems.ts';
export { describeStorageError, PROBLEM_MESSAGES, StorageFailure } from './problems.ts';
export { newNoticeId, newRecordId } from './ids.ts';
export { CURRENT_VERSION } from './schema.ts';
