// What a layout is given and what it returns: the graph, the room each node needs, and a position for
// each leaf node (a compound section's box follows from its tasks).
import { bodyOffset, footprint, type GraphLook } from '../graph/look.ts';
import type { GraphData } from '../graph/network.ts';
import type { Point, Positions, Size } from '../graph/positions.ts';

export type { Point, Positions, Size };

export type LayoutName = 'fcose' | 'concentric' | 'layered' | 'circle';

export const LAYOUT_NAMES: readonly LayoutName[] = ['fcose', 'concentric', 'layered', 'circle'];

export interface LayoutInput {
  readonly graph: GraphData;
  /** Room for each leaf node, its label included. */
  readonly sizes: ReadonlyMap<string, Size>;
  /** The section each agency works in most: ring layouts keep an area's agencies together. */
  readonly agencySection: ReadonlyMap<string, number>;
}

/** Leaf nodes: everything but the sections that hold tasks. */
export function leafIds(graph: GraphData): string[] {
  const parents = new Set(graph.nodes.map((n) => n.parent).filter((p) => p !== undefined));
  return graph.nodes.filter((n) => !parents.has(n.id)).map((n) => n.id);
}

export function layoutInput(
  graph: GraphData,
  look: GraphLook,
  agencySection: ReadonlyMap<string, number>,
): LayoutInput {
  const sizes = new Map<string, Size>();
  for (const id of leafIds(graph)) {
    const node = look.nodes.get(id);
    if (node) sizes.set(id, footprint(node));
  }
  return { graph, sizes, agencySection };
}

/** Total weight of the edges between each agency and each task, lead edges counting double: the pull
 *  that places an agency near the tasks it is responsible for. */
export function agencyPulls(graph: GraphData): Map<string, Map<string, number>> {
  const pulls = new Map<string, Map<string, number>>();
  for (const e of graph.edges) {
    if (e.kind === 'coordination') continue;
    const byTask = pulls.get(e.source) ?? new Map<string, number>();
    byTask.set(e.target, (byTask.get(e.target) ?? 0) + e.weight * (e.kind === 'lead' ? 2 : 1));
    pulls.set(e.source, byTask);
  }
  return pulls;
}

/** Where each node's body goes, from where a layout put its footprint's centre. */
export function bodyPositions(centres: Positions, look: GraphLook): Map<string, Point> {
  const bodies = new Map<string, Point>();
  for (const [id, p] of centres) {
    const node = look.nodes.get(id);
    bodies.set(id, node ? { x: p.x, y: p.y + bodyOffset(node) } : p);
  }
  return bodies;
}
