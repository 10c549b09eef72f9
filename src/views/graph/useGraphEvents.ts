// What taps and hovers on the graph do: select what was tapped (everywhere: the selection is shared),
// open an agency's ego view on a double tap, follow the pointer for the tooltip.
import { useCallback, useMemo } from 'react';
import type { SelectionRef } from '../../app/url-state.ts';
import type { Point } from '../../graph/layout-types.ts';
import type { GraphData } from '../../graph/network.ts';
import type { AdapterEvents } from './cy-adapter.ts';

interface Inputs {
  readonly graph: GraphData;
  readonly select: (ref: SelectionRef | null, from: string) => void;
  readonly setParam: (key: string, value: string | null) => void;
  readonly setHover: (hover: { id: string; at: Point } | null) => void;
}

export function useGraphEvents({ graph, select, setParam, setHover }: Inputs) {
  const showEgo = useCallback(
    (agency: string) => {
      setParam('graph', 'ego');
      setParam('ego', agency);
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
        if (node) select({ kind: node.kind, id: node.id }, 'graph');
      },
      onDoubleTap: (id) => {
        if (graph.nodes.some((n) => n.id === id && n.kind === 'agency')) showEgo(id);
      },
      onHover: (id, at) => setHover(id && at ? { id, at } : null),
    }),
    [graph, select, showEgo, setHover],
  );
  return { showEgo, events };
}
