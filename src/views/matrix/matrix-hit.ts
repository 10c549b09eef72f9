// What the pointer is over in a scrolled matrix with sticky heads: a cell (or a row's totals), a row
// head or a column head. Computed from the geometry, so SVG and canvas matrices answer alike. Pure.
import { cellAt, rowAt, type MatrixFrame } from '../../graph/scenes/layered-scene.ts';

export type MatrixHit =
  | { readonly region: 'body'; readonly position: number; readonly column: number | null }
  | { readonly region: 'rows'; readonly position: number }
  | { readonly region: 'columns'; readonly column: number }
  | null;

/** (x, y) is the pointer in the scroller's visible box; the heads do not scroll away from it. */
export function hitTest(
  frame: MatrixFrame,
  x: number,
  y: number,
  scrollX: number,
  scrollY: number,
): MatrixHit {
  const inHeadRow = y < frame.top;
  const inHeadColumn = x < frame.left;
  if (inHeadRow && inHeadColumn) return null;
  if (inHeadRow) {
    const column = Math.floor((x + scrollX - frame.left) / frame.cellWidth);
    return column >= 0 && column < frame.columns ? { region: 'columns', column } : null;
  }
  const position = rowAt(frame, y + scrollY);
  if (position === null) return null;
  if (inHeadColumn) return { region: 'rows', position };
  const cell = cellAt(frame, x + scrollX, y + scrollY);
  return { region: 'body', position, column: cell ? cell.column : null };
}
