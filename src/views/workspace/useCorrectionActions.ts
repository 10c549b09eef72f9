// What the corrections panel (and any view) can do: make a correction for the notices in view, undo the
// last one made in this tab, or take any correction back out of the list.
import { useCallback, useMemo, useState } from 'react';
import type { CorrectionRow } from '../../app/workspace-corrected.ts';
import {
  planCorrection,
  type CorrectionRequest,
  type PlannedCorrection,
} from '../../app/workspace-correction-plan.ts';
import { addCorrections, correctionsOfRow, removeCorrections } from './correction-writes.ts';
import type { ScopedView } from './useScopedModel.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

export interface CorrectionActions {
  /** Resolves to null when stored, else to why it was not. */
  readonly correct: (request: CorrectionRequest) => Promise<string | null>;
  /** The corrections this tab made, the last one first to be undone. */
  readonly canUndo: boolean;
  readonly undoLast: () => Promise<void>;
  readonly remove: (row: CorrectionRow) => Promise<void>;
}

export function useCorrectionActions(
  save: WorkspaceStoreState['save'],
  view: ScopedView | null,
): CorrectionActions {
  const [made, setMade] = useState<readonly (readonly PlannedCorrection[])[]>([]);

  const correct = useCallback(
    async (request: CorrectionRequest) => {
      if (!view) return 'The notices are still being read.';
      const models = new Map(view.notices.map((n) => [n.id, n.result.model]));
      const plan = planCorrection(request, models);
      if (!plan.ok) return plan.reason;
      const stored = await save(async (store) => (await addCorrections(store, plan.ops), true));
      if (!stored) return 'The correction could not be saved (see the message at the top).';
      setMade((list) => [...list, plan.ops]);
      return null;
    },
    [save, view],
  );

  const undoLast = useCallback(async () => {
    const last = made.at(-1);
    if (!last) return;
    setMade((list) => list.slice(0, -1));
    await save((store) => removeCorrections(store, last));
  }, [made, save]);

  const remove = useCallback(
    async (row: CorrectionRow) => {
      const ops = correctionsOfRow(row);
      await save((store) => removeCorrections(store, ops));
    },
    [save],
  );

  const canUndo = made.length > 0;
  return useMemo(() => ({ correct, canUndo, undoLast, remove }), [correct, canUndo, undoLast, remove]);
}
