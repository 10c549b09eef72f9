// The store's interface, met by the IndexedDB store and by the in-memory one the app falls back to
// when IndexedDB is missing, blocked or full. Reads return promises; `observe` turns any read into a
// live value (Dexie's liveQuery on IndexedDB, so other tabs' writes arrive too). Every write is one
// transaction: it happens whole or not at all. Failures reject with a StorageFailure.
import type { CorrectionOp } from '../corrections/ops.ts';
import type { StorageProblem } from './problems.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import type {
  Note,
  NoteTarget,
  NoticeRecord,
  NoticeSummary,
  SavedView,
  SessionState,
  WorkspaceData,
} from '../workspace/records.ts';

export interface Subscription {
  unsubscribe(): void;
}

export interface Observer<T> {
  next?(value: T): void;
  error?(error: unknown): void;
}

/** The shape of Dexie's and RxJS's observables, enough for React's useSyncExternalStore. */
export interface Observable<T> {
  subscribe(observer: Observer<T>): Subscription;
}

/** A stored correction and its `seq`: rising with every correction stored, in any notice. */
export interface StoredCorrection {
  readonly seq: number;
  readonly op: CorrectionOp;
}

export interface WorkspaceStore {
  readonly backend: 'indexeddb' | 'memory';

  /** Every notice without its source, in the order they were added (then by id): cheap to read live. */
  listNotices(): Promise<NoticeSummary[]>;
  getNotice(id: NoticeId): Promise<NoticeRecord | null>;
  /** With their sources: those named, in the order named (unknown ids left out), or all of them in
   *  workspace order. */
  readNotices(ids: readonly NoticeId[] | 'all'): Promise<NoticeRecord[]>;
  /** Adds or replaces, all in one transaction (an import of many files is one write). */
  putNotices(notices: readonly NoticeRecord[]): Promise<void>;
  renameNotice(id: NoticeId, name: string): Promise<void>;
  /** The notice with its corrections and its notes. */
  deleteNotice(id: NoticeId): Promise<void>;

  /** In the order they were made. */
  listCorrections(noticeId: NoticeId): Promise<CorrectionOp[]>;
  /** The same, each with its place in the order corrections were made across all notices, so the
   *  newest of several notices' corrections is known after a reload too. */
  listCorrectionEntries(noticeId: NoticeId): Promise<StoredCorrection[]>;
  addCorrection(noticeId: NoticeId, op: CorrectionOp): Promise<void>;
  /** Removes the last correction and returns it (null if there was none). */
  undoCorrection(noticeId: NoticeId): Promise<CorrectionOp | null>;
  /** Replaces the list: to drop one correction from the middle, or to restore a list. */
  setCorrections(noticeId: NoticeId, ops: readonly CorrectionOp[]): Promise<void>;

  listSavedViews(): Promise<SavedView[]>;
  putSavedView(view: SavedView): Promise<void>;
  deleteSavedView(id: string): Promise<void>;

  listNotes(): Promise<Note[]>;
  notesOn(target: NoteTarget): Promise<Note[]>;
  putNote(note: Note): Promise<void>;
  deleteNote(id: string): Promise<void>;

  getSession(): Promise<SessionState | null>;
  putSession(state: SessionState): Promise<void>;

  /** Everything, for the workspace file. */
  exportWorkspace(): Promise<WorkspaceData>;
  /** Everything replaced by `data` (a checked workspace file) in one transaction. */
  replaceWorkspace(data: WorkspaceData): Promise<void>;

  observe<T>(query: (store: WorkspaceStore) => Promise<T>): Observable<T>;
  close(): void;
}

export interface StoreOptions {
  /** The clock for `updatedAt` stamps. */
  readonly now?: () => Date;
  /** Problems that are not the answer to a call: stored rows left out, another tab's upgrade. */
  readonly onProblem?: (problem: StorageProblem) => void;
}

/** Notices in workspace order: when added, then id (so a batch added at once has a stable order). */
export function byAddedThenId(a: NoticeSummary, b: NoticeSummary): number {
  return a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
