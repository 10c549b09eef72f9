// A matrix picture in four layers — the corner, the column heads, the row heads and the body — so a
// view can keep the heads in place while the body scrolls, and find the cell under the pointer from
// the geometry alone (the same way whether the cells are SVG elements or pixels on a canvas).
import type { Scene, SceneMark } from '../scene.ts';

export interface MatrixFrame {
  /** Where the cells start: the width of the row heads and the height of the column heads. */
  readonly left: number;
  readonly top: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Rows and columns of cells drawn (totals not included). */
  readonly rows: number;
  readonly columns: number;
}

export type Layer = 'corner' | 'columnHeads' | 'rowHeads' | 'body';

export interface LayeredScene extends Scene {
  readonly frame: MatrixFrame;
  /** The scene's marks, by layer; `marks` is all of them, body first. */
  readonly layers: Readonly<Record<Layer, readonly SceneMark[]>>;
}

export function layeredScene(
  width: number,
  height: number,
  frame: MatrixFrame,
  layers: Record<Layer, SceneMark[]>,
  background?: string,
): LayeredScene {
  const marks = [...layers.body, ...layers.rowHeads, ...layers.columnHeads, ...layers.corner];
  return { width, height, frame, layers, marks, ...(background ? { background } : {}) };
}

/** The row position and column of the cell at (x, y) in scene coordinates, or null off the cells. */
export function cellAt(
  frame: MatrixFrame,
  x: number,
  y: number,
): { position: number; column: number } | null {
  const column = Math.floor((x - frame.left) / frame.cellWidth);
  const position = Math.floor((y - frame.top) / frame.cellHeight);
  if (column < 0 || column >= frame.columns || position < 0 || position >= frame.rows) return null;
  return { position, column };
}

/** The row position at scene height y, wherever x is (labels, cells or totals), or null. */
export function rowAt(frame: MatrixFrame, y: number): number | null {
  const position = Math.floor((y - frame.top) / frame.cellHeight);
  return position >= 0 && position < frame.rows ? position : null;
}
