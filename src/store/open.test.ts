// Opening falls back to memory, with a plain reason, whenever IndexedDB cannot be used.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../workspace/sample-workspace.fixture.ts';
import { openWorkspaceStore } from './open.ts';
import { PROBLEM_MESSAGES, type StorageProblem } from './problems.ts';

/** Open the database at `version` with bare IndexedDB, as an old tab (or a newer app) would. */
function openRaw(factory: IDBFactory, version: number, name = 'fengong-atlas'): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('openWorkspaceStore', () => {
  it('opens IndexedDB when it can', async () => {
    const opened = await openWorkspaceStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    expect(opened.problem).toBeNull();
    expect(opened.store.backend).toBe('indexeddb');
    opened.store.close();
  });

  it('works in memory without IndexedDB, and says why', async () => {
    const opened = await openWorkspaceStore({ indexedDB: null });
    expect(opened.problem).toEqual({ kind: 'unavailable', message: PROBLEM_MESSAGES.unavailable });
    expect(opened.store.backend).toBe('memory');
    await opened.store.replaceWorkspace(sampleWorkspace());
    expect(await opened.store.exportWorkspace()).toEqual(sampleWorkspace());
  });

  it('works in memory when the browser refuses to open it (Firefox private mode)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const opened = await openWorkspaceStore({ indexedDB: refusing, IDBKeyRange });
    expect(opened.problem?.kind).toBe('unavailable');
    expect(opened.store.backend).toBe('memory');
  });

  it('works in memory when a tab holding the old version blocks the upgrade', async () => {
    const factory = new IDBFactory();
    const oldTab = await openRaw(factory, 10); // Dexie's version 1 is IndexedDB version 10
    const opened = await openWorkspaceStore({ indexedDB: factory, IDBKeyRange });
    expect(opened.problem).toEqual({ kind: 'blocked', message: PROBLEM_MESSAGES.blocked });
    expect(opened.store.backend).toBe('memory');
    oldTab.close();
  });

  it('steps aside when another tab upgrades, and says this tab must reload', async () => {
    const factory = new IDBFactory();
    const problems: StorageProblem[] = [];
    const opened = await openWorkspaceStore({
      indexedDB: factory,
      IDBKeyRange,
      onProblem: (p) => problems.push(p),
    });
    const newerTab = await openRaw(factory, 990);
    expect(problems).toEqual([{ kind: 'closed', message: PROBLEM_MESSAGES.closed }]);
    newerTab.close();
    await expect(opened.store.listNotices()).rejects.toMatchObject({ problem: { kind: 'closed' } });
  });
});
