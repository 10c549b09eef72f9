// Saved views: the current view (type, notices in view, filters, selection, zoom and dragged positions as
// the views keep them in the address) under a name, shown again with one click.
import { useCallback, useMemo, useState } from 'react';
import { PANELS_PARAM } from '../../view-model/scope-address.ts';
import { addressFromViewState, sameViewState, viewStateFromAddress } from '../../view-model/view-state.ts';
import { newRecordId } from '../../store/index.ts';
import type { SavedView, ViewState } from '../../workspace/records.ts';
import type { NoticeScope } from '../../workspace/scope.ts';
import type { Address } from '../useAddress.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

export interface SavedViewActions {
  /** The saved view last shown or saved, if it still exists. */
  readonly active: SavedView | null;
  /** True when the screen no longer shows the active saved view as saved. */
  readonly changed: boolean;
  readonly current: ViewState;
  readonly saveAs: (name: string) => Promise<void>;
  readonly update: (view: SavedView) => Promise<void>;
  readonly show: (view: SavedView) => void;
  readonly remove: (view: SavedView) => Promise<void>;
}

export function useSavedViews(
  save: WorkspaceStoreState['save'],
  address: Address,
  scope: NoticeScope,
  defaultView: string,
  savedViews: readonly SavedView[],
  initialActive: string | null,
): SavedViewActions {
  const [activeId, setActiveId] = useState<string | null>(null);
  const current = useMemo(
    () => viewStateFromAddress(address.url, scope, defaultView),
    [address.url, scope, defaultView],
  );
  const active = savedViews.find((v) => v.id === (activeId ?? initialActive)) ?? null;

  const saveAs = useCallback(
    async (name: string) => {
      const stamp = new Date().toISOString();
      const view: SavedView = {
        ...current,
        id: newRecordId('view'),
        name,
        createdAt: stamp,
        updatedAt: stamp,
      };
      await save((store) => store.putSavedView(view));
      setActiveId(view.id);
    },
    [current, save],
  );
  const update = useCallback(
    async (view: SavedView) => {
      const updated: SavedView = { ...view, ...current, updatedAt: new Date().toISOString() };
      await save((store) => store.putSavedView(updated));
    },
    [current, save],
  );
  const show = useCallback(
    (view: SavedView) => {
      const url = addressFromViewState(view);
      // The side panels stay as the user has them: they are where the user works, not part of the view.
      address.setUrl((u) => {
        const panels = u.params[PANELS_PARAM];
        return { ...url, params: panels ? { ...url.params, [PANELS_PARAM]: panels } : url.params };
      });
      setActiveId(view.id);
    },
    [address],
  );
  const remove = useCallback(
    async (view: SavedView) => {
      await save((store) => store.deleteSavedView(view.id));
    },
    [save],
  );

  const changed = active !== null && !sameViewState(active, current);
  return useMemo(
    () => ({ active, changed, current, saveAs, update, show, remove }),
    [active, changed, current, saveAs, update, show, remove],
  );
}
