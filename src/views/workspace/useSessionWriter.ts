// Remembers where the user is — view, notices in view, settings, selection, the open inspector — so the
// next visit (a new tab, without this address) opens there. Written a moment after the last change,
// not on every keystroke.
import { useEffect } from 'react';
import type { SidePanel } from '../../view-model/scope-address.ts';
import { sessionFromAddress } from '../../view-model/view-state.ts';
import type { ViewState } from '../../workspace/records.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

const QUIET_MS = 300;

export function useSessionWriter(
  save: WorkspaceStoreState['save'] | null,
  view: ViewState,
  savedViewId: string | null,
  panels: ReadonlySet<SidePanel>,
  selectionId: string | null,
): void {
  const focus = panels.has('inspector') ? (selectionId ?? '') : null;
  const key = JSON.stringify([view, savedViewId, focus]);
  useEffect(() => {
    if (!save) return;
    const timer = setTimeout(() => {
      void save((store) => store.putSession(sessionFromAddress(view, { savedViewId, focus }, new Date())));
    }, QUIET_MS);
    return () => clearTimeout(timer);
    // `key` stands for view, savedViewId and focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save, key]);
}
