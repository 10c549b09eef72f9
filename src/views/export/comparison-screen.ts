// What the Compare view shows, for the export dialog: the comparison, the notices' short names and the
// change network's positions on screen, so the top bar's Export saves the comparison diagram the view's
// own buttons save. The Compare view publishes it while mounted; the dialog follows it, so positions
// that arrive after the dialog opened (the layout still running) reach it.
import { useEffect, useSyncExternalStore } from 'react';
import type { NoticeComparison } from '../../compare/compare-notices.ts';
import type { Positions } from '../../graph/positions.ts';

export interface ComparisonScreen {
  readonly comparison: NoticeComparison;
  readonly labelA: string;
  readonly labelB: string;
  /** Null while the change network is being laid out (or when its layout failed). */
  readonly positions: Positions | null;
  /** Why the layout failed, when it did. */
  readonly error: string | null;
}

let current: ComparisonScreen | null = null;
const listeners = new Set<() => void>();

function publish(screen: ComparisonScreen | null): void {
  current = screen;
  for (const listener of listeners) listener();
}

/** Publishes the comparison on screen while the Compare view shows one (pass a memoised value). */
export function useComparisonScreen(screen: ComparisonScreen): void {
  useEffect(() => {
    publish(screen);
    return () => {
      if (current === screen) publish(null);
    };
  }, [screen]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The comparison on screen now, or null when none is. */
export function readComparisonScreen(): ComparisonScreen | null {
  return current;
}

/** The comparison on screen, followed as it changes. */
export function useComparisonOnScreen(): ComparisonScreen | null {
  return useSyncExternalStore(subscribe, readComparisonScreen, readComparisonScreen);
}
