// The workspace store for the app's lifetime: opened once (IndexedDB, or memory with the reason), with
// every write going through `save`, which reports a failure in plain words and — when the browser can
// no longer store (storage full, the connection closed by another tab's upgrade) — moves the work into
// memory and makes the write there, so nothing on screen is lost and the user can export it.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  describeStorageError,
  MemoryWorkspaceStore,
  openWorkspaceStore,
  type StorageProblem,
  type WorkspaceStore,
} from '../../store/index.ts';
import type { WorkspaceData } from '../../workspace/records.ts';

export interface ReportedProblem extends StorageProblem {
  /** Set once the work moved into memory because of this problem. */
  readonly inMemory: boolean;
}

export interface WorkspaceStoreState {
  /** Null until the store is open. */
  readonly store: WorkspaceStore | null;
  readonly problems: readonly ReportedProblem[];
  readonly dismissProblem: (problem: ReportedProblem) => void;
  readonly reportProblem: (problem: StorageProblem) => void;
  /** Runs a write; on failure reports it and resolves to undefined. */
  readonly save: <T>(work: (store: WorkspaceStore) => Promise<T>) => Promise<T | undefined>;
}

/** Problems after which this tab cannot write to IndexedDB any more. */
const LOST_STORAGE = new Set(['quota', 'closed', 'unavailable', 'blocked', 'version']);

export function useWorkspaceStore(lastKnown: () => WorkspaceData): WorkspaceStoreState {
  const [store, setStore] = useState<WorkspaceStore | null>(null);
  const [problems, setProblems] = useState<readonly ReportedProblem[]>([]);
  const current = useRef<WorkspaceStore | null>(null);
  const known = useRef(lastKnown);
  useEffect(() => {
    known.current = lastKnown;
  }, [lastKnown]);

  const reportProblem = useCallback((problem: StorageProblem, inMemory = false) => {
    setProblems((list) =>
      list.some((p) => p.message === problem.message) ? list : [...list, { ...problem, inMemory }],
    );
  }, []);

  useEffect(() => {
    let open = true;
    void openWorkspaceStore({ onProblem: (problem) => reportProblem(problem) }).then(({ store, problem }) => {
      if (!open) return store.close();
      if (problem) reportProblem(problem, true);
      current.current = store;
      setStore(store);
    });
    return () => {
      open = false;
      current.current?.close();
      current.current = null;
    };
  }, [reportProblem]);

  const moveToMemory = useCallback(async (from: WorkspaceStore): Promise<WorkspaceStore> => {
    const data = await from.exportWorkspace().catch(() => known.current());
    const session = await from.getSession().catch(() => null);
    const memory = new MemoryWorkspaceStore(data);
    if (session) await memory.putSession(session);
    from.close();
    current.current = memory;
    setStore(memory);
    return memory;
  }, []);

  const save = useCallback(
    async <T>(work: (store: WorkspaceStore) => Promise<T>): Promise<T | undefined> => {
      const target = current.current;
      if (!target) return undefined;
      try {
        return await work(target);
      } catch (error) {
        const problem = describeStorageError(error);
        const lost = target.backend === 'indexeddb' && LOST_STORAGE.has(problem.kind);
        reportProblem(problem, lost);
        if (!lost) return undefined;
        const memory = await moveToMemory(target);
        return work(memory).catch(() => undefined);
      }
    },
    [moveToMemory, reportProblem],
  );

  const dismissProblem = useCallback(
    (problem: ReportedProblem) => setProblems((list) => list.filter((p) => p !== problem)),
    [],
  );
  return { store, problems, dismissProblem, reportProblem, save };
}
