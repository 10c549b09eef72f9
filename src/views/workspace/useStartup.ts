// The first moments: a workspace with no notices and no session is a first visit, and gets the Manzhouli
// notice; a visit without an address of its own goes back where the last one left off (the session).
import { useEffect, useState } from 'react';
import { PANELS_PARAM } from '../../view-model/scope-address.ts';
import { noticeRecordFor } from '../../view-model/import-batches.ts';
import { SEED_NOTICE_ID } from '../../view-model/seed-notice.ts';
import { addressFromViewState } from '../../view-model/view-state.ts';
import type { SessionState } from '../../workspace/records.ts';
import type { WorkspaceStore } from '../../store/index.ts';
import type { Address } from '../useAddress.ts';
import { readSeedNotice } from './seed-reading.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

/** Stores the Manzhouli notice under its fixed id: on a first visit, or when the user asks for it back. */
export async function storeSeedNotice(save: WorkspaceStoreState['save']): Promise<void> {
  const outcome = await readSeedNotice();
  if (!outcome?.ok) return;
  const stamp = new Date().toISOString();
  await save((store) => store.putNotices([noticeRecordFor(outcome, SEED_NOTICE_ID, stamp)]));
}

function restoreSession(address: Address, session: SessionState): void {
  const url = addressFromViewState(session.view);
  const params = session.focus === null ? url.params : { ...url.params, [PANELS_PARAM]: 'inspector' };
  address.setUrl({ ...url, params });
}

/** True once the workspace is ready to be read: seeded on a first visit, the session restored. */
export function useStartup(
  { store, save }: WorkspaceStoreState,
  address: Address,
): { started: boolean; savedViewId: string | null } {
  const [startedWith, setStartedWith] = useState<WorkspaceStore | null>(null);
  const [savedViewId, setSavedViewId] = useState<string | null>(null);
  // Read once: an address the page was opened with (a reload, a link) wins over the session.
  const [hadAddress] = useState(() => window.location.hash.length > 1);

  useEffect(() => {
    if (!store || startedWith) return;
    let live = true;
    void (async () => {
      const session = await store.getSession().catch(() => null);
      // A session means an earlier visit: no need to read every notice (with its source) to know.
      const firstVisit = session === null && (await store.listNotices().catch(() => [])).length === 0;
      if (firstVisit) await storeSeedNotice(save);
      if (!live) return;
      if (session && !hadAddress) restoreSession(address, session);
      setSavedViewId(session?.savedViewId ?? null);
      setStartedWith(store);
    })();
    return () => {
      live = false;
    };
    // Runs for the first store only; a later switch to memory carries the workspace over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  return { started: startedWith !== null, savedViewId };
}
