// Two connections to one database, as two tabs have: a live query on one sees the other's writes.
// (Between real tabs Dexie carries the news over BroadcastChannel; the browser tests check that.)
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import type { AgencyId } from '../notice/model.ts';
import { N1, sampleWorkspace } from '../workspace/sample-workspace.fixture.ts';
import { openWorkspaceStore } from './open.ts';
import { until } from './until.fixture.ts';

it('keeps two connections in step', async () => {
  const indexedDB = new IDBFactory();
  const first = (await openWorkspaceStore({ indexedDB, IDBKeyRange })).store;
  const second = (await openWorkspaceStore({ indexedDB, IDBKeyRange })).store;
  await first.replaceWorkspace(sampleWorkspace());
  const seen: string[][] = [];
  const subscription = second
    .observe(async (store) => (await store.listCorrections(N1)).map((op) => op.type))
    .subscribe({ next: (types) => seen.push(types) });
  await until(() => seen.length > 0);
  await first.addCorrection(N1, {
    type: 'renameAgency',
    agencyId: 'ag:海关' as AgencyId,
    name: '满洲里海关',
  });
  await until(() => seen.at(-1)?.length === 4);
  expect(seen.at(-1)).toEqual(['mergeAgencies', 'setItemRoles', 'markGeneric', 'renameAgency']);
  subscription.unsubscribe();
  first.close();
  second.close();
});
