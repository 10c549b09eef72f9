// A force-directed layout job as plain data, so it can be posted to the layout worker, and its key
// for the position cache. Built from the graph and its look; no renderer involved.
import { footprint, type GraphLook } from '../graph/look.ts';
import { blockGraph, blockRing, sectionBlocks, type Block } from './blocks.ts';
import { leafIds, type Size } from './layout-input.ts';
import type { GraphData, GraphEdge } from '../graph/network.ts';

export interface LayoutJobNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

export interface LayoutJobEdge {
  readonly source: string;
  readonly target: string;
  /** Ideal length: a lead pulls its task closer than a cooperating agency does. */
  readonly length: number;
  /** Spring strength. */
  readonly elasticity: number;
}

export type LayoutQuality = 'proof' | 'default' | 'draft';

export interface LayoutJob {
  readonly nodes: readonly LayoutJobNode[];
  readonly edges: readonly LayoutJobEdge[];
  readonly quality: LayoutQuality;
  /** Nodes held in place while the rest settle round them. */
  readonly fixed: readonly { readonly id: string; readonly x: number; readonly y: number }[];
}

/** Positions as posted back: id → [x, y]. */
export type PositionRecord = Readonly<Record<string, readonly [number, number]>>;

function idealLength(edge: GraphEdge): number {
  // The more items behind a link, the closer its ends sit.
  const closer = 14 * Math.log2(Math.max(1, edge.weight));
  if (edge.kind === 'lead') return Math.max(40, 70 - closer);
  if (edge.kind === 'responsible') return Math.max(50, 95 - closer);
  if (edge.kind === 'cooperate') return Math.max(60, 125 - closer);
  return Math.max(60, 120 - 2 * closer);
}

/** fcose takes 0.3 s at 150 nodes with the best quality and 7–12 s at 1,000: past a few hundred
 *  nodes its faster settings keep the wait short. */
export function qualityFor(nodeCount: number): LayoutQuality {
  if (nodeCount <= 400) return 'proof';
  if (nodeCount <= 1200) return 'default';
  return 'draft';
}

/** fcose's spring strength (its default is 0.45), before dividing by the busier end's degree. */
const ELASTICITY = 0.2;

export interface PreparedLayout {
  readonly job: LayoutJob;
  /** Sections laid out as blocks; their tasks are put back from these (expandBlocks). */
  readonly blocks: readonly Block[];
}

/** The spring on one edge. `degree` is the number of links of the edge's less linked end (in practice
 *  the agency): an agency's springs share one strength between them, so a hub is not yanked about,
 *  and an agency with one or two links hugs what it works on rather than drifting off the picture. */
function jobEdge(edge: GraphEdge, degree: number): LayoutJobEdge {
  const length = idealLength(edge) * (degree <= 2 ? 0.5 : 1);
  const elasticity = Math.round((ELASTICITY / degree) * 1e4) / 1e4;
  return { source: edge.source, target: edge.target, length, elasticity };
}

/** The force layout's job: sections as rigid blocks (see layout-blocks.ts) held round a ring in
 *  document order, agencies free to settle among them; an ego view's agency held in the middle. */
export function prepareLayout(
  graph: GraphData,
  look: GraphLook,
  centre: string | null = null,
): PreparedLayout {
  const sizes = new Map<string, Size>();
  for (const id of leafIds(graph)) {
    const node = look.nodes.get(id);
    if (node) sizes.set(id, footprint(node));
  }
  const blocks = sectionBlocks(graph, sizes);
  blocks.forEach((b) => sizes.set(b.id, b.size));
  const reduced = blocks.length > 0 ? blockGraph(graph, blocks) : graph;
  const nodes = reduced.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? { width: 40, height: 40 }) }));
  const degree = new Map<string, number>();
  for (const e of reduced.edges)
    for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const edges = reduced.edges.map((e) =>
    jobEdge(e, Math.min(degree.get(e.source) ?? 1, degree.get(e.target) ?? 1)),
  );
  // Agencies linked to three or more sections settle inside the ring; the ring leaves them room.
  const hubArea = reduced.nodes
    .filter((n) => n.kind === 'agency' && (degree.get(n.id) ?? 0) >= 3)
    .reduce((sum, n) => sum + (sizes.get(n.id)?.width ?? 40) * (sizes.get(n.id)?.height ?? 40), 0);
  // With fewer than three sections a ring has no shape to give: let the force place them too.
  const fixed = blocks.length >= 3 ? [...blockRing(blocks, hubArea)].map(([id, p]) => ({ id, ...p })) : [];
  if (centre && sizes.has(centre)) fixed.push({ id: centre, x: 0, y: 0 });
  return { job: { nodes, edges, quality: qualityFor(nodes.length), fixed }, blocks };
}

/** FNV-1a over the job's text: equal jobs share cached positions. */
export function jobKey(job: LayoutJob): string {
  const text = JSON.stringify(job);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${text.length}`;
}
