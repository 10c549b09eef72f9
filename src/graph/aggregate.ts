// Aggregation for large graphs: tasks folded into their sections. Each (agency, section, role) keeps
// every item behind it, so a folded graph still traces each edge to its sentences: it is coarser, not
// poorer.
import type { ItemId } from '../notice/model.ts';
import type { EdgeKind, GraphData, GraphEdge, GraphNode } from './network.ts';

export function foldTasks(graph: GraphData): GraphData {
  const sectionOf = new Map<string, string>();
  for (const node of graph.nodes)
    if (node.kind === 'task' && node.parent) sectionOf.set(node.id, node.parent);
  // Nothing to fold (a coordination graph, or tasks outside sections): the graph is returned as it is.
  if (sectionOf.size === 0) return graph;
  const nodes: GraphNode[] = graph.nodes.filter((n) => !sectionOf.has(n.id));
  const merged = new Map<string, { source: string; target: string; kind: EdgeKind; items: Set<ItemId> }>();
  for (const edge of graph.edges) {
    const source = sectionOf.get(edge.source) ?? edge.source;
    const target = sectionOf.get(edge.target) ?? edge.target;
    const id = `${edge.kind}:${source}→${target}`;
    const into = merged.get(id) ?? { source, target, kind: edge.kind, items: new Set<ItemId>() };
    edge.items.forEach((item) => into.items.add(item));
    merged.set(id, into);
  }
  const edges: GraphEdge[] = [...merged].map(([id, e]) => ({
    id,
    source: e.source,
    target: e.target,
    kind: e.kind,
    items: [...e.items],
    weight: e.items.size,
  }));
  return { nodes, edges };
}

/** Folding pays off once a graph has more tasks than a screen can label. */
export const FOLD_TASKS_ABOVE = 400;

export function shouldFold(graph: GraphData): boolean {
  return graph.nodes.filter((n) => n.kind === 'task').length > FOLD_TASKS_ABOVE;
}
