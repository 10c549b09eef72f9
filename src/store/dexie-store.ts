// The workspace in IndexedDB (through Dexie). Each write is one Dexie transaction over every table it
// touches, so a failure part-way (a full disk, a closed connection) leaves nothing half-written; each
// read is checked (row-checks.ts) and wrapped so a failure arrives as a StorageFailure.
import { liveQuery } from 'dexie';
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
import { noticeSummary } from '../workspace/records.ts';
import type { AtlasDatabase } from './database.ts';
import type { CorrectionRow, NoteRow, SourceRow } from './rows.ts';
import { describeStorageError, StorageFailure, type StorageAction } from './problems.ts';
import { keptSeqs } from './correction-order.ts';
import { checkRows, type RowRejects } from './row-checks.ts';
import {
  byAddedThenId,
  type Observable,
  type StoreOptions,
  type StoredCorrection,
  type WorkspaceStore,
} from './workspace-store.ts';

function noteRow(note: Note): NoteRow {
  const noticeId = noteNoticeId(note.target) as NoticeId | null;
  return { ...note, targetKey: noteTargetKey(note.target), ...(noticeId === null ? {} : { noticeId }) };
}

export class DexieWorkspaceStore implements WorkspaceStore {
  readonly backend = 'indexeddb';

  constructor(
    readonly db: AtlasDatabase,
    private readonly options: StoreOptions = {},
  ) {}

  private stamp(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private readonly rejects: RowRejects = (table, count) =>
    this.options.onProblem?.({
      kind: 'damaged',
      message: `${count} stored ${table} record${count > 1 ? 's' : ''} could not be read and ${count > 1 ? 'were' : 'was'} left out.`,
      args: [table, `${count}`],
    });

  private async guard<T>(work: () => Promise<T>, action: StorageAction = 'read'): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new StorageFailure(describeStorageError(error, action), error);
    }
  }

  private write<T>(tables: readonly string[], work: () => Promise<T>): Promise<T> {
    return this.guard(() => this.db.transaction('rw', tables as string[], work), 'save');
  }

  /** A change to a notice's corrections is a change to the notice. */
  private touch(noticeId: NoticeId): Promise<number> {
    return this.db.notices.update(noticeId, { updatedAt: this.stamp() });
  }

  listNotices(): Promise<NoticeSummary[]> {
    return this.guard(async () => this.summaries(await this.db.notices.orderBy('addedAt').toArray()));
  }

  private summaries(rows: readonly unknown[]): NoticeSummary[] {
    return checkRows('notices', rows, this.rejects).sort(byAddedThenId);
  }

  getNotice(id: NoticeId): Promise<NoticeRecord | null> {
    return this.readNotices([id]).then((found) => found[0] ?? null);
  }

  readNotices(ids: readonly NoticeId[] | 'all'): Promise<NoticeRecord[]> {
    return this.guard(() =>
      this.db.transaction('r', [this.db.notices, this.db.sources], () =>
        ids === 'all' ? this.allWithSources() : this.withSources(ids),
      ),
    );
  }

  private async allWithSources(): Promise<NoticeRecord[]> {
    const [rows, sources] = await Promise.all([this.db.notices.toArray(), this.db.sources.toArray()]);
    return this.joined(this.summaries(rows), sources);
  }

  private async withSources(ids: readonly NoticeId[]): Promise<NoticeRecord[]> {
    const [rows, sources] = await Promise.all([
      this.db.notices.bulkGet([...ids]),
      this.db.sources.bulkGet([...ids]),
    ]);
    const present = rows.filter((row) => row !== undefined);
    return this.joined(
      checkRows('notices', present, this.rejects),
      sources.filter((row) => row !== undefined),
    );
  }

  /** Each summary with its source; one whose source is missing or damaged is left out and reported. */
  private joined(summaries: readonly NoticeSummary[], sources: readonly unknown[]): NoticeRecord[] {
    const byId = new Map(checkRows('sources', sources, this.rejects).map((row) => [row.id, row.source]));
    const joined = summaries.flatMap((summary) => {
      const source = byId.get(summary.id);
      return source ? [{ ...summary, source }] : [];
    });
    if (joined.length < summaries.length) this.rejects('sources', summaries.length - joined.length);
    return joined;
  }

  putNotices(notices: readonly NoticeRecord[]): Promise<void> {
    return this.write(['notices', 'sources'], async () => {
      await this.db.notices.bulkPut(notices.map(noticeSummary));
      await this.db.sources.bulkPut(notices.map(({ id, source }): SourceRow => ({ id, source })));
    });
  }

  renameNotice(id: NoticeId, name: string): Promise<void> {
    return this.write(
      ['notices'],
      async () => void (await this.db.notices.update(id, { name, updatedAt: this.stamp() })),
    );
  }

  deleteNotice(id: NoticeId): Promise<void> {
    return this.write(['notices', 'sources', 'corrections', 'notes'], async () => {
      await this.db.notices.delete(id);
      await this.db.sources.delete(id);
      await this.db.corrections.where('noticeId').equals(id).delete();
      await this.db.notes.where('noticeId').equals(id).delete();
    });
  }

  async listCorrections(noticeId: NoticeId): Promise<CorrectionOp[]> {
    return (await this.listCorrectionEntries(noticeId)).map((entry) => entry.op);
  }

  listCorrectionEntries(noticeId: NoticeId): Promise<StoredCorrection[]> {
    return this.guard(async () => {
      const rows = await this.db.corrections.where('noticeId').equals(noticeId).toArray();
      // Each op checked alone, so the rows kept keep their own `seq`; ordered by it, as they were made.
      const kept = rows.flatMap((row) => {
        const [op] = checkRows('corrections', [row.op], () => undefined);
        return op && row.seq !== undefined ? [{ seq: row.seq, op }] : [];
      });
      if (kept.length < rows.length) this.rejects('corrections', rows.length - kept.length);
      return kept.sort((a, b) => a.seq - b.seq);
    });
  }

  addCorrection(noticeId: NoticeId, op: CorrectionOp): Promise<void> {
    return this.write(['corrections', 'notices'], async () => {
      await this.db.corrections.add({ noticeId, op, createdAt: this.stamp() });
      await this.touch(noticeId);
    });
  }

  undoCorrection(noticeId: NoticeId): Promise<CorrectionOp | null> {
    return this.write(['corrections', 'notices'], async () => {
      const last = await this.db.corrections.where('noticeId').equals(noticeId).last();
      if (last?.seq === undefined) return null;
      await this.db.corrections.delete(last.seq);
      await this.touch(noticeId);
      return last.op;
    });
  }

  setCorrections(noticeId: NoticeId, ops: readonly CorrectionOp[]): Promise<void> {
    return this.write(['corrections', 'notices'], async () => {
      const createdAt = this.stamp();
      const stored = await this.db.corrections.where('noticeId').equals(noticeId).toArray();
      const entries = stored.flatMap((row) => (row.seq === undefined ? [] : [{ seq: row.seq, op: row.op }]));
      // The ops that stay keep their place in the order made; only new ones are numbered after all.
      const seqs = keptSeqs(entries, ops);
      const made = new Map(stored.map((row) => [row.seq, row.createdAt]));
      await this.db.corrections.where('noticeId').equals(noticeId).delete();
      await this.db.corrections.bulkAdd(
        ops.map((op, i): CorrectionRow => {
          const seq = seqs[i];
          return seq === undefined
            ? { noticeId, op, createdAt }
            : { seq, noticeId, op, createdAt: made.get(seq) ?? createdAt };
        }),
      );
      await this.touch(noticeId);
    });
  }

  listSavedViews(): Promise<SavedView[]> {
    return this.guard(async () => checkRows('savedViews', await this.db.savedViews.toArray(), this.rejects));
  }

  putSavedView(view: SavedView): Promise<void> {
    return this.write(['savedViews'], async () => void (await this.db.savedViews.put(view)));
  }

  deleteSavedView(id: string): Promise<void> {
    return this.write(['savedViews'], () => this.db.savedViews.delete(id));
  }

  listNotes(): Promise<Note[]> {
    return this.guard(async () => checkRows('notes', await this.db.notes.toArray(), this.rejects));
  }

  notesOn(target: NoteTarget): Promise<Note[]> {
    return this.guard(async () => {
      const rows = await this.db.notes.where('targetKey').equals(noteTargetKey(target)).toArray();
      return checkRows('notes', rows, this.rejects);
    });
  }

  putNote(note: Note): Promise<void> {
    return this.write(['notes'], async () => void (await this.db.notes.put(noteRow(note))));
  }

  deleteNote(id: string): Promise<void> {
    return this.write(['notes'], () => this.db.notes.delete(id));
  }

  getSession(): Promise<SessionState | null> {
    return this.guard(async () => {
      const row = await this.db.session.get('session');
      return row ? (checkRows('session', [row.state], this.rejects)[0] ?? null) : null;
    });
  }

  putSession(state: SessionState): Promise<void> {
    return this.write(['session'], async () => void (await this.db.session.put({ key: 'session', state })));
  }

  exportWorkspace(): Promise<WorkspaceData> {
    const tables = [this.db.notices, this.db.sources, this.db.corrections, this.db.savedViews, this.db.notes];
    return this.guard(() =>
      this.db.transaction('r', tables, async () => {
        const [notices, corrections, savedViews, notes] = await Promise.all([
          this.allWithSources(),
          this.db.corrections.toArray(),
          this.listSavedViews(),
          this.listNotes(),
        ]);
        const byNotice = new Map<NoticeId, CorrectionOp[]>();
        for (const row of corrections) {
          const ops = byNotice.get(row.noticeId) ?? [];
          ops.push(row.op);
          byNotice.set(row.noticeId, ops);
        }
        const opsOf = (id: NoticeId) => checkRows('corrections', byNotice.get(id) ?? [], this.rejects);
        return { notices: notices.map((n) => ({ ...n, corrections: opsOf(n.id) })), savedViews, notes };
      }),
    );
  }

  replaceWorkspace(data: WorkspaceData): Promise<void> {
    return this.write(['notices', 'sources', 'corrections', 'savedViews', 'notes'], async () => {
      await Promise.all([
        this.db.notices.clear(),
        this.db.sources.clear(),
        this.db.corrections.clear(),
        this.db.savedViews.clear(),
        this.db.notes.clear(),
      ]);
      const createdAt = this.stamp();
      await this.db.notices.bulkAdd(
        data.notices.map(({ corrections: _, ...notice }) => noticeSummary(notice)),
      );
      await this.db.sources.bulkAdd(data.notices.map(({ id, source }): SourceRow => ({ id, source })));
      await this.db.corrections.bulkAdd(
        data.notices.flatMap((n) =>
          n.corrections.map((op): CorrectionRow => ({ noticeId: n.id, op, createdAt })),
        ),
      );
      await this.db.savedViews.bulkAdd([...data.savedViews]);
      await this.db.notes.bulkAdd(data.notes.map(noteRow));
    });
  }

  observe<T>(query: (store: WorkspaceStore) => Promise<T>): Observable<T> {
    return liveQuery(() => query(this));
  }

  close(): void {
    this.db.close();
  }
}
