// The layered layout, read top to bottom: sections side by side, each with its tasks stacked in document
// order, and the agencies in rows beneath by load — the heaviest nearest the tasks, so that most edges
// are short and cross no other row — each as near as it can stand below the tasks it works on (the
// barycentre of its edges). Sections and agency rows share one width, chosen so that the picture has
// the shape of a landscape screen. The project layer, when on, takes a band beneath the agencies.
import { SECTION_FONT } from '../graph/look.ts';
import { textWidth } from '../graph/label-text.ts';
import { agencyPulls, type LayoutInput, type Point, type Positions, type Size } from './layout-input.ts';
import type { GraphNode } from '../graph/network.ts';
import { placeProjectsBelow } from './project-places.ts';

const TASK_GAP = 8;
const COLUMN_GAP = 36;
const BAND_GAP = 120;
const LABEL_GAP = 12;
const ROW_GAP = 14;
const ASPECT = 1.6;
/** A row of agencies takes at most this share of the width, leaving room to stand under their tasks. */
const ROW_FILL = 0.78;
/** The widest a section's title may make its column; a longer title finds its own room above. */
const TITLE_ROOM = SECTION_FONT * 18;
/** Rows of agencies at most, before the picture widens instead. */
const MAX_ROWS = 6;

const sizeOf = (input: LayoutInput, id: string): Size => input.sizes.get(id) ?? { width: 40, height: 40 };

interface Column {
  readonly nodes: readonly GraphNode[];
  /** Wide enough for its tasks and for its section's title above them. */
  readonly width: number;
}

/** Tasks (or folded sections) grouped into columns by section, in document order. */
function columns(input: LayoutInput): Column[] {
  const groups = new Map<string, GraphNode[]>();
  for (const node of input.graph.nodes) {
    if (node.kind === 'agency' || node.kind === 'project' || !input.sizes.has(node.id)) continue;
    // Folded sections (leaves) stand alone; tasks outside any section share a column.
    const key = node.kind === 'section' ? node.id : (node.parent ?? 'loose');
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const titles = new Map(input.graph.nodes.map((n) => [n.id, n.label]));
  return [...groups].map(([key, nodes]) => ({
    nodes,
    width: Math.max(
      ...nodes.map((n) => sizeOf(input, n.id).width),
      nodes[0]?.kind === 'task' && titles.has(key)
        ? Math.min(textWidth(titles.get(key) ?? '', SECTION_FONT), TITLE_ROOM) - COLUMN_GAP + 12
        : 0,
    ),
  }));
}

function barycentre(pulls: ReadonlyMap<string, number> | undefined, placed: Positions): number | null {
  let sum = 0;
  let weight = 0;
  for (const [task, w] of pulls ?? []) {
    const p = placed.get(task);
    if (!p) continue;
    sum += w * p.x;
    weight += w;
  }
  return weight > 0 ? sum / weight : null;
}

/** Places the columns across `width`, spreading the spare room between them; returns the band's height. */
function placeColumns(
  input: LayoutInput,
  cols: readonly Column[],
  width: number,
  placed: Map<string, Point>,
): number {
  const natural = cols.reduce((sum, c) => sum + c.width, 0);
  const gap = cols.length > 1 ? Math.max(COLUMN_GAP, (width - natural) / (cols.length - 1)) : 0;
  let x = cols.length > 1 ? 0 : width / 2 - (cols[0]?.width ?? 0) / 2;
  let bottom = 0;
  for (const column of cols) {
    let y = 0;
    for (const node of column.nodes) {
      const { height } = sizeOf(input, node.id);
      placed.set(node.id, { x: x + column.width / 2, y: y + height / 2 });
      y += height + TASK_GAP;
    }
    bottom = Math.max(bottom, y - TASK_GAP);
    x += column.width + gap;
  }
  return bottom;
}

/** Agencies in rows by load, heaviest first: the busiest agencies, whose edges are most of the
 *  picture, stand nearest the tasks. As few rows as fit `fill` of the width each, then evened out, so
 *  the last row is not one straggler. */
function tiers(ordered: readonly GraphNode[], input: LayoutInput, width: number): GraphNode[][] {
  const room = (n: GraphNode) => sizeOf(input, n.id).width + LABEL_GAP;
  const fill = (capacity: number, slack: (n: GraphNode) => number) => {
    const rows: GraphNode[][] = [];
    let used = Infinity;
    for (const node of ordered) {
      if (used + room(node) > capacity + slack(node)) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1]?.push(node);
      used += room(node);
    }
    return rows;
  };
  const count = fill(width * ROW_FILL, () => 0).length;
  if (count <= 1) return fill(width * ROW_FILL, () => 0);
  const total = ordered.reduce((sum, n) => sum + room(n), 0);
  const even = fill(total / count, (n) => room(n) / 2);
  const fits = even.every((row) => row.reduce((sum, n) => sum + room(n), 0) <= width);
  return fits && even.length <= count ? even : fill(width * ROW_FILL, () => 0);
}

const rowHeight = (input: LayoutInput, row: readonly GraphNode[]) =>
  Math.max(0, ...row.map((n) => sizeOf(input, n.id).height));

/** x for each node of a row: as near its wanted x as the others allow, none touching, all within
 *  [0, width] (a pass each way pushes apart, then pulls back inside). */
function spread(
  input: LayoutInput,
  row: readonly { node: GraphNode; want: number }[],
  width: number,
): number[] {
  const half = row.map(({ node }) => sizeOf(input, node.id).width / 2);
  const xs = row.map((r) => r.want);
  const gap = (i: number) => (half[i - 1] ?? 0) + (half[i] ?? 0) + LABEL_GAP;
  for (let i = 0; i < xs.length; i++)
    xs[i] = i === 0 ? Math.max(xs[0] ?? 0, half[0] ?? 0) : Math.max(xs[i] ?? 0, (xs[i - 1] ?? 0) + gap(i));
  for (let i = xs.length - 1; i >= 0; i--) {
    const limit = i === xs.length - 1 ? width - (half[i] ?? 0) : (xs[i + 1] ?? 0) - gap(i + 1);
    xs[i] = Math.min(xs[i] ?? 0, limit);
  }
  return xs;
}

export function layeredLayout(input: LayoutInput): Positions {
  const cols = columns(input);
  const agencies = input.graph.nodes.filter((n) => n.kind === 'agency' && input.sizes.has(n.id));
  const columnsWidth = cols.reduce((sum, c) => sum + c.width, 0) + Math.max(0, cols.length - 1) * COLUMN_GAP;
  const placed = new Map<string, Point>();
  const bandHeight = placeColumns(input, cols, columnsWidth, placed);
  const byLoad = [...agencies].sort((a, b) => (b.load ?? 0) - (a.load ?? 0));
  const agencyWidth = byLoad.reduce((sum, n) => sum + sizeOf(input, n.id).width + LABEL_GAP, 0);
  const widest = Math.max(0, ...byLoad.map((n) => sizeOf(input, n.id).width + LABEL_GAP));
  // Choose the width that gives the picture a screen's shape.
  const base = Math.max(columnsWidth, widest / ROW_FILL, agencyWidth / MAX_ROWS / ROW_FILL);
  let best = { width: base, rows: tiers(byLoad, input, base), score: Infinity };
  for (let step = 0; step <= 16; step++) {
    const width = base * (1 + step * 0.1);
    const rows = tiers(byLoad, input, width);
    const height =
      bandHeight +
      (bandHeight > 0 ? BAND_GAP : 0) +
      rows.reduce((h, r) => h + rowHeight(input, r) + ROW_GAP, 0);
    const score = Math.abs(Math.log(width / Math.max(1, height) / ASPECT));
    if (score < best.score - 1e-9) best = { width, rows, score };
  }
  placed.clear();
  const bottom = placeColumns(input, cols, best.width, placed);
  const pulls = agencyPulls(input.graph);
  let y = bottom > 0 ? bottom + BAND_GAP : 0;
  for (const row of best.rows) {
    // Each under the tasks it works on; one with none (a coordination network) in load order.
    const wanted = row
      .map((node, i) => ({
        node,
        want: barycentre(pulls.get(node.id), placed) ?? (best.width * (i + 0.5)) / row.length,
      }))
      .sort((a, b) => a.want - b.want || (b.node.load ?? 0) - (a.node.load ?? 0));
    const xs = spread(input, wanted, best.width);
    const height = rowHeight(input, row);
    wanted.forEach(({ node }, i) => placed.set(node.id, { x: xs[i] ?? 0, y: y + height / 2 }));
    y += height + ROW_GAP;
  }
  placeProjectsBelow(input, placed, y - ROW_GAP, best.width);
  return placed;
}
