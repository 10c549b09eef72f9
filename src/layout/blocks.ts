// Sections as rigid blocks for the force-directed layout. Laid out freely, a section's tasks are pulled
// apart by their agencies and the section boxes sprawl over one another. Instead each section's tasks
// are set in a compact grid (document order, row by row), the force layout places whole blocks among
// the agencies, and the grid is then put back inside each block: boxes never overlap, and a task is
// always found where its section is.
import { COMPOUND_PADDING } from '../graph/geometry.ts';
import { LINE_HEIGHT, textWidth } from '../graph/label-text.ts';
import { SECTION_FONT } from '../graph/look.ts';
import type { Point, Positions, Size } from '../graph/positions.ts';
import type { EdgeKind, GraphData, GraphNode } from '../graph/network.ts';

export interface Block {
  /** The section's id. */
  readonly id: string;
  /** Room the block takes in the layout: its tasks, padding and its title above. */
  readonly size: Size;
  /** Each task's place relative to the block's centre. */
  readonly offsets: ReadonlyMap<string, Point>;
}

const GAP = 8;
const TITLE = SECTION_FONT * LINE_HEIGHT + 6;

/** Tasks wider than tall fill a squarish block with fewer columns than rows. */
function columnsFor(count: number): number {
  return Math.max(1, Math.round(Math.sqrt(count * 0.55)));
}

function block(section: GraphNode, tasks: readonly GraphNode[], sizes: ReadonlyMap<string, Size>): Block {
  const columns = columnsFor(tasks.length);
  const rows = Math.ceil(tasks.length / columns);
  const cellW = Math.max(...tasks.map((t) => sizes.get(t.id)?.width ?? 40));
  const cellH = Math.max(...tasks.map((t) => sizes.get(t.id)?.height ?? 30));
  const gridW = columns * cellW + (columns - 1) * GAP;
  const gridH = rows * cellH + (rows - 1) * GAP;
  const offsets = new Map<string, Point>();
  tasks.forEach((task, i) => {
    const column = i % columns;
    const row = Math.floor(i / columns);
    offsets.set(task.id, {
      x: -gridW / 2 + cellW / 2 + column * (cellW + GAP),
      // The title sits above the box: push the grid down by half of it, so the block's centre is the
      // centre of title and box together.
      y: -gridH / 2 + cellH / 2 + row * (cellH + GAP) + TITLE / 2,
    });
  });
  const titleW = textWidth(section.label, SECTION_FONT);
  return {
    id: section.id,
    size: {
      width: Math.max(gridW + 2 * COMPOUND_PADDING, titleW + 8),
      height: gridH + 2 * COMPOUND_PADDING + TITLE,
    },
    offsets,
  };
}

/** A block for every section that holds tasks. */
export function sectionBlocks(graph: GraphData, sizes: ReadonlyMap<string, Size>): Block[] {
  const children = new Map<string, GraphNode[]>();
  for (const node of graph.nodes)
    if (node.parent) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  return graph.nodes
    .filter((n) => children.has(n.id))
    .map((section) => block(section, children.get(section.id) as GraphNode[], sizes));
}

/** The graph the force layout sees: blocks instead of sections and their tasks, one edge per
 *  (agency, block) carrying the strongest role and the total weight. */
export function blockGraph(graph: GraphData, blocks: readonly Block[]): GraphData {
  const blockOf = new Map<string, string>();
  for (const b of blocks) for (const task of b.offsets.keys()) blockOf.set(task, b.id);
  // Section nodes stay, as the blocks; their tasks go.
  const nodes = graph.nodes.filter((n) => !blockOf.has(n.id)).map(({ parent: _parent, ...n }) => n);
  const rank: Record<EdgeKind, number> = { lead: 3, responsible: 2, cooperate: 1, coordination: 0 };
  const merged = new Map<string, { source: string; target: string; kind: EdgeKind; weight: number }>();
  for (const e of graph.edges) {
    const source = blockOf.get(e.source) ?? e.source;
    const target = blockOf.get(e.target) ?? e.target;
    const key = `${source}\u0000${target}`;
    const into = merged.get(key) ?? { source, target, kind: e.kind, weight: 0 };
    if (rank[e.kind] > rank[into.kind]) into.kind = e.kind;
    into.weight += e.weight;
    merged.set(key, into);
  }
  const edges = [...merged].map(([id, e]) => ({ id, ...e, items: [] }));
  return { nodes, edges };
}

/** Task positions from block positions; everything else as placed. */
export function expandBlocks(placed: Positions, blocks: readonly Block[]): Map<string, Point> {
  const positions = new Map<string, Point>();
  const blockIds = new Set(blocks.map((b) => b.id));
  for (const [id, p] of placed) if (!blockIds.has(id)) positions.set(id, p);
  for (const b of blocks) {
    const centre = placed.get(b.id);
    if (!centre) continue;
    for (const [task, offset] of b.offsets)
      positions.set(task, { x: centre.x + offset.x, y: centre.y + offset.y });
  }
  return positions;
}

/** Block centres round a ring, in document order clockwise from the top, each taking an arc as wide as
 *  it is; the ring leaves `hubArea` (px²) inside for the agencies that work across sections. The ring
 *  is an ellipse `aspect` times as wide as high, to fill a landscape screen. */
export function blockRing(blocks: readonly Block[], hubArea: number, aspect = 1.4): Map<string, Point> {
  const extent = (b: Block) => Math.hypot(b.size.width, b.size.height) * 0.8 + 30;
  const circumference = blocks.reduce((sum, b) => sum + extent(b), 0);
  // Discs with names do not pack tightly: allow them half as much room again as they cover.
  const inner = Math.sqrt((hubArea * 1.5) / Math.PI);
  const radius = Math.max(
    circumference / (2 * Math.PI),
    inner + Math.max(...blocks.map((b) => b.size.height)) / 2,
  );
  const ring = new Map<string, Point>();
  let at = -Math.PI / 2;
  for (const b of blocks) {
    const arc = (extent(b) / circumference) * 2 * Math.PI;
    const angle = at + arc / 2;
    ring.set(b.id, {
      x: Math.round(radius * Math.sqrt(aspect) * Math.cos(angle)),
      y: Math.round((radius / Math.sqrt(aspect)) * Math.sin(angle)),
    });
    at += arc;
  }
  return ring;
}
