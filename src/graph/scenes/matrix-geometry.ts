// Where everything in the agency × task matrix goes: cell sizes per column mode, the label column,
// the column heads (section bands over rotated labels), the totals to the right and below.
import type { AgencyTaskMatrix, ColumnMode } from '../matrix.ts';
import type { MatrixFrame } from './layered-scene.ts';
import { textWidth, widestText } from './text-fit.ts';

export const MARGIN = 16;
/** Labels at 13 px: the smallest size at which Chinese characters stay crisp on an ordinary screen. */
export const LABEL_SIZE = 13;
export const NUMBER_SIZE = 12;
export const BAND_HEIGHT = 26;
/** Rotated column labels longer than this are cut: the head must not push the cells off the screen. */
const MAX_HEAD = 170;
export const TOTAL_WIDTH = 46;
export const TOTALS = 3;
export const GAP = 12;

const CELL: Readonly<Record<ColumnMode, { width: number; height: number }>> = {
  task: { width: 24, height: 24 },
  item: { width: 20, height: 24 },
  // Section cells hold two counts side by side ("■ 2  ○ 7").
  section: { width: 84, height: 26 },
};

/** A matrix this large gets narrower cells, still wide enough for a 13 px rotated label. */
const LARGE_COLUMNS = 300;

export interface MatrixGeometry {
  readonly frame: MatrixFrame;
  /** Height of the rotated column labels below the section bands. */
  readonly headHeight: number;
  readonly totalsX: number;
  readonly totalsY: number;
  readonly width: number;
  readonly height: number;
}

export function columnText(matrix: AgencyTaskMatrix, c: number): string {
  const col = matrix.columns[c];
  if (!col) return '';
  if (matrix.mode === 'section') return col.title || col.label;
  if (col.title) return `${col.label} ${col.title}`;
  return matrix.mode === 'item' ? `第${col.label}项` : col.label;
}

export function matrixGeometry(
  matrix: AgencyTaskMatrix,
  minLeft: number,
  minTop: number,
  size: { width?: number; height?: number } = {},
  /** Rows drawn: all of them, or those of a view scrolled down. */
  rows = matrix.rows.length,
): MatrixGeometry {
  const large = matrix.columns.length > LARGE_COLUMNS;
  const cellWidth = size.width ?? (large ? 16 : CELL[matrix.mode].width);
  const cellHeight = size.height ?? (large ? 20 : CELL[matrix.mode].height);
  const labels = widestText(
    matrix.rows.map((r) => r.label),
    LABEL_SIZE,
  );
  const left = Math.ceil(Math.max(MARGIN + labels + 14, minLeft));
  const columnLabels = Math.max(
    widestText(
      matrix.columns.map((_, c) => columnText(matrix, c)),
      LABEL_SIZE,
    ),
    textWidth('参与 joined', LABEL_SIZE),
  );
  const headHeight = Math.ceil(Math.min(MAX_HEAD, columnLabels) + 12);
  const top = Math.ceil(Math.max(MARGIN + BAND_HEIGHT + headHeight, minTop));
  const cellsRight = left + matrix.columns.length * cellWidth;
  const cellsBottom = top + rows * cellHeight;
  const totalsX = cellsRight + GAP;
  const totalsY = cellsBottom + 6;
  return {
    frame: { left, top, cellWidth, cellHeight, rows, columns: matrix.columns.length },
    headHeight,
    totalsX,
    totalsY,
    width: totalsX + TOTALS * TOTAL_WIDTH + MARGIN,
    height: totalsY + cellHeight + MARGIN,
  };
}

/** Runs of neighbouring columns under the same section: the bands over the heads. */
export function columnGroups(
  matrix: AgencyTaskMatrix,
): { start: number; end: number; label: string; index: number }[] {
  const groups: { start: number; end: number; label: string; index: number }[] = [];
  matrix.columns.forEach((col, c) => {
    const last = groups[groups.length - 1];
    if (last && matrix.columns[last.start]?.groupId === col.groupId) last.end = c + 1;
    else groups.push({ start: c, end: c + 1, label: col.groupLabel, index: groups.length });
  });
  return groups;
}
