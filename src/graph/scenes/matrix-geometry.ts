// Where everything in the agency × task matrix goes: cell sizes per column mode, the label column,
// the column heads (section bands over rotated labels), the totals to the right and below.
import type { AgencyTaskMatrix, ColumnMode } from '../matrix.ts';
import type { MatrixFrame } from './layered-scene.ts';
import type { SceneLang } from './scene-lang.ts';
import { textWidth, widestText, wrapLines } from './text-fit.ts';

export const MARGIN = 16;
/** Labels at 13 px: the smallest size at which Chinese characters stay crisp on an ordinary screen. */
export const LABEL_SIZE = 13;
export const NUMBER_SIZE = 12;
export const BAND_HEIGHT = 26;
export const BAND_TEXT = 12;
export const BAND_LINE = 15;
/** Section titles wrap onto at most this many lines over their columns, as a sheet's merged head
 *  cell would hold them; a band too narrow for two characters a line shows the ordinal only. */
const BAND_LINES = 4;
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
  /** Height of the section bands' titles and strips over the column labels. */
  readonly bandHeight: number;
  readonly wrapBands: boolean;
  /** Height of the rotated column labels below the section bands. */
  readonly headHeight: number;
  readonly totalsX: number;
  readonly totalsY: number;
  readonly width: number;
  readonly height: number;
}

/** A column's label: its number and the notice's title for it; an untitled item `第3项` (`Item 3`). */
export function columnText(matrix: AgencyTaskMatrix, c: number, lang: SceneLang = 'zh'): string {
  const col = matrix.columns[c];
  if (!col) return '';
  if (matrix.mode === 'section') return col.title || col.label;
  if (col.title) return `${col.label} ${col.title}`;
  if (matrix.mode !== 'item') return col.label;
  return lang === 'zh' ? `第${col.label}项` : `Item ${col.label}`;
}

export function matrixGeometry(
  matrix: AgencyTaskMatrix,
  minLeft: number,
  minTop: number,
  size: { width?: number; height?: number; wrapBands?: boolean; lang?: SceneLang } = {},
  /** Rows drawn: all of them, or those of a view scrolled down. */
  rows = matrix.rows.length,
  /** Room left of the row labels, for bloc bands. */
  band = 0,
): MatrixGeometry {
  const large = matrix.columns.length > LARGE_COLUMNS;
  const cellWidth = size.width ?? (large ? 16 : CELL[matrix.mode].width);
  const cellHeight = size.height ?? (large ? 20 : CELL[matrix.mode].height);
  const labels = widestText(
    matrix.rows.map((r) => r.label),
    LABEL_SIZE,
  );
  const left = Math.ceil(Math.max(MARGIN + band + labels + 14, minLeft));
  const columnLabels = Math.max(
    widestText(
      matrix.columns.map((_, c) => columnText(matrix, c, size.lang)),
      LABEL_SIZE,
    ),
    textWidth('参与 joined', LABEL_SIZE),
  );
  const headHeight = Math.ceil(Math.min(MAX_HEAD, columnLabels) + 12);
  const lines = Math.max(
    1,
    ...columnGroups(matrix).map((g) => bandLines(g, cellWidth, size.wrapBands ?? true).length),
  );
  const bandHeight = BAND_HEIGHT + (lines - 1) * BAND_LINE;
  const top = Math.ceil(Math.max(MARGIN + bandHeight + headHeight, minTop));
  const cellsRight = left + matrix.columns.length * cellWidth;
  const cellsBottom = top + rows * cellHeight;
  const totalsX = cellsRight + GAP;
  const totalsY = cellsBottom + 6;
  return {
    frame: { left, top, cellWidth, cellHeight, rows, columns: matrix.columns.length },
    bandHeight,
    wrapBands: size.wrapBands ?? true,
    headHeight,
    totalsX,
    totalsY,
    width: totalsX + TOTALS * TOTAL_WIDTH + MARGIN,
    height: totalsY + cellHeight + MARGIN,
  };
}

export interface ColumnGroup {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly index: number;
  /** The section's place in the notice (0 the first), for its colour — the same however the columns
   *  are ordered. */
  readonly section: number;
  /** The colour of the section's notice, when several notices are in view. */
  readonly color?: string;
}

/** The lines of a band's title over its columns; the ordinal alone where the columns are not in the
 *  notice's order (sorted by an agency), since a section then falls into scattered runs. */
export function bandLines(group: ColumnGroup, cellWidth: number, wrap = true): string[] {
  const width = (group.end - group.start) * cellWidth - 6;
  if (!wrap || width < textWidth('1. 提', BAND_TEXT)) return [group.label.split(' ')[0] ?? ''];
  return wrapLines(group.label, BAND_TEXT, width, BAND_LINES);
}

/** Runs of neighbouring columns under the same section: the bands over the heads. */
export function columnGroups(matrix: AgencyTaskMatrix): ColumnGroup[] {
  const groups: {
    start: number;
    end: number;
    label: string;
    index: number;
    section: number;
    color?: string;
  }[] = [];
  matrix.columns.forEach((col, c) => {
    const last = groups[groups.length - 1];
    if (last && matrix.columns[last.start]?.groupId === col.groupId) last.end = c + 1;
    else {
      const ordinal = Number.parseInt(col.groupLabel, 10);
      const section = Number.isNaN(ordinal) ? groups.length : ordinal - 1;
      groups.push({
        start: c,
        end: c + 1,
        label: col.groupLabel,
        index: groups.length,
        section,
        ...(col.groupColor ? { color: col.groupColor } : {}),
      });
    }
  });
  return groups;
}
