// The layered layout, read top to bottom: sections side by side, each with its tasks stacked in document
// order, and the agencies in rows beneath, each below the tasks it works on (the barycentre of its
// edges), staggered over a few rows so that long names do not collide. Sections and agency rows share
// one width, chosen so that the picture has the shape of a landscape screen. The project layer, when on,
// takes a band beneath the agencies.
import { SECTION_FONT } from '../graph/look.ts';
import { textWidth } from '../graph/label-text.ts';
import { agencyPulls, type LayoutInput, type Point, type Positions, type Size } from './layout-input.ts';
import type { GraphNode } from '../graph/network.ts';
import { placeProjectsBelow } from './project-places.ts';

const TASK_GAP = 8;
const COLUMN_GAP = 36;
const BAND_GAP = 120;
const LABEL_GAP = 12;
const ROW_GAP = 10;
const ASPECT = 1.6;

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
        ? textWidth(titles.get(key) ?? '', SECTION_FONT) * 0.75
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

/** The narrowest slot at which agencies `rows` apart (the same row) do not touch. */
function slotFor(widths: readonly number[], rows: number): number {
  let slot = 24;
  for (let i = 0; i + rows < widths.length; i++)
    slot = Math.max(slot, ((widths[i] ?? 0) + (widths[i + rows] ?? 0)) / 2 / rows + LABEL_GAP / rows);
  return slot;
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

export function layeredLayout(input: LayoutInput): Positions {
  const cols = columns(input);
  const agencies = input.graph.nodes.filter((n) => n.kind === 'agency' && input.sizes.has(n.id));
  const columnsWidth = cols.reduce((sum, c) => sum + c.width, 0) + Math.max(0, cols.length - 1) * COLUMN_GAP;
  const placed = new Map<string, Point>();
  // First pass: columns at their natural width, to order the agencies by where their tasks are.
  const bandHeight = placeColumns(input, cols, columnsWidth, placed);
  const pulls = agencyPulls(input.graph);
  const key = new Map(agencies.map((n) => [n.id, barycentre(pulls.get(n.id), placed) ?? Infinity]));
  const ordered = [...agencies].sort(
    (a, b) => (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0) || (b.load ?? 0) - (a.load ?? 0),
  );
  const widths = ordered.map((n) => sizeOf(input, n.id).width);
  const tallest = Math.max(0, ...ordered.map((n) => sizeOf(input, n.id).height));
  // Choose how many staggered rows give the picture a screen's shape.
  let best = { rows: 1, width: Math.max(columnsWidth, slotFor(widths, 1) * ordered.length), score: Infinity };
  for (let rows = 1; rows <= 5; rows++) {
    const width = Math.max(columnsWidth, slotFor(widths, rows) * ordered.length);
    const height = bandHeight + BAND_GAP + rows * (tallest + ROW_GAP);
    const score = Math.abs(Math.log(width / height / ASPECT));
    if (score < best.score) best = { rows, width, score };
  }
  placed.clear();
  const bottom = placeColumns(input, cols, best.width, placed);
  const slot = best.width / Math.max(1, ordered.length);
  const top = (bottom > 0 ? bottom + BAND_GAP : 0) + tallest / 2;
  ordered.forEach((node, i) => {
    placed.set(node.id, { x: slot * (i + 0.5), y: top + (i % best.rows) * (tallest + ROW_GAP) });
  });
  const agenciesBottom = top + (best.rows - 1) * (tallest + ROW_GAP) + tallest / 2;
  placeProjectsBelow(input, placed, agenciesBottom, best.width);
  return placed;
}
