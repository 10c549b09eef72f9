// Focus on one agency: the elements within a number of steps of it, everything else to be hidden.
// A step is agency to agency: in the agency–task network that is two hops (agency → task → agency), so
// one step shows the agency, its tasks and the partners on them; in the coordination network it is one.
import type { GraphData } from './network-data.ts';

export type FocusSteps = 1 | 2;

/** The nodes within `hops` edges of `centre`, with the edges between them (the induced subgraph) and
 *  the section boxes round the tasks kept. Empty when the centre is not in the graph. */
export function reachWithin(graph: GraphData, centre: string, hops: number): Set<string> {
  if (!graph.nodes.some((n) => n.id === centre)) return new Set();
  const keep = new Set<string>([centre]);
  let frontier = new Set<string>([centre]);
  for (let hop = 0; hop < hops && frontier.size > 0; hop++) {
    const next = new Set<string>();
    for (const e of graph.edges) {
      if (frontier.has(e.source) && !keep.has(e.target)) next.add(e.target);
      if (frontier.has(e.target) && !keep.has(e.source)) next.add(e.source);
    }
    next.forEach((id) => keep.add(id));
    frontier = next;
  }
  for (const n of graph.nodes) if (n.parent && keep.has(n.id)) keep.add(n.parent);
  for (const e of graph.edges) if (keep.has(e.source) && keep.has(e.target)) keep.add(e.id);
  return keep;
}

/** Hops per step: agencies meet directly in the coordination network, through a task elsewhere. */
export function hopsPerStep(graph: GraphData): 1 | 2 {
  return graph.edges.length > 0 && graph.edges.every((e) => e.kind === 'coordination') ? 1 : 2;
}

/** What focusing on `agency` shows, `steps` agencies away; null (show all) when it is not drawn. */
export function focusScope(graph: GraphData, agency: string, steps: FocusSteps): Set<string> | null {
  const scope = reachWithin(graph, agency, steps * hopsPerStep(graph));
  return scope.size > 0 ? scope : null;
}
