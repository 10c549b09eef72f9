// A live read of the store: the query runs again whenever what it read changes — in this tab or, through
// IndexedDB, in another one — so two tabs stay in step without polling.
import { useEffect, useState } from 'react';
import type { WorkspaceStore } from '../../store/index.ts';

export interface Live<T> {
  /** The latest answer; an earlier key's answer while the new one is read, undefined before any. */
  readonly value: T | undefined;
  /** True when `value` answers the current key. */
  readonly current: boolean;
}

/** `key` names the query: when it changes, the query is read afresh (the old answer kept meanwhile). */
export function useLive<T>(
  store: WorkspaceStore | null,
  key: string,
  query: (store: WorkspaceStore) => Promise<T>,
  onError: (error: unknown) => void,
): Live<T> {
  const [answer, setAnswer] = useState<{ store: WorkspaceStore; key: string; value: T } | null>(null);

  useEffect(() => {
    if (!store) return;
    const subscription = store.observe(query).subscribe({
      next: (value) => setAnswer({ store, key, value }),
      error: onError,
    });
    return () => subscription.unsubscribe();
    // The query is named by `key`: a new function for the same key is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, key]);

  return { value: answer?.value, current: answer !== null && answer.store === store && answer.key === key };
}
