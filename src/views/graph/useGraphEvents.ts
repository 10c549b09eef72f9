// What the graph's events do: a tap selects what was tapped (everywhere: the selection is shared) or
// opens a folded node (a section holding its tasks, a bloc its agencies), a double tap opens an agency's ego view, the pointer drives the tooltip, and where the user pans,
// zooms and drags nodes goes into the address, so a reload or a saved view shows the same picture.
import { useCallback, useMemo } from 'react';
import type { SelectionRef } from '../../view-model/url-state.ts';
import type { Point, Positions } from '../../graph/positions.ts';
import type { GraphData } from '../../graph/network.ts';
import type { AdapterEvents } from './cy-adapter.ts';
import { isFoldedNode } from '../../graph/aggregate.ts';
import { openParam } from '../shared/graph-settings.ts';
import { draggedParam, viewportParams } from './graph-view-state.ts';

interface Inputs {
  readonly graph: GraphData;
  readonly select: (ref: SelectionRef | null, from: string) => void;
  readonly setParam: (key: string, value: string | null) => void;
  readonly setHover: (hover: { id: string; at: Point } | null) => void;
  /** The positions dragged so far, which a new drag adds to. */
  readonly dragged: Positions;
  /** The folded nodes opened (graph/aggregate.ts). */
  readonly open: ReadonlySet<string>;
}

export function useGraphEvents({ graph, select, setParam, setHover, dragged, open }: Inputs) {
  /** Opens a folded node (or folds an opened one back); the new picture is laid out afresh. */
  const toggleOpen = useCallback(
    (id: string) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      setParam('open', openParam(next));
      setParam('positions', null);
      setHover(null);
    },
    [open, setParam, setHover],
  );
  const showEgo = useCallback(
    (agency: string) => {
      setParam('graph', 'ego');
      setParam('ego', agency);
      setParam('positions', null);
      select({ kind: 'agency', id: agency }, 'graph');
    },
    [setParam, select],
  );
  const events = useMemo<AdapterEvents>(
    () => ({
      onTap: (target) => {
        if (!target) return select(null, 'graph');
        if (target.kind === 'edge') return select({ kind: 'edge', id: target.id }, 'graph');
        const node = graph.nodes.find((n) => n.id === target.id);
        if (node && isFoldedNode(node)) toggleOpen(node.id);
        else if (node) select({ kind: node.kind, id: node.id }, 'graph');
      },
      onDoubleTap: (id) => {
        if (graph.nodes.some((n) => n.id === id && n.kind === 'agency')) showEgo(id);
      },
      onHover: (id, at) => setHover(id && at ? { id, at } : null),
      onViewport: (view) =>
        Object.entries(viewportParams(view)).forEach(([key, value]) => setParam(key, value)),
      onDragEnd: (moved) => setParam('positions', draggedParam(new Map([...dragged, ...moved]))),
    }),
    [graph, select, showEgo, toggleOpen, setHover, setParam, dragged],
  );
  return { showEgo, toggleOpen, events };
}
