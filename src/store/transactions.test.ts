// Writes are all or nothing. A failure is forced inside the transaction with a Dexie middleware that
// makes one table's writes fail, as a full disk would, after other tables were already written to.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../notice/model.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import type { NoticeRecord } from '../workspace/records.ts';
import { N1, sampleWorkspace } from '../workspace/sample-workspace.fixture.ts';
import { AtlasDatabase } from './database.ts';
import { DexieWorkspaceStore } from './dexie-store.ts';
import { StorageFailure } from './problems.ts';

type Failure = () => Error;

const quotaExceeded: Failure = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A store whose writes to `table` fail once `armed` is set (so it can be filled first). */
async function failingStore(table: string, failure: Failure) {
  const control = { armed: false, after: 0, reads: false };
  const db = new AtlasDatabase('atlas-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: (request) => {
            if (control.armed && control.after-- <= 0) return Promise.reject(failure());
            return inner.mutate(request);
          },
          query: (request) => (control.reads ? Promise.reject(failure()) : inner.query(request)),
        };
      },
    }),
  });
  await db.open();
  return { store: new DexieWorkspaceStore(db), control };
}

function manyNotices(count: number): NoticeRecord[] {
  const template = sampleWorkspace().notices[0]!;
  return Array.from({ length: count }, (_, i) => {
    const { corrections: _c, ...notice } = { ...template, id: `n-${i}` as NoticeId, name: `通知${i}` };
    return notice;
  });
}

describe('transactions', () => {
  it('replace the workspace whole or not at all', async () => {
    const { store, control } = await failingStore('notes', quotaExceeded);
    await store.replaceWorkspace(sampleWorkspace());
    control.armed = true;
    const other = {
      notices: [sampleWorkspace().notices[1]!],
      savedViews: [],
      notes: [sampleWorkspace().notes[0]!],
    };
    await expect(store.replaceWorkspace(other)).rejects.toBeInstanceOf(StorageFailure);
    control.armed = false;
    expect(await store.exportWorkspace()).toEqual(sampleWorkspace());
  });

  it('say a failed read is a read, and a failed write a save', async () => {
    const { store, control } = await failingStore('notes', () => new Error('disk went away'));
    control.reads = true;
    await expect(store.listNotes()).rejects.toMatchObject({
      problem: { kind: 'failed', message: 'Reading the stored workspace failed: disk went away.' },
    });
    control.reads = false;
    control.armed = true;
    await expect(store.putNote(sampleWorkspace().notes[0]!)).rejects.toMatchObject({
      problem: { kind: 'failed', message: 'Saving failed: disk went away.' },
    });
  });

  it('keep a deleted notice and its corrections when deleting its notes fails', async () => {
    const { store, control } = await failingStore('notes', () => new Error('disk went away'));
    await store.replaceWorkspace(sampleWorkspace());
    control.armed = true;
    await expect(store.deleteNotice(N1)).rejects.toMatchObject({
      problem: { kind: 'failed', message: 'Saving failed: disk went away.' },
    });
    control.armed = false;
    expect((await store.listNotices()).map((n) => n.id)).toContain(N1);
    expect(await store.listCorrections(N1)).toHaveLength(3);
  });

  it('do not record a correction whose notice could not be stamped', async () => {
    const { store, control } = await failingStore('notices', quotaExceeded);
    await store.replaceWorkspace(sampleWorkspace());
    control.armed = true;
    const op = { type: 'markGeneric', agencyId: 'ag:海关' as AgencyId, generic: true } as const;
    await expect(store.addCorrection(N1, op)).rejects.toMatchObject({ problem: { kind: 'quota' } });
    control.armed = false;
    expect(await store.listCorrections(N1)).toEqual(sampleWorkspace().notices[0]!.corrections);
  });

  it('put many notices in one write: a failed import stores none of them', async () => {
    const { store, control } = await failingStore('notices', quotaExceeded);
    await store.putNotices(manyNotices(300));
    expect(await store.listNotices()).toHaveLength(300);
    control.armed = true;
    await expect(store.putNotices(manyNotices(600).slice(300))).rejects.toMatchObject({
      problem: {
        kind: 'quota',
        message: expect.stringMatching(/^The browser's storage for this site is full/),
      },
    });
    expect(await store.listNotices()).toHaveLength(300);
  });
});
