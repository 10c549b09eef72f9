// The side panel gives way on a narrow host. With the notices panel and the inspector both open (or in
// a small window) a panel kept beside the graph or table left it a few hundred pixels wide: the
// network was drawn in a strip and the projects table's task column one character wide. Below
// DRAWER_BELOW the host keeps its whole width and the panel becomes a drawer over its right edge,
// opened by a pick (the selection's sentences are what the user asked for) or by its tab.
import { useCallback, useState, type RefObject } from 'react';
import { useElementWidth } from '../shared/useElementWidth.ts';

/** Host widths (px) below which the panel is a drawer: under about 600 px left for the graph or table
 *  beside a panel of 320–400 px. */
export const DRAWER_BELOW = 940;

export interface PanelDrawer {
  /** The host is narrow: the panel is drawn over it, not beside it. */
  readonly drawer: boolean;
  /** A drawer slid in (always true when the panel is not a drawer). */
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  /** The host's width (0 until measured). */
  readonly hostWidth: number;
}

const hostOf = (panel: HTMLElement) => panel.parentElement;

/** Follows the width of the panel's host (its parent element) and whether the drawer is open. `pick`
 *  names the pick the panel shows, anew for every pick (the same node picked again included), null for
 *  none: each new pick opens the drawer, clearing it shuts it, and the user opens and shuts it between
 *  picks. */
export function usePanelDrawer(panel: RefObject<HTMLElement | null>, pick: string | null): PanelDrawer {
  const hostWidth = useElementWidth(panel, hostOf);
  const [chosen, setChosen] = useState<boolean | null>(null);
  // The user's choice holds until the pick changes; reset while rendering, so a pick and its drawer
  // are drawn in one frame.
  const [choiceFor, setChoiceFor] = useState(pick);
  if (choiceFor !== pick) {
    setChoiceFor(pick);
    setChosen(null);
  }
  const open = chosen ?? pick !== null;
  const setOpen = useCallback((next: boolean) => setChosen(next), []);
  const drawer = hostWidth > 0 && hostWidth < DRAWER_BELOW;
  return { drawer, open: !drawer || open, setOpen, hostWidth };
}
