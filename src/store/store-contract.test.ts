// The same behaviour from both stores: what the app sees must not depend on where the workspace lives.
// Dexie's liveQuery stays silent unless a global indexedDB exists (it checks before every query), as
// it does in browsers: hence the global, though each test opens its own fresh IDBFactory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorrectionOp } from '../corrections/ops.ts';
import type { AgencyId } from '../notice/model.ts';
import type { ViewState } from '../workspace/records.ts';
import { N1, N2, sampleWorkspace } from '../workspace/sample-workspace.fixture.ts';
import { MemoryWorkspaceStore } from './memory-store.ts';
import { openWorkspaceStore } from './open.ts';
import { until } from './until.fixture.ts';
import type { WorkspaceStore } from './workspace-store.ts';

let clock = Date.parse('2024-07-01T00:00:00.000Z');
const now = () => new Date((clock += 1000));

const BACKENDS: readonly [string, () => Promise<WorkspaceStore>][] = [
  [
    'indexeddb',
    async () => {
      const opened = await openWorkspaceStore({ indexedDB: new IDBFactory(), IDBKeyRange, now });
      expect(opened.problem).toBeNull();
      return opened.store;
    },
  ],
  ['memory', async () => new MemoryWorkspaceStore(undefined, { now })],
];

const SESSION_VIEW: ViewState = {
  viewType: 'matrix',
  scope: { kind: 'all' },
  filters: { order: 'load' },
  selection: ['ag:自治区商务厅'],
  positions: {},
  zoom: 1,
  pan: { x: 0, y: 0 },
};

const rename = (name: string): CorrectionOp => ({
  type: 'renameAgency',
  agencyId: 'ag:海关' as AgencyId,
  name,
});

describe.each(BACKENDS)('%s store', (backend, open) => {
  let store: WorkspaceStore;
  afterEach(() => store?.close());

  async function filled(): Promise<WorkspaceStore> {
    store = await open();
    await store.replaceWorkspace(sampleWorkspace());
    return store;
  }

  it('is the backend it says', async () => {
    expect((await filled()).backend).toBe(backend);
  });

  it('gives back the whole workspace as it was put in, bytes included', async () => {
    expect(await (await filled()).exportWorkspace()).toEqual(sampleWorkspace());
  });

  it('lists notices in the order they were added, and finds one by id', async () => {
    const s = await filled();
    const [first, second] = sampleWorkspace().notices;
    const later = { ...first!, id: 'n-later' as typeof N1, addedAt: '2025-01-01T00:00:00.000Z' };
    await s.putNotices([later]);
    expect((await s.listNotices()).map((n) => n.id)).toEqual([first!.id, second!.id, 'n-later']);
    expect((await s.getNotice(N2))?.source).toEqual(second!.source);
    expect(await s.getNotice('n-none' as typeof N1)).toBeNull();
  });

  it('lists notices without their sources, and reads them with their sources by id or all at once', async () => {
    const s = await filled();
    const [first, second] = sampleWorkspace().notices.map(({ corrections: _, ...n }) => n);
    expect(await s.listNotices()).toEqual([first!, second!].map(({ source: _, ...summary }) => summary));
    expect(await s.readNotices([N2, 'n-none' as typeof N1, N1])).toEqual([second, first]);
    expect(await s.readNotices('all')).toEqual([first, second]);
    expect(await s.readNotices([])).toEqual([]);
  });

  it('keeps corrections in order, undoes the last, and dates the notice by its last change', async () => {
    const s = await filled();
    const before = sampleWorkspace().notices[0]!.corrections;
    await s.addCorrection(N1, rename('满洲里海关'));
    await s.addCorrection(N1, rename('二连浩特海关'));
    expect(await s.listCorrections(N1)).toEqual([...before, rename('满洲里海关'), rename('二连浩特海关')]);
    expect(await s.undoCorrection(N1)).toEqual(rename('二连浩特海关'));
    expect(await s.listCorrections(N1)).toEqual([...before, rename('满洲里海关')]);
    expect((await s.getNotice(N1))?.updatedAt).toBe(new Date(clock).toISOString());
    await s.setCorrections(N1, [rename('x')]);
    expect(await s.listCorrections(N1)).toEqual([rename('x')]);
    expect(await s.undoCorrection(N2)).toBeNull();
  });

  it('numbers corrections in the order made across notices, and keeps the numbers of those left', async () => {
    const s = await filled();
    await s.setCorrections(N1, []);
    await s.setCorrections(N2, []);
    await s.addCorrection(N1, rename('a'));
    await s.addCorrection(N2, rename('b'));
    await s.addCorrection(N1, rename('c'));
    const seqs = async () => [
      ...(await s.listCorrectionEntries(N1)).map((e) => [e.op, e.seq] as const),
      ...(await s.listCorrectionEntries(N2)).map((e) => [e.op, e.seq] as const),
    ];
    const made = await seqs();
    expect(made.map(([op]) => op)).toEqual([rename('a'), rename('c'), rename('b')]);
    const [a, c, b] = made.map(([, seq]) => seq);
    // The order made: a, then b in the other notice, then c.
    expect(a! < b! && b! < c!).toBe(true);
    expect((await s.listCorrectionEntries(N1)).map((e) => e.op)).toEqual(await s.listCorrections(N1));

    // Undoing c by writing N1's list again without it leaves a as old as it was: b is still newer.
    await s.setCorrections(N1, [rename('a')]);
    expect((await s.listCorrectionEntries(N1)).map((e) => e.seq)).toEqual([a]);
    // A correction added after all is numbered after all.
    await s.setCorrections(N1, [rename('a'), rename('d')]);
    const [kept, added] = (await s.listCorrectionEntries(N1)).map((e) => e.seq);
    expect(kept).toBe(a);
    expect(added! > c!).toBe(true);
  });

  it('renames a notice and deletes one with its corrections and notes', async () => {
    const s = await filled();
    await s.renameNotice(N2, '口岸方案');
    expect((await s.getNotice(N2))?.name).toBe('口岸方案');
    await s.deleteNotice(N1);
    expect((await s.listNotices()).map((n) => n.id)).toEqual([N2]);
    expect(await s.listCorrections(N1)).toEqual([]);
    expect((await s.listNotes()).map((n) => n.id)).toEqual(['note-1']);
  });

  it('finds notes by what they are about', async () => {
    const s = await filled();
    const [agencyNote, taskNote, itemNote] = sampleWorkspace().notes;
    expect(await s.notesOn(itemNote!.target)).toEqual([itemNote]);
    expect(await s.notesOn(agencyNote!.target)).toEqual([agencyNote]);
    await s.putNote({ ...taskNote!, id: 'note-4', text: '再议' });
    expect((await s.notesOn(taskNote!.target)).map((n) => n.text)).toEqual(['年底前检查', '再议']);
    await s.deleteNote('note-2');
    expect((await s.notesOn(taskNote!.target)).map((n) => n.id)).toEqual(['note-4']);
  });

  it('saves views and the session', async () => {
    const s = await filled();
    const view = sampleWorkspace().savedViews[0]!;
    await s.putSavedView({ ...view, id: 'view-2', zoom: 0.5 });
    expect((await s.listSavedViews()).map((v) => [v.id, v.zoom])).toEqual([
      ['view-1', 1.25],
      ['view-2', 0.5],
    ]);
    await s.deleteSavedView('view-1');
    expect((await s.listSavedViews()).map((v) => v.id)).toEqual(['view-2']);
    expect(await s.getSession()).toBeNull();
    const session = {
      view: SESSION_VIEW,
      savedViewId: 'view-2',
      focus: `${N1}/item-2`,
      search: 'swt',
      updatedAt: view.updatedAt,
    };
    await s.putSession(session);
    expect(await s.getSession()).toEqual(session);
  });

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const s = await filled();
    const [notice] = await s.listNotices();
    (notice as { name: string }).name = 'changed';
    expect((await s.listNotices())[0]?.name).not.toBe('changed');
  });

  it('replaces the whole workspace, keeping the session', async () => {
    const s = await filled();
    const session = {
      view: SESSION_VIEW,
      savedViewId: null,
      focus: null,
      search: '',
      updatedAt: '2024-01-01T00:00:00.000Z',
    };
    await s.putSession(session);
    const smaller = { notices: [sampleWorkspace().notices[1]!], savedViews: [], notes: [] };
    await s.replaceWorkspace(smaller);
    expect(await s.exportWorkspace()).toEqual(smaller);
    expect(await s.getSession()).toEqual(session);
  });

  it('tells observers of every change', async () => {
    const s = await filled();
    const seen: number[] = [];
    const subscription = s
      .observe((st) => st.listCorrections(N2))
      .subscribe({ next: (ops) => seen.push(ops.length) });
    await until(() => seen.length === 1);
    await s.addCorrection(N2, rename('满洲里海关'));
    await until(() => seen.at(-1) === 1);
    subscription.unsubscribe();
    await s.addCorrection(N2, rename('二连浩特海关'));
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.at(-1)).toBe(1);
  });
});
