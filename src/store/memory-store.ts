// The workspace in memory: what the app works with when IndexedDB is missing, blocked or full, so the
// user can go on and export to a file. Same interface and behaviour as the IndexedDB store: records
// are copied in and out (as structured clone would), each write swaps in a new state whole, and
// `observe` re-runs its query after every write.
import type { CorrectionOp } from '../corrections/ops.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { noteNoticeId, noteTargetKey } from '../workspace/note-target.ts';
import type {
  Note,
  NoteTarget,
  NoticeRecord,
  NoticeSummary,
  SavedView,
  SessionState,
  WorkspaceData,
} from '../workspace/records.ts';
import { EMPTY_WORKSPACE, noticeSummary } from '../workspace/records.ts';
import { keptSeqs } from './correction-order.ts';
import {
  byAddedThenId,
  type Observable,
  type Observer,
  type StoreOptions,
  type StoredCorrection,
  type WorkspaceStore,
} from './workspace-store.ts';

interface MemoryState {
  readonly notices: ReadonlyMap<NoticeId, NoticeRecord>;
  readonly corrections: ReadonlyMap<NoticeId, readonly StoredCorrection[]>;
  readonly savedViews: ReadonlyMap<string, SavedView>;
  readonly notes: ReadonlyMap<string, Note>;
  readonly session: SessionState | null;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Rises with every correction stored, as IndexedDB's `++seq` does: the order made, across notices. */
let lastSeq = 0;
const entry = (op: CorrectionOp): StoredCorrection => ({ seq: ++lastSeq, op: copy(op) });

function stateOf(data: WorkspaceData): MemoryState {
  return {
    notices: new Map(data.notices.map(({ corrections: _, ...n }) => [n.id, copy(n)])),
    corrections: new Map(data.notices.map((n) => [n.id, n.corrections.map(entry)])),
    savedViews: new Map(data.savedViews.map((v) => [v.id, copy(v)])),
    notes: new Map(data.notes.map((n) => [n.id, copy(n)])),
    session: null,
  };
}

export class MemoryWorkspaceStore implements WorkspaceStore {
  readonly backend = 'memory';
  private state: MemoryState;
  private readonly listeners = new Set<() => void>();

  constructor(
    initial: WorkspaceData = EMPTY_WORKSPACE,
    private readonly options: StoreOptions = {},
  ) {
    this.state = stateOf(initial);
  }

  private stamp(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** Applies `change` to a new state and swaps it in: if `change` throws, nothing changed. */
  private async write<T>(change: (next: MemoryStateDraft) => T): Promise<T> {
    const next: MemoryStateDraft = {
      notices: new Map(this.state.notices),
      corrections: new Map(this.state.corrections),
      savedViews: new Map(this.state.savedViews),
      notes: new Map(this.state.notes),
      session: this.state.session,
    };
    const result = change(next);
    this.state = next;
    for (const listener of [...this.listeners]) listener();
    return result;
  }

  private touch(next: MemoryStateDraft, noticeId: NoticeId): void {
    const notice = next.notices.get(noticeId);
    if (notice) next.notices.set(noticeId, { ...notice, updatedAt: this.stamp() });
  }

  async listNotices(): Promise<NoticeSummary[]> {
    return [...this.state.notices.values()].sort(byAddedThenId).map(noticeSummary).map(copy);
  }

  async readNotices(ids: readonly NoticeId[] | 'all'): Promise<NoticeRecord[]> {
    const { notices } = this.state;
    const found =
      ids === 'all' ? [...notices.values()].sort(byAddedThenId) : ids.map((id) => notices.get(id));
    return found.filter((n) => n !== undefined).map(copy);
  }

  async getNotice(id: NoticeId): Promise<NoticeRecord | null> {
    const notice = this.state.notices.get(id);
    return notice ? copy(notice) : null;
  }

  putNotices(notices: readonly NoticeRecord[]): Promise<void> {
    return this.write((next) => notices.forEach((n) => next.notices.set(n.id, copy(n))));
  }

  renameNotice(id: NoticeId, name: string): Promise<void> {
    return this.write((next) => {
      const notice = next.notices.get(id);
      if (notice) next.notices.set(id, { ...notice, name, updatedAt: this.stamp() });
    });
  }

  deleteNotice(id: NoticeId): Promise<void> {
    return this.write((next) => {
      next.notices.delete(id);
      next.corrections.delete(id);
      for (const note of next.notes.values())
        if (noteNoticeId(note.target) === id) next.notes.delete(note.id);
    });
  }

  async listCorrections(noticeId: NoticeId): Promise<CorrectionOp[]> {
    return (this.state.corrections.get(noticeId) ?? []).map((e) => copy(e.op));
  }

  async listCorrectionEntries(noticeId: NoticeId): Promise<StoredCorrection[]> {
    return copy([...(this.state.corrections.get(noticeId) ?? [])]);
  }

  addCorrection(noticeId: NoticeId, op: CorrectionOp): Promise<void> {
    return this.write((next) => {
      next.corrections.set(noticeId, [...(next.corrections.get(noticeId) ?? []), entry(op)]);
      this.touch(next, noticeId);
    });
  }

  undoCorrection(noticeId: NoticeId): Promise<CorrectionOp | null> {
    return this.write((next) => {
      const ops = next.corrections.get(noticeId) ?? [];
      const last = ops.at(-1);
      if (last === undefined) return null;
      next.corrections.set(noticeId, ops.slice(0, -1));
      this.touch(next, noticeId);
      return copy(last.op);
    });
  }

  setCorrections(noticeId: NoticeId, ops: readonly CorrectionOp[]): Promise<void> {
    return this.write((next) => {
      // The ops that stay keep their place in the order made; only new ones are numbered after all.
      const seqs = keptSeqs(next.corrections.get(noticeId) ?? [], ops);
      next.corrections.set(
        noticeId,
        ops.map((op, i) => {
          const seq = seqs[i];
          return seq === undefined ? entry(op) : { seq, op: copy(op) };
        }),
      );
      this.touch(next, noticeId);
    });
  }

  async listSavedViews(): Promise<SavedView[]> {
    return [...this.state.savedViews.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(copy);
  }

  putSavedView(view: SavedView): Promise<void> {
    return this.write((next) => void next.savedViews.set(view.id, copy(view)));
  }

  deleteSavedView(id: string): Promise<void> {
    return this.write((next) => void next.savedViews.delete(id));
  }

  async listNotes(): Promise<Note[]> {
    return [...this.state.notes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(copy);
  }

  async notesOn(target: NoteTarget): Promise<Note[]> {
    const key = noteTargetKey(target);
    return (await this.listNotes()).filter((n) => noteTargetKey(n.target) === key);
  }

  putNote(note: Note): Promise<void> {
    return this.write((next) => void next.notes.set(note.id, copy(note)));
  }

  deleteNote(id: string): Promise<void> {
    return this.write((next) => void next.notes.delete(id));
  }

  async getSession(): Promise<SessionState | null> {
    return this.state.session ? copy(this.state.session) : null;
  }

  putSession(state: SessionState): Promise<void> {
    return this.write((next) => void (next.session = copy(state)));
  }

  async exportWorkspace(): Promise<WorkspaceData> {
    const notices = await this.readNotices('all');
    const withOps = notices.map((n) => ({
      ...n,
      corrections: (this.state.corrections.get(n.id) ?? []).map((e) => copy(e.op)),
    }));
    return { notices: withOps, savedViews: await this.listSavedViews(), notes: await this.listNotes() };
  }

  replaceWorkspace(data: WorkspaceData): Promise<void> {
    const replaced = stateOf(data);
    return this.write((next) => {
      next.notices = new Map(replaced.notices);
      next.corrections = new Map(replaced.corrections);
      next.savedViews = new Map(replaced.savedViews);
      next.notes = new Map(replaced.notes);
    });
  }

  observe<T>(query: (store: WorkspaceStore) => Promise<T>): Observable<T> {
    return {
      subscribe: (observer: Observer<T>) => {
        let closed = false;
        let latest = 0;
        const run = () => {
          const mine = ++latest;
          query(this).then(
            (value) => !closed && mine === latest && observer.next?.(value),
            (error: unknown) => !closed && observer.error?.(error),
          );
        };
        this.listeners.add(run);
        run();
        return {
          unsubscribe: () => {
            closed = true;
            this.listeners.delete(run);
          },
        };
      },
    };
  }

  close(): void {
    this.listeners.clear();
  }
}

type MemoryStateDraft = {
  notices: Map<NoticeId, NoticeRecord>;
  corrections: Map<NoticeId, readonly StoredCorrection[]>;
  savedViews: Map<string, SavedView>;
  notes: Map<string, Note>;
  session: SessionState | null;
};
