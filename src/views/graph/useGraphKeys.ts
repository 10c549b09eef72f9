// Keyboard navigation of the graph: arrows walk to the nearest node in their direction, Enter opens an
// agency's ego view, Escape clears the selection, + − 0 zoom and fit.
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import type { SelectionRef } from '../../app/url-state.ts';
import { firstNode, nearestInDirection, type Direction } from '../../graph/graph-navigation.ts';
import type { GraphData } from '../../graph/network.ts';
import type { GraphControls } from './GraphCanvas.tsx';
import type { PlacedGraph } from './useGraphLayout.ts';
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
}

export function useGraphKeys(options: Options): (event: KeyboardEvent) => void {
  const { graph, placed, visible, selected, select, controlsRef, showEgo } = options;
  return useCallback(
    (event: KeyboardEvent) => {
      if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
      const direction = ARROWS[event.key];
      const kindOf = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
      if (direction && placed?.graph === graph) {
        const candidates = [...placed.positions.keys()].filter((id) => !visible || visible.has(id));
        const next = selected
          ? nearestInDirection(placed.positions, selected, direction, candidates)
          : firstNode(placed.positions, candidates);
        const kind = next ? kindOf(next) : undefined;
        if (next && kind) select({ kind, id: next }, 'graph-keys');
      } else if (event.key === 'Escape') select(null, 'graph-keys');
      else if (event.key === 'Enter' && selected && kindOf(selected) === 'agency') showEgo(selected);
      else if (event.key === '+' || event.key === '=') controlsRef.current?.zoomBy(BUTTON_ZOOM);
      else if (event.key === '-') controlsRef.current?.zoomBy(1 / BUTTON_ZOOM);
      else if (event.key === '0') controlsRef.current?.fit(visible ? [...visible] : undefined, true);
      else return;
      event.preventDefault();
    },
    [graph, placed, visible, selected, select, controlsRef, showEgo],
  );
}
