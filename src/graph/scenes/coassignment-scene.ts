// The agency × agency co-assignment matrix as a scene: a square in each cell whose area grows with the
// number of items the two agencies are named in together, the same order down and across, each
// agency's partners and items as totals, and a key to the square sizes in the corner.
import { BAND, INK, MUTED_INK, PAPER, RULE } from '../appearance.ts';
import type { CoassignmentMatrix, RowOrder } from '../matrix.ts';
import type { SceneMark } from '../scene.ts';
import { layeredScene, type LayeredScene, type MatrixFrame } from './layered-scene.ts';
import { legendBlock, type LegendEntry } from './legend.ts';
import { GAP, LABEL_SIZE, MARGIN, NUMBER_SIZE, TOTAL_WIDTH } from './matrix-geometry.ts';
import { fitText, widestText } from './text-fit.ts';

export interface CoassignmentSceneOptions {
  readonly highlight?: string | null;
  readonly cell?: number;
}

const MAX_HEAD = 170;

/** Side of the square for a count: area proportional to the count, the smallest still visible. */
export function shareSide(count: number, max: number, cell: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 4 + (cell - 8) * Math.sqrt(count / max);
}

function maxShared(matrix: CoassignmentMatrix): number {
  let max = 0;
  matrix.counts.forEach((row, i) => row.forEach((c, j) => i !== j && c > max && (max = c)));
  return max;
}

function sizeKey(max: number, cell: number): LegendEntry[] {
  const values = [...new Set([1, Math.round(max / 2), max])].filter((v) => v > 0);
  return values.map((v) => ({
    key: (cx: number, cy: number) => {
      const s = shareSide(v, max, cell);
      return [{ type: 'rect', x: cx - s / 2, y: cy - s / 2, width: s, height: s, fill: INK } as SceneMark];
    },
    label: v === 1 ? '1 shared item' : `${v} shared items`,
  }));
}

export function coassignmentScene(
  matrix: CoassignmentMatrix,
  order: RowOrder | readonly number[],
  options: CoassignmentSceneOptions = {},
): LayeredScene {
  const rowOrder = typeof order === 'string' ? matrix.orders[order] : order;
  const cell = options.cell ?? (matrix.rows.length > 150 ? 14 : 22);
  const max = maxShared(matrix);
  const legend = legendBlock(MARGIN, MARGIN, 'Items named together', sizeKey(max, cell));
  const labels = widestText(
    matrix.rows.map((r) => r.label),
    LABEL_SIZE,
  );
  const left = Math.ceil(Math.max(MARGIN + labels + 14, MARGIN + legend.width + 12));
  const top = Math.ceil(Math.max(MARGIN + Math.min(MAX_HEAD, labels) + 12, MARGIN + legend.height + 40));
  const n = rowOrder.length;
  const frame: MatrixFrame = { left, top, cellWidth: cell, cellHeight: cell, rows: n, columns: n };
  const totalsX = left + n * cell + GAP;
  const width = totalsX + 2 * TOTAL_WIDTH + MARGIN;
  const height = top + n * cell + MARGIN;
  const highlight = options.highlight ?? null;
  const caption = `${n} agencies × ${n} agencies`;
  const corner: SceneMark[] = [
    ...legend.marks,
    {
      type: 'text',
      x: MARGIN,
      y: MARGIN + legend.height + 12,
      text: caption,
      size: 12,
      fill: MUTED_INK,
      baseline: 'top',
    },
  ];
  return layeredScene(
    width,
    height,
    frame,
    {
      corner,
      columnHeads: headMarks(matrix, rowOrder, frame, totalsX, width, highlight),
      rowHeads: rowHeadMarks(matrix, rowOrder, frame, height, highlight),
      body: bodyMarks(matrix, rowOrder, frame, max, totalsX, highlight),
    },
    PAPER,
  );
}

function headMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  totalsX: number,
  width: number,
  highlight: string | null,
): SceneMark[] {
  const { left, top, cellWidth } = frame;
  const marks: SceneMark[] = [{ type: 'rect', x: left, y: 0, width: width - left, height: top, fill: PAPER }];
  rowOrder.forEach((r, p) => {
    const row = matrix.rows[r];
    if (!row) return;
    const selected = row.agencyId === highlight;
    marks.push({
      type: 'text',
      x: left + p * cellWidth + cellWidth / 2,
      y: top - 6,
      text: fitText(row.label, LABEL_SIZE, top - MARGIN - 12),
      size: LABEL_SIZE,
      fill: row.generic ? MUTED_INK : INK,
      rotate: -90,
      baseline: 'middle',
      ...(selected ? { weight: 700 as const } : {}),
      ref: { kind: 'agency', id: row.agencyId },
      title: row.name,
    });
  });
  ['伙伴 partners', '条目 items'].forEach((text, i) =>
    marks.push({
      type: 'text',
      x: totalsX + i * TOTAL_WIDTH + TOTAL_WIDTH / 2,
      y: top - 6,
      text,
      size: LABEL_SIZE,
      fill: INK,
      weight: 600,
      rotate: -90,
      baseline: 'middle',
    }),
  );
  return marks;
}

function rowHeadMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  height: number,
  highlight: string | null,
): SceneMark[] {
  const { left, top, cellHeight } = frame;
  const marks: SceneMark[] = [{ type: 'rect', x: 0, y: top, width: left, height: height - top, fill: PAPER }];
  rowOrder.forEach((r, p) => {
    const row = matrix.rows[r];
    if (!row) return;
    const y = top + p * cellHeight;
    const selected = row.agencyId === highlight;
    if (selected)
      marks.push({
        type: 'rect',
        x: MARGIN / 2,
        y,
        width: left - MARGIN / 2,
        height: cellHeight,
        fill: BAND,
        stroke: INK,
        strokeWidth: 1.5,
      });
    marks.push({
      type: 'text',
      x: left - 8,
      y: y + cellHeight / 2,
      text: row.label,
      size: LABEL_SIZE,
      fill: row.generic ? MUTED_INK : INK,
      anchor: 'end',
      baseline: 'middle',
      ...(selected ? { weight: 700 as const } : {}),
      ref: { kind: 'agency', id: row.agencyId },
      title: row.name,
    });
  });
  return marks;
}

function bodyMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  max: number,
  totalsX: number,
  highlight: string | null,
): SceneMark[] {
  const { left, top, cellWidth: cell, rows: n } = frame;
  let grid = '';
  for (let p = 0; p <= n; p++)
    grid += `M${left},${top + p * cell}H${left + n * cell}M${left + p * cell},${top}V${top + n * cell}`;
  const marks: SceneMark[] = [{ type: 'path', d: grid, stroke: RULE, strokeWidth: 1 }];
  const at = rowOrder.findIndex((r) => matrix.rows[r]?.agencyId === highlight);
  if (at >= 0) {
    const outline = { type: 'rect', stroke: INK, strokeWidth: 1.5 } as const;
    marks.push({ ...outline, x: left, y: top + at * cell, width: n * cell, height: cell });
    marks.push({ ...outline, x: left + at * cell, y: top, width: cell, height: n * cell });
  }
  rowOrder.forEach((i, p) => {
    marks.push(...pairMarks(matrix, rowOrder, frame, max, i, p));
    const counts = matrix.counts[i] ?? [];
    const partners = counts.reduce((k, c, j) => k + (j !== i && c > 0 ? 1 : 0), 0);
    const y = top + p * cell + cell / 2;
    for (const [k, value] of [partners, counts[i] ?? 0].entries()) {
      const x = totalsX + k * TOTAL_WIDTH + TOTAL_WIDTH / 2;
      marks.push({
        type: 'text',
        x,
        y,
        text: String(value),
        size: NUMBER_SIZE,
        fill: INK,
        anchor: 'middle',
        baseline: 'middle',
      });
    }
  });
  return marks;
}

/** One row of cells: the agency's own cell shaded, a square for each partner. */
function pairMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  max: number,
  i: number,
  p: number,
): SceneMark[] {
  const { left, top, cellWidth: cell } = frame;
  const a = matrix.rows[i];
  const counts = matrix.counts[i] ?? [];
  const marks: SceneMark[] = [];
  const y = top + p * cell;
  rowOrder.forEach((j, q) => {
    const x = left + q * cell;
    if (i === j)
      return void marks.push({
        type: 'rect',
        x: x + 1,
        y: y + 1,
        width: cell - 2,
        height: cell - 2,
        fill: BAND,
      });
    const count = counts[j] ?? 0;
    const s = shareSide(count, max, cell);
    if (s === 0) return;
    const b = matrix.rows[j];
    marks.push({
      type: 'rect',
      x: x + (cell - s) / 2,
      y: y + (cell - s) / 2,
      width: s,
      height: s,
      fill: INK,
      ref: { kind: 'cell', id: `${a?.agencyId}|${b?.agencyId}` },
      title: `${a?.name} & ${b?.name}: ${count} ${count === 1 ? 'item' : 'items'} together`,
    });
  });
  return marks;
}
