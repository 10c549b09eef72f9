// Upgrading from the past: databases written by schemas v1 and v2 (frozen in tests/store/) are opened by
// the current app, and everything in them must be there afterwards, with the new fields filled in and
// (v3) each notice's source moved to a table of its own.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  CORRECTIONS_V1,
  NOTES_V1,
  NOTICES_V1,
  SAVED_VIEWS_V1,
  SESSION_V1,
} from '../../tests/store/fixture-v1.ts';
import {
  CORRECTIONS_V2,
  NOTES_V2,
  NOTICES_V2,
  SAVED_VIEWS_V2,
  SESSION_V2,
} from '../../tests/store/fixture-v2.ts';
import { SCHEMA_V1 } from '../../tests/store/schema-v1.ts';
import { SCHEMA_V2 } from '../../tests/store/schema-v2.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import type { NoteTarget } from '../workspace/records.ts';
import { readWorkspaceFile, writeWorkspaceFile } from '../workspace/file.ts';
import type { DexieWorkspaceStore } from './dexie-store.ts';
import { openWorkspaceStore } from './open.ts';
import type { StorageProblem } from './problems.ts';
import { CURRENT_VERSION, noteToV2, noticeToV2, noticeToV3, SCHEMA_VERSIONS } from './schema.ts';

/** A database as the v1 app left it, written through the frozen v1 schema. */
async function v1Database(extraNotes: readonly unknown[] = []): Promise<IDBFactory> {
  const indexedDB = new IDBFactory();
  const db = new Dexie('fengong-atlas', { indexedDB, IDBKeyRange });
  db.version(1).stores(SCHEMA_V1);
  await db.transaction('rw', db.tables, async () => {
    await db.table('notices').bulkAdd([...NOTICES_V1]);
    await db.table('corrections').bulkAdd([...CORRECTIONS_V1]);
    await db.table('savedViews').bulkAdd([...SAVED_VIEWS_V1]);
    await db.table('notes').bulkAdd([...NOTES_V1, ...extraNotes]);
    await db.table('session').add(SESSION_V1);
  });
  db.close();
  return indexedDB;
}

async function upgraded(indexedDB: IDBFactory, problems: StorageProblem[] = []) {
  const opened = await openWorkspaceStore({ indexedDB, IDBKeyRange, onProblem: (p) => problems.push(p) });
  expect(opened.problem).toBeNull();
  return opened.store as DexieWorkspaceStore;
}

describe('schema', () => {
  it('still declares versions 1 and 2 exactly as they shipped', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual(SCHEMA_V1);
    expect(SCHEMA_VERSIONS[2]).toEqual(SCHEMA_V2);
  });
});

describe('upgrade from v1', () => {
  it('keeps every notice, original bytes included, and dates each by when it was added', async () => {
    const store = await upgraded(await v1Database());
    expect(store.db.verno).toBe(CURRENT_VERSION);
    const notices = NOTICES_V1.map((n) => ({ ...n, updatedAt: n.addedAt }));
    expect(await store.readNotices('all')).toEqual(notices);
    expect(await store.listNotices()).toEqual(notices.map(({ source: _, ...summary }) => summary));
    store.close();
  });

  it("keeps each notice's corrections in the order they were made", async () => {
    const store = await upgraded(await v1Database());
    expect(await store.listCorrections('n-v1-paste' as NoticeId)).toEqual([
      CORRECTIONS_V1[0]?.op,
      CORRECTIONS_V1[2]?.op,
    ]);
    expect(await store.listCorrections('n-v1-gbk' as NoticeId)).toEqual([CORRECTIONS_V1[1]?.op]);
    store.close();
  });

  it('keeps saved views, notes and the session', async () => {
    const store = await upgraded(await v1Database());
    expect(await store.listSavedViews()).toEqual(SAVED_VIEWS_V1);
    expect(await store.listNotes()).toEqual([...NOTES_V1].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await store.getSession()).toEqual(SESSION_V1.state);
    store.close();
  });

  it('indexes the old notes by target and notice', async () => {
    const store = await upgraded(await v1Database());
    const rows = await store.db.notes.toArray();
    expect(rows.map((r) => [r.targetKey, r.noticeId])).toEqual([
      ['agency:ag:自治区商务厅', undefined],
      ['item:n-v1-gbk/0badcafe', 'n-v1-gbk'],
      ['task:n-v1-paste/task-1', 'n-v1-paste'],
    ]);
    expect(await store.notesOn(NOTES_V1[1]?.target as NoteTarget)).toEqual([NOTES_V1[1]]);
    await store.deleteNotice('n-v1-gbk' as NoticeId);
    expect((await store.listNotes()).map((n) => n.id)).toEqual(['note-v1-a', 'note-v1-t']);
    store.close();
  });

  it('exports the upgraded workspace to a file that reads back whole', async () => {
    const store = await upgraded(await v1Database());
    const exported = await store.exportWorkspace();
    const reading = readWorkspaceFile(writeWorkspaceFile(exported, '2024-08-01T00:00:00.000Z'));
    expect(reading.ok && reading.workspace).toEqual(exported);
    expect(exported.notices.map((n) => n.corrections.length)).toEqual([2, 1]);
    store.close();
  });

  it('leaves out a stored row it cannot read, and says so', async () => {
    const broken = { id: 'note-v1-x', target: { kind: 'item', noticeId: 'n-v1-gbk' }, text: 7 };
    const problems: StorageProblem[] = [];
    const store = await upgraded(await v1Database([broken]), problems);
    expect((await store.listNotes()).map((n) => n.id)).toEqual(['note-v1-a', 'note-v1-i', 'note-v1-t']);
    expect(problems).toEqual([
      {
        kind: 'damaged',
        message: '1 stored notes record could not be read and was left out.',
        args: ['notes', '1'],
      },
    ]);
    store.close();
  });
});

/** A database as the v2 app left it, written through the frozen v1 and v2 schemas. */
async function v2Database(extraNotices: readonly unknown[] = []): Promise<IDBFactory> {
  const indexedDB = new IDBFactory();
  const db = new Dexie('fengong-atlas', { indexedDB, IDBKeyRange });
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  await db.transaction('rw', db.tables, async () => {
    await db.table('notices').bulkAdd([...NOTICES_V2, ...extraNotices]);
    await db.table('corrections').bulkAdd([...CORRECTIONS_V2]);
    await db.table('savedViews').bulkAdd([...SAVED_VIEWS_V2]);
    await db.table('notes').bulkAdd([...NOTES_V2]);
    await db.table('session').add(SESSION_V2);
  });
  db.close();
  return indexedDB;
}

describe('upgrade from v2', () => {
  it('keeps every notice with its source, byte for byte, and lists them without it', async () => {
    const store = await upgraded(await v2Database());
    expect(store.db.verno).toBe(CURRENT_VERSION);
    expect(await store.readNotices('all')).toEqual(NOTICES_V2);
    expect(await store.getNotice('n-v2-large' as NoticeId)).toEqual(NOTICES_V2[2]);
    expect(await store.listNotices()).toEqual(NOTICES_V2.map(({ source: _, ...summary }) => summary));
    store.close();
  });

  it('moves each source out of the notices table, so the notices list reads no source', async () => {
    const store = await upgraded(await v2Database());
    const rows = await store.db.notices.toArray();
    expect(rows.map((r) => Object.keys(r).includes('source'))).toEqual([false, false, false]);
    expect((await store.db.sources.toArray()).map((r) => r.id).sort()).toEqual([
      'n-v1-gbk',
      'n-v1-paste',
      'n-v2-large',
    ]);
    store.close();
  });

  it('keeps corrections, saved views, notes and the session', async () => {
    const store = await upgraded(await v2Database());
    expect(await store.listCorrections('n-v1-paste' as NoticeId)).toEqual([
      CORRECTIONS_V2[0]?.op,
      CORRECTIONS_V2[2]?.op,
    ]);
    expect(await store.listSavedViews()).toEqual(SAVED_VIEWS_V2);
    expect(await store.listNotes()).toEqual(NOTES_V2.map(({ targetKey: _, noticeId: __, ...note }) => note));
    expect(await store.getSession()).toEqual(SESSION_V2.state);
    store.close();
  });

  it('deletes a notice with its source, corrections and notes', async () => {
    const store = await upgraded(await v2Database());
    await store.deleteNotice('n-v1-gbk' as NoticeId);
    expect((await store.listNotices()).map((n) => n.id)).toEqual(['n-v1-paste', 'n-v2-large']);
    expect(await store.db.sources.get('n-v1-gbk' as NoticeId)).toBeUndefined();
    expect((await store.listNotes()).map((n) => n.id)).toEqual(['note-v2-a']);
    store.close();
  });

  it('leaves out a notice that had no source to move, says so, and keeps the rest', async () => {
    const broken = { id: 'n-v2-broken', name: '坏', fileName: null, format: 'paste', encoding: null };
    const stamped = { ...broken, addedAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' };
    const problems: StorageProblem[] = [];
    const store = await upgraded(await v2Database([stamped]), problems);
    expect((await store.readNotices('all')).map((n) => n.id)).toEqual([
      'n-v1-paste',
      'n-v1-gbk',
      'n-v2-large',
    ]);
    expect(problems).toEqual([
      {
        kind: 'damaged',
        message: '1 stored sources record could not be read and was left out.',
        args: ['sources', '1'],
      },
    ]);
    store.close();
  });

  it('exports the upgraded workspace to a file that reads back whole', async () => {
    const store = await upgraded(await v2Database());
    const exported = await store.exportWorkspace();
    const reading = readWorkspaceFile(writeWorkspaceFile(exported, '2024-08-01T00:00:00.000Z'));
    expect(reading.ok && reading.workspace).toEqual(exported);
    expect(exported.notices.map((n) => [n.id, n.corrections.length])).toEqual([
      ['n-v1-paste', 2],
      ['n-v1-gbk', 1],
      ['n-v2-large', 0],
    ]);
    store.close();
  });
});

describe('v3 row upgrades', () => {
  it('take the source out of a notice row, and leave a row without one as it is', () => {
    const row: { id: string; name: string; source?: unknown } = {
      id: 'n1',
      name: 'x',
      source: { kind: 'text', text: '一' },
    };
    expect(noticeToV3(row)).toEqual({ id: 'n1', source: { kind: 'text', text: '一' } });
    expect(row).toEqual({ id: 'n1', name: 'x' });
    const bare = { id: 'n2', name: 'y' };
    expect(noticeToV3(bare)).toBeNull();
    expect(bare).toEqual({ id: 'n2', name: 'y' });
  });
});

describe('v2 row upgrades', () => {
  it('fill in what v2 adds and keep what a row already has', () => {
    const notice = { addedAt: 'a' } as { addedAt: string; updatedAt?: string };
    noticeToV2(notice);
    expect(notice.updatedAt).toBe('a');
    const touched = { addedAt: 'a', updatedAt: 'b' };
    noticeToV2(touched);
    expect(touched.updatedAt).toBe('b');
    const note = structuredClone(NOTES_V1[0]) as unknown as { target: NoteTarget; targetKey?: string };
    noteToV2(note);
    expect(note).toEqual({ ...NOTES_V1[0], targetKey: 'agency:ag:自治区商务厅' });
    const damaged = { id: 'x', target: { kind: 'item' } } as unknown as {
      target: NoteTarget;
      targetKey?: string;
    };
    noteToV2(damaged);
    expect(damaged.targetKey).toBeUndefined();
  });
});
