// Arrow keys walk the selection through the agencies in the order a view shows them, so the matrices
// and the ranking can be read row by row without a mouse.
import { useCallback, type KeyboardEvent } from 'react';
import { useAtlas } from '../atlas.tsx';

const STEP: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowDown: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

export function useStepSelection(agencies: readonly string[], view: string): (event: KeyboardEvent) => void {
  const { selection, select } = useAtlas();
  const current = selection?.kind === 'agency' ? agencies.indexOf(selection.id) : -1;
  return useCallback(
    (event: KeyboardEvent) => {
      const step = STEP[event.key];
      if (!step || agencies.length === 0) return;
      event.preventDefault();
      const next =
        current < 0 ? 0 : Math.max(0, Math.min(agencies.length - 1, step(current, agencies.length)));
      const id = agencies[next];
      if (id) select({ kind: 'agency', id }, view);
    },
    [agencies, current, select, view],
  );
}
