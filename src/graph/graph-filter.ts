// Which nodes and edges a graph shows under the filters (sections, lead only, minimum workload,
// agency kinds). Filtered elements are hidden, not removed, so everything else keeps its place.
import type { AgencyKind } from '../notice/model.ts';
import { isLedLink } from './graph-look.ts';
import type { GraphData, GraphEdge, GraphNode } from './network.ts';

export interface GraphFilter {
  /** Section ordinals shown; null for all. */
  readonly sections: ReadonlySet<number> | null;
  /** Only lead edges (and coordination links where one side leads: see isLedLink). */
  readonly leadOnly: boolean;
  /** Agencies below this load are hidden. */
  readonly minLoad: number;
  /** Agency kinds shown; null for all. */
  readonly kinds: ReadonlySet<AgencyKind> | null;
}

export const NO_FILTER: GraphFilter = { sections: null, leadOnly: false, minLoad: 0, kinds: null };

export function isFiltering(filter: GraphFilter): boolean {
  return filter.sections !== null || filter.leadOnly || filter.minLoad > 0 || filter.kinds !== null;
}

function nodePasses(node: GraphNode, filter: GraphFilter): boolean {
  if (node.kind === 'agency')
    return (
      (node.load ?? 0) >= filter.minLoad && (!filter.kinds || filter.kinds.has(node.agencyKind ?? 'regional'))
    );
  if (!filter.sections) return true;
  return node.sectionOrdinal !== undefined && filter.sections.has(node.sectionOrdinal);
}

function edgePasses(edge: GraphEdge, filter: GraphFilter, itemSection: ReadonlyMap<string, number>): boolean {
  if (filter.leadOnly && edge.kind !== 'lead' && !(edge.kind === 'coordination' && isLedLink(edge)))
    return false;
  // A coordination link has no task to be filtered by: it stays when one of its items is in a section shown.
  if (edge.kind === 'coordination' && filter.sections) {
    const shown = filter.sections;
    return edge.items.some((item) => shown.has(itemSection.get(item) ?? -1));
  }
  return true;
}

/** The ids shown. When a filter is on, an agency left with no edge is hidden too: a filtered picture
 *  shows who is involved in what remains. `keep` (the ego view's agency) always stays. */
export function visibleElements(
  graph: GraphData,
  filter: GraphFilter,
  itemSection: ReadonlyMap<string, number>,
  keep: string | null = null,
): Set<string> {
  const nodes = new Set(graph.nodes.filter((n) => n.id === keep || nodePasses(n, filter)).map((n) => n.id));
  const edges = graph.edges.filter(
    (e) => nodes.has(e.source) && nodes.has(e.target) && edgePasses(e, filter, itemSection),
  );
  const visible = new Set<string>(edges.map((e) => e.id));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const filtering = isFiltering(filter);
  for (const node of graph.nodes) {
    if (!nodes.has(node.id)) continue;
    if (node.kind === 'agency' && filtering && !linked.has(node.id) && node.id !== keep) continue;
    visible.add(node.id);
  }
  // A section box is shown exactly while one of its tasks is.
  const shownChildren = new Map<string, number>();
  for (const node of graph.nodes) {
    if (!node.parent) continue;
    shownChildren.set(node.parent, (shownChildren.get(node.parent) ?? 0) + (visible.has(node.id) ? 1 : 0));
  }
  for (const [parent, shown] of shownChildren) {
    if (shown > 0) visible.add(parent);
    else visible.delete(parent);
  }
  return visible;
}
