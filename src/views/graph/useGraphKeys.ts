// Keyboard navigation of the graph. Tab and Shift+Tab walk the agencies from the heaviest load down
// (past the last, Tab leaves the graph as it would leave any widget); the arrows walk to the nearest
// node in their direction. The node the keyboard is on is ringed and named; Enter selects it as a
// click does (on a folded section or bloc, opens it), and Enter on the selected agency opens its ego
// view, as a double click does. Escape clears the selection; + − 0 zoom and fit.
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import type { SelectionRef } from '../../view-model/url-state.ts';
import { agenciesByLoad, nearestInDirection, stepThrough, type Direction } from '../../graph/navigation.ts';
import { isFoldedNode } from '../../graph/aggregate.ts';
import type { GraphData } from '../../graph/network.ts';
import type { GraphControls } from './GraphCanvas.tsx';
import type { PlacedGraph } from '../shared/useGraphLayout.ts';
import { BUTTON_ZOOM } from './viewport.ts';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface Options {
  readonly graph: GraphData;
  readonly placed: PlacedGraph | null;
  readonly visible: ReadonlySet<string> | null;
  readonly selected: string | null;
  readonly select: (ref: SelectionRef | null, from: string) => void;
  readonly controlsRef: RefObject<GraphControls | null>;
  readonly showEgo: (agency: string) => void;
  /** Opens a folded node. */
  readonly toggleOpen: (id: string) => void;
  /** The node the keyboard is on, and how to move it. */
  readonly keyed: string | null;
  readonly setKeyed: (id: string | null) => void;
}

/** Where an arrow goes: to the nearest node that way, or, from nowhere, to the heaviest agency. */
function arrowTarget(
  { graph, placed, visible, keyed }: Pick<Options, 'graph' | 'placed' | 'visible' | 'keyed'>,
  direction: Direction,
): string | null {
  if (!keyed || !placed || placed.graph !== graph) return agenciesByLoad(graph, visible)[0] ?? null;
  const candidates = [...placed.positions.keys()].filter((id) => !visible || visible.has(id));
  return nearestInDirection(placed.positions, keyed, direction, candidates);
}

export function useGraphKeys(options: Options): (event: KeyboardEvent) => void {
  const { graph, placed, visible, selected, select, controlsRef, showEgo, toggleOpen, keyed, setKeyed } =
    options;
  return useCallback(
    (event: KeyboardEvent) => {
      if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
      const kindOf = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
      const direction = ARROWS[event.key];
      if (event.key === 'Tab') {
        const next = stepThrough(agenciesByLoad(graph, visible), keyed, event.shiftKey ? -1 : 1);
        setKeyed(next);
        // Past either end the browser moves focus on, out of the graph.
        if (next === null) return;
      } else if (direction) {
        const next = arrowTarget({ graph, placed, visible, keyed }, direction);
        if (next) setKeyed(next);
      } else if (event.key === 'Enter' && keyed) {
        const kind = kindOf(keyed);
        if (graph.nodes.some((n) => n.id === keyed && isFoldedNode(n))) {
          toggleOpen(keyed);
          setKeyed(null);
        } else if (keyed === selected && kind === 'agency') showEgo(keyed);
        else if (kind) select({ kind, id: keyed }, 'graph-keys');
      } else if (event.key === 'Escape') select(null, 'graph-keys');
      else if (event.key === '+' || event.key === '=') controlsRef.current?.zoomBy(BUTTON_ZOOM);
      else if (event.key === '-') controlsRef.current?.zoomBy(1 / BUTTON_ZOOM);
      else if (event.key === '0') controlsRef.current?.fit(visible ? [...visible] : undefined, true);
      else return;
      event.preventDefault();
    },
    [graph, placed, visible, selected, select, controlsRef, showEgo, toggleOpen, keyed, setKeyed],
  );
}
