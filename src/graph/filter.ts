// Which nodes and edges a graph shows under the filters (sections, lead only, minimum workload,
// agency kinds, a minimum of shared items per coordination link) and within a focus. Filtered elements
// are hidden, not removed, so everything else keeps its place.
import type { AgencyKind } from '../notice/model.ts';
import { isLedLink } from './look.ts';
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
  /** Coordination links sharing fewer items than this are hidden: 1 shows them all. */
  readonly minShared: number;
  /** Only items due on or before this day (`YYYY-MM-DD`): links behind no such item are hidden, and
   *  items whose deadline has no date never count (see analysis/deadlines.ts). Null for all. */
  readonly dueBy: string | null;
}

export const NO_FILTER: GraphFilter = {
  sections: null,
  leadOnly: false,
  minLoad: 0,
  kinds: null,
  minShared: 1,
  dueBy: null,
};

export function isFiltering(filter: GraphFilter): boolean {
  return (
    filter.sections !== null ||
    filter.leadOnly ||
    filter.minLoad > 0 ||
    filter.kinds !== null ||
    filter.minShared > 1 ||
    filter.dueBy !== null
  );
}

function nodePasses(node: GraphNode, filter: GraphFilter): boolean {
  if (node.kind === 'agency')
    return (
      (node.load ?? 0) >= filter.minLoad && (!filter.kinds || filter.kinds.has(node.agencyKind ?? 'regional'))
    );
  if (!filter.sections) return true;
  return node.sectionOrdinal !== undefined && filter.sections.has(node.sectionOrdinal);
}

function edgePasses(
  edge: GraphEdge,
  filter: GraphFilter,
  itemSection: ReadonlyMap<string, number>,
  due: ReadonlySet<string> | null,
): boolean {
  if (due && !edge.items.some((item) => due.has(item))) return false;
  if (filter.leadOnly && edge.kind !== 'lead' && !(edge.kind === 'coordination' && isLedLink(edge)))
    return false;
  if (edge.kind === 'coordination' && edge.weight < filter.minShared) return false;
  // A coordination link has no task to be filtered by: it stays when one of its items is in a section shown.
  if (edge.kind === 'coordination' && filter.sections) {
    const shown = filter.sections;
    return edge.items.some((item) => shown.has(itemSection.get(item) ?? -1));
  }
  return true;
}

/** The ids shown. When a filter is on, an agency left with no edge is hidden too: a filtered picture
 *  shows who is involved in what remains. `keep` (the ego view's or the focus's agency) always stays;
 *  `scope` (a focus, see graph-focus.ts), when given, bounds what can be shown at all. `due` is the
 *  set of items due by `filter.dueBy` (analysis/deadlines.ts: itemsDueBy); under that filter a task
 *  with none of them is hidden too. */
export function visibleElements(
  graph: GraphData,
  filter: GraphFilter,
  itemSection: ReadonlyMap<string, number>,
  keep: string | null = null,
  scope: ReadonlySet<string> | null = null,
  due: ReadonlySet<string> = new Set(),
): Set<string> {
  const dueItems = filter.dueBy === null ? null : due;
  const inScope = (id: string) => !scope || scope.has(id);
  const nodes = new Set(
    graph.nodes.filter((n) => inScope(n.id) && (n.id === keep || nodePasses(n, filter))).map((n) => n.id),
  );
  const edges = graph.edges.filter(
    (e) =>
      inScope(e.id) &&
      nodes.has(e.source) &&
      nodes.has(e.target) &&
      edgePasses(e, filter, itemSection, dueItems),
  );
  const visible = new Set<string>(edges.map((e) => e.id));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const filtering = isFiltering(filter);
  const parents = new Set(graph.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  for (const node of graph.nodes) {
    if (!nodes.has(node.id)) continue;
    if (node.kind === 'agency' && filtering && !linked.has(node.id) && node.id !== keep) continue;
    // Under "due by", a task (a folded section, a project) behind no due item goes as well.
    if (dueItems && !linked.has(node.id) && !parents.has(node.id)) continue;
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
