// The layered layout, read top to bottom: sections side by side, each with its tasks stacked in document
// order, and the agencies in rows beneath, each below the tasks it works on (the barycentre of its
// edges), staggered over a few rows so that long names do not collide.
import { agencyPulls, type LayoutInput, type Point, type Positions, type Size } from './layout-types.ts';
import type { GraphNode } from './network.ts';

const TASK_GAP = 10;
const COLUMN_GAP = 44;
const BAND_GAP = 130;
const ROW_GAP = 18;

const sizeOf = (input: LayoutInput, id: string): Size => input.sizes.get(id) ?? { width: 40, height: 40 };

/** Tasks (or folded sections) grouped into columns by section, in document order. */
function columns(input: LayoutInput): GraphNode[][] {
  const groups = new Map<string, GraphNode[]>();
  for (const node of input.graph.nodes) {
    if (node.kind === 'agency' || !input.sizes.has(node.id)) continue;
    // Folded sections (leaves) share one row; tasks outside any section get a column of their own.
    const key = node.kind === 'section' ? 'sections' : (node.parent ?? 'loose');
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const folded = groups.get('sections');
  groups.delete('sections');
  const result = [...groups.values()];
  return folded ? [...result, ...folded.map((n) => [n])] : result;
}

function placeColumns(input: LayoutInput, placed: Map<string, Point>): { width: number; bottom: number } {
  let x = 0;
  let bottom = 0;
  for (const column of columns(input)) {
    const width = Math.max(...column.map((n) => sizeOf(input, n.id).width));
    let y = 0;
    for (const node of column) {
      const size = sizeOf(input, node.id);
      placed.set(node.id, { x: x + width / 2, y: y + size.height / 2 });
      y += size.height + TASK_GAP;
    }
    bottom = Math.max(bottom, y - TASK_GAP);
    x += width + COLUMN_GAP;
  }
  return { width: Math.max(0, x - COLUMN_GAP), bottom };
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

export function layeredLayout(input: LayoutInput): Positions {
  const placed = new Map<string, Point>();
  const band = placeColumns(input, placed);
  const pulls = agencyPulls(input.graph);
  const agencies = input.graph.nodes.filter((n) => n.kind === 'agency' && input.sizes.has(n.id));
  if (agencies.length === 0) return placed;
  // Agencies with no task sit at the right end, heaviest first.
  const key = new Map(agencies.map((n) => [n.id, barycentre(pulls.get(n.id), placed) ?? Infinity]));
  const ordered = [...agencies].sort(
    (a, b) => (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0) || (b.load ?? 0) - (a.load ?? 0),
  );
  const widest = Math.max(...ordered.map((n) => sizeOf(input, n.id).width));
  const tallest = Math.max(...ordered.map((n) => sizeOf(input, n.id).height));
  const width = Math.max(band.width, ordered.length * 36);
  const slot = width / ordered.length;
  const rows = Math.min(5, Math.max(1, Math.ceil((widest + 8) / slot)));
  const top = (band.bottom > 0 ? band.bottom + BAND_GAP : 0) + tallest / 2;
  ordered.forEach((node, i) => {
    placed.set(node.id, { x: slot * (i + 0.5), y: top + (i % rows) * (tallest + ROW_GAP) * 0.75 });
  });
  return placed;
}
