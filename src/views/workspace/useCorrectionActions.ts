// What the corrections panel (and any view) can do: make a correction for the notices in view, undo the
// last one (kept across a reload: the stored lists are the history), or take any correction back out.
import { useCallback, useMemo, useState } from 'react';
import type { CorrectionRow } from '../../view-model/corrected-notices.ts';
import {
  planCorrection,
  type CorrectionProblem,
  type CorrectionRequest,
  type PlannedCorrection,
} from '../../view-model/correction-plan.ts';
import { addCorrections, correctionsOfRow, removeCorrections } from './correction-writes.ts';
import { lastCorrection } from './undo-history.ts';
import type { ScopedView } from './useScopedModel.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';

export interface CorrectionActions {
  /** Resolves to null when stored, else to why it was not. */
  readonly correct: (request: CorrectionRequest) => Promise<CorrectionProblem | null>;
  /** Whether a correction is in view to undo: the newest first, this tab's or stored before. */
  readonly canUndo: boolean;
  readonly undoLast: () => Promise<void>;
  readonly remove: (row: CorrectionRow) => Promise<void>;
}

export function useCorrectionActions(
  save: WorkspaceStoreState['save'],
  view: ScopedView | null,
  /** Each notice's stored corrections' places in the order made across notices. */
  seqs: ReadonlyMap<NoticeId, readonly number[]>,
): CorrectionActions {
  const [made, setMade] = useState<readonly (readonly PlannedCorrection[])[]>([]);
  // The view an undo was started in: until the store's answer brings a new one, the same correction
  // would be found last again, so a second click waits for it.
  const [undoingIn, setUndoingIn] = useState<ScopedView | null>(null);
  const last = useMemo(
    () =>
      view
        ? lastCorrection(
            made,
            view.notices.map((n) => ({ noticeId: n.id, ops: n.ops, seqs: seqs.get(n.id) ?? [] })),
          )
        : null,
    [made, view, seqs],
  );

  const correct = useCallback(
    async (request: CorrectionRequest) => {
      if (!view) return 'still-reading';
      const models = new Map(view.notices.map((n) => [n.id, n.result.model]));
      const plan = planCorrection(request, models, view.merged);
      if (!plan.ok) return plan.code;
      const stored = await save(async (store) => (await addCorrections(store, plan.ops), true));
      if (!stored) return 'not-saved';
      setMade((list) => [...list, plan.ops]);
      return null;
    },
    [save, view],
  );

  const undoLast = useCallback(async () => {
    if (!last || undoingIn === view) return;
    setUndoingIn(view);
    setMade((list) => list.filter((group) => group !== last));
    const done = await save(async (store) => (await removeCorrections(store, last), true));
    if (!done) setUndoingIn(null);
  }, [last, undoingIn, view, save]);

  const remove = useCallback(
    async (row: CorrectionRow) => {
      const ops = correctionsOfRow(row);
      await save((store) => removeCorrections(store, ops));
    },
    [save],
  );

  const canUndo = last !== null && undoingIn !== view;
  return useMemo(() => ({ correct, canUndo, undoLast, remove }), [correct, canUndo, undoLast, remove]);
}
