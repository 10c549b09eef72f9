// Aggregation for large networks. Over AGGREGATE_ABOVE nodes a network cannot be read (nor drawn
// quickly): tasks are folded into their sections and, if that is not enough, agencies into their
// coordination blocs (analysis/blocs.ts). A folded node lists its members and every folded edge keeps
// every item behind it, so the picture is coarser, not poorer: each line still traces to its
// sentences. The user opens folded nodes one at a time (`open`), or unfolds the whole network.
import type { ItemId } from '../notice/model.ts';
import type { EdgeKind, GraphData, GraphEdge, GraphNode } from './network.ts';

/** Above this many nodes the network is folded: about what a screen can label. */
export const AGGREGATE_ABOVE = 300;

/** The id of a bloc's folded node. */
export const blocNodeId = (bloc: number): string => `bloc:${bloc}`;

export const isFoldedNode = (node: GraphNode): boolean => node.members !== undefined;

/** Edges whose ends were merged: one per (kind, source, target), holding every item of the edges it
 *  stands for. Edges that end up on one node (partners in the same bloc) are dropped: the node holds
 *  them. Coordination links are undirected in meaning, so they merge across both directions. */
function mergeEdges(edges: readonly GraphEdge[], into: (id: string) => string): GraphEdge[] {
  const merged = new Map<
    string,
    { source: string; target: string; kind: EdgeKind; items: Set<ItemId>; lead: number; layer?: 'project' }
  >();
  for (const edge of edges) {
    let source = into(edge.source);
    let target = into(edge.target);
    if (source === target) continue;
    let lead = edge.leadItems ?? 0;
    if (edge.kind === 'coordination' && target < source) {
      [source, target] = [target, source];
      lead = edge.items.length - lead;
    }
    const id = `${edge.kind}:${source}→${target}`;
    const entry = merged.get(id) ?? {
      source,
      target,
      kind: edge.kind,
      items: new Set<ItemId>(),
      lead: 0,
      ...(edge.layer ? { layer: edge.layer } : {}),
    };
    edge.items.forEach((item) => entry.items.add(item));
    entry.lead += lead;
    merged.set(id, entry);
  }
  return [...merged].map(([id, e]) => {
    const weight = e.items.size;
    // A merged coordination link points from the side that leads more of its items, as the unmerged do.
    const reversed = e.kind === 'coordination' && e.lead < weight - e.lead;
    return {
      id,
      source: reversed ? e.target : e.source,
      target: reversed ? e.source : e.target,
      kind: e.kind,
      items: [...e.items],
      weight,
      ...(e.kind === 'coordination'
        ? { leadItems: Math.min(weight, reversed ? weight - e.lead : e.lead) }
        : {}),
      ...(e.layer ? { layer: e.layer } : {}),
    };
  });
}

/** Tasks folded into their sections, but for the sections in `open`. */
export function foldTasks(graph: GraphData, open: ReadonlySet<string> = new Set()): GraphData {
  const sectionOf = new Map<string, string>();
  for (const node of graph.nodes)
    if (node.kind === 'task' && node.parent && !open.has(node.parent)) sectionOf.set(node.id, node.parent);
  // Nothing to fold (a coordination graph, or tasks outside sections): the graph is returned as it is.
  if (sectionOf.size === 0) return graph;
  const members = new Map<string, string[]>();
  for (const [task, section] of sectionOf) members.set(section, [...(members.get(section) ?? []), task]);
  const nodes: GraphNode[] = graph.nodes
    .filter((n) => !sectionOf.has(n.id))
    .map((n) => (members.has(n.id) ? { ...n, members: members.get(n.id) ?? [] } : n));
  return { nodes, edges: mergeEdges(graph.edges, (id) => sectionOf.get(id) ?? id) };
}

/** A bloc's node: drawn as an agency, named by its heaviest member, carrying the members' workloads. */
function blocNode(bloc: number, members: readonly GraphNode[]): GraphNode {
  const heaviest = members.reduce((a, b) => ((b.load ?? 0) > (a.load ?? 0) ? b : a));
  const sum = (pick: (n: GraphNode) => number | undefined) => members.reduce((s, n) => s + (pick(n) ?? 0), 0);
  return {
    id: blocNodeId(bloc),
    kind: 'agency',
    // Language-neutral: the label is the notice's name plus a count, in either interface language.
    label: `${heaviest.label} +${members.length - 1}`,
    name: heaviest.name,
    ...(heaviest.agencyKind ? { agencyKind: heaviest.agencyKind } : {}),
    led: sum((n) => n.led),
    joined: sum((n) => n.joined),
    load: sum((n) => n.load),
    members: members.map((n) => n.id),
  };
}

/** Agencies folded into their blocs, but for the blocs in `open` (by node id, `bloc:3`). Agencies in no
 *  bloc (collective actors) and blocs of one agency stay as they are. */
export function foldAgencies(
  graph: GraphData,
  blocOf: ReadonlyMap<string, number>,
  open: ReadonlySet<string> = new Set(),
): GraphData {
  const byBloc = new Map<number, GraphNode[]>();
  for (const node of graph.nodes) {
    const bloc = node.kind === 'agency' ? blocOf.get(node.id) : undefined;
    if (bloc === undefined || open.has(blocNodeId(bloc))) continue;
    byBloc.set(bloc, [...(byBloc.get(bloc) ?? []), node]);
  }
  const into = new Map<string, string>();
  for (const [bloc, members] of byBloc)
    if (members.length > 1) for (const node of members) into.set(node.id, blocNodeId(bloc));
  if (into.size === 0) return graph;
  const nodes: GraphNode[] = [];
  const placed = new Set<string>();
  // Each bloc's node where its first member stood, so the order of the nodes stays the model's.
  for (const node of graph.nodes) {
    const bloc = into.get(node.id);
    if (bloc === undefined) nodes.push(node);
    else if (!placed.has(bloc)) {
      placed.add(bloc);
      nodes.push(blocNode(blocOf.get(node.id) as number, byBloc.get(blocOf.get(node.id) as number) ?? []));
    }
  }
  return { nodes, edges: mergeEdges(graph.edges, (id) => into.get(id) ?? id) };
}

export type FoldSetting = 'auto' | 'on' | 'off';

/** Whether `aggregateNetwork` would fold agencies into blocs, known without finding the blocs (a
 *  Louvain run, which a view can then do on a task of its own). */
export function foldsAgencies(
  full: GraphData,
  options: { readonly fold: FoldSetting; readonly open?: ReadonlySet<string>; readonly limit?: number },
): boolean {
  const { fold, open = new Set(), limit = AGGREGATE_ABOVE } = options;
  if (fold === 'off') return false;
  if (fold === 'auto' && full.nodes.length <= limit) return false;
  const folded = full.nodes.filter((n) => n.kind === 'task' && n.parent && !open.has(n.parent)).length;
  return full.nodes.length - folded > limit;
}

export interface Aggregation {
  readonly graph: GraphData;
  /** Sections drawn with their tasks folded in, and the tasks folded into them. */
  readonly sections: number;
  readonly tasks: number;
  /** Bloc nodes drawn, and the agencies folded into them. */
  readonly blocs: number;
  readonly agencies: number;
}

/** The network as it can be read: as it is up to `limit` nodes (or when folding is off); over it, tasks
 *  folded into sections, and if still over, agencies into blocs (`blocOf`, asked for only then, since
 *  finding blocs costs a Louvain run). `fold: 'on'` folds the tasks whatever the size. Nodes in `open`
 *  stay unfolded. */
export function aggregateNetwork(
  full: GraphData,
  options: {
    readonly fold: FoldSetting;
    readonly open?: ReadonlySet<string>;
    readonly blocOf?: () => ReadonlyMap<string, number>;
    readonly limit?: number;
  },
): Aggregation {
  const { fold, open = new Set(), limit = AGGREGATE_ABOVE } = options;
  let graph = full;
  if (fold === 'on' || (fold === 'auto' && graph.nodes.length > limit)) graph = foldTasks(graph, open);
  if (fold !== 'off' && graph.nodes.length > limit && options.blocOf)
    graph = foldAgencies(graph, options.blocOf(), open);
  const folded = (kind: GraphNode['kind']) => graph.nodes.filter((n) => n.kind === kind && isFoldedNode(n));
  const members = (nodes: readonly GraphNode[]) => nodes.reduce((s, n) => s + (n.members?.length ?? 0), 0);
  const [sections, blocs] = [folded('section'), folded('agency')];
  return {
    graph,
    sections: sections.length,
    tasks: members(sections),
    blocs: blocs.length,
    agencies: members(blocs),
  };
}
