// What the user can see right now, for "current view" exports: the graph nodes inside the stage at its
// zoom and pan, and the rows and columns of a scrolled chart inside its window. Pure.
import type { Positions } from '../../graph/positions.ts';

export interface StageViewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** Nodes whose centre lies on the stage: Cytoscape draws a model point at `point × zoom + pan`. */
export function nodesInViewport(
  positions: Positions,
  viewport: StageViewport,
  stage: { readonly width: number; readonly height: number },
): Set<string> {
  const { zoom, pan } = viewport;
  const x0 = -pan.x / zoom;
  const y0 = -pan.y / zoom;
  const x1 = (stage.width - pan.x) / zoom;
  const y1 = (stage.height - pan.y) / zoom;
  const inside = new Set<string>();
  for (const [id, p] of positions) if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) inside.add(id);
  return inside;
}

/** Display classes with every node outside `inView` hidden: the export then frames only what is seen
 *  (edges to hidden nodes go with them). Section boxes stay when one of their tasks is in view. */
export function hideOutside(
  classes: ReadonlyMap<string, readonly string[]>,
  nodeIds: readonly { readonly id: string; readonly parent?: string | undefined }[],
  inView: ReadonlySet<string>,
): Map<string, readonly string[]> {
  const parentsInView = new Set(nodeIds.filter((n) => inView.has(n.id) && n.parent).map((n) => n.parent));
  const out = new Map(classes);
  for (const { id } of nodeIds) {
    if (inView.has(id) || parentsInView.has(id)) continue;
    const own = classes.get(id) ?? [];
    if (!own.includes('hidden')) out.set(id, [...own, 'hidden']);
  }
  return out;
}

/** A row of a scrolled chart: whose it is, and the band it occupies in the window's coordinates. */
export interface RowBand {
  readonly key: string;
  readonly y: number;
  readonly height: number;
}

/** The bands of a matrix's rows: equal cells under a head `top` high, in the order drawn. */
export function matrixRowBands(
  frame: { readonly top: number; readonly cellHeight: number },
  keys: readonly string[],
): RowBand[] {
  return keys.map((key, p) => ({ key, y: frame.top + p * frame.cellHeight, height: frame.cellHeight }));
}

/** The keys of bands whose middle lies between `from` and `to`: at least half of each is in sight. */
function middlesWithin<T extends { readonly key: string }>(
  bands: readonly T[],
  middle: (band: T) => number,
  from: number,
  to: number,
): string[] {
  return bands.filter((b) => middle(b) >= from && middle(b) <= to).map((b) => b.key);
}

/** Rows at least half inside a scrolled window whose first `top` pixels are a sticky head. */
export function rowsInWindow(
  rows: readonly RowBand[],
  window: { readonly scrollTop: number; readonly clientHeight: number; readonly top: number },
): string[] {
  const { scrollTop, clientHeight, top } = window;
  return middlesWithin(rows, (r) => r.y + r.height / 2, scrollTop + top, scrollTop + clientHeight);
}

/** A column of a chart scrolled across: whose it is, and the band it occupies. */
export interface ColumnBand {
  readonly key: string;
  readonly x: number;
  readonly width: number;
}

/** The bands of a matrix's columns: equal cells right of the row heads (`left` wide), in order. */
export function matrixColumnBands(
  frame: { readonly left: number; readonly cellWidth: number },
  keys: readonly string[],
): ColumnBand[] {
  return keys.map((key, p) => ({ key, x: frame.left + p * frame.cellWidth, width: frame.cellWidth }));
}

/** Columns at least half inside a window scrolled across whose first `left` pixels are sticky row heads. */
export function columnsInWindow(
  columns: readonly ColumnBand[],
  window: { readonly scrollLeft: number; readonly clientWidth: number; readonly left: number },
): string[] {
  const { scrollLeft, clientWidth, left } = window;
  return middlesWithin(columns, (c) => c.x + c.width / 2, scrollLeft + left, scrollLeft + clientWidth);
}
