// Opening the workspace: IndexedDB if the browser lets us, else memory with the reason, so the app
// always starts. An upgrade blocked by another tab does not leave the app waiting: it starts in memory
// and says which tab to close. Once open, another tab's upgrade closes this connection for good (so
// that tab is not blocked, and this one writes no old-schema rows into the new schema), reported as a
// problem asking for a reload.
import { AtlasDatabase, DATABASE_NAME, type IndexedDbSource } from './database.ts';
import { DexieWorkspaceStore } from './dexie-store.ts';
import { MemoryWorkspaceStore } from './memory-store.ts';
import { describeStorageError, PROBLEM_MESSAGES, type StorageProblem } from './problems.ts';
import type { StoreOptions, WorkspaceStore } from './workspace-store.ts';

export interface OpenOptions extends StoreOptions {
  readonly name?: string;
  /** null: behave as a browser without IndexedDB. */
  readonly indexedDB?: IDBFactory | null;
  readonly IDBKeyRange?: IndexedDbSource['IDBKeyRange'];
}

export interface OpenedStore {
  readonly store: WorkspaceStore;
  /** Why the store is in memory; null when it is IndexedDB. */
  readonly problem: StorageProblem | null;
}

function inMemory(problem: StorageProblem, options: OpenOptions): OpenedStore {
  return { store: new MemoryWorkspaceStore(undefined, options), problem };
}

function platformIndexedDb(options: OpenOptions): IDBFactory | null {
  if (options.indexedDB !== undefined) return options.indexedDB;
  return typeof indexedDB === 'undefined' ? null : indexedDB;
}

export async function openWorkspaceStore(options: OpenOptions = {}): Promise<OpenedStore> {
  const factory = platformIndexedDb(options);
  if (factory === null)
    return inMemory({ kind: 'unavailable', message: PROBLEM_MESSAGES.unavailable }, options);
  let db: AtlasDatabase;
  try {
    const keyRange = options.IDBKeyRange;
    db = new AtlasDatabase(options.name ?? DATABASE_NAME, {
      indexedDB: factory,
      ...(keyRange ? { IDBKeyRange: keyRange } : {}),
    });
  } catch (error) {
    return inMemory(describeStorageError(error, 'read'), options);
  }
  let onBlocked = () => {};
  const blocked = new Promise<'blocked'>((resolve) => (onBlocked = () => resolve('blocked')));
  db.on('blocked', () => onBlocked());
  const opening = db.open().then(
    () => 'open' as const,
    (error: unknown) => error,
  );
  const outcome = await Promise.race([opening, blocked]);
  if (outcome === 'open') {
    // Dexie's own handler would reopen at the new version, but this tab's code knows only the old
    // schema: it closes for good instead (later calls fail as 'closed'); `false` stops Dexie's handler.
    db.on('versionchange', () => {
      db.close();
      options.onProblem?.({ kind: 'closed', message: PROBLEM_MESSAGES.closed });
      return false;
    });
    return { store: new DexieWorkspaceStore(db, options), problem: null };
  }
  db.close();
  if (outcome === 'blocked') return inMemory({ kind: 'blocked', message: PROBLEM_MESSAGES.blocked }, options);
  return inMemory(describeStorageError(outcome, 'read'), options);
}
