// The agency names down the left of both matrices: one label per row in the order drawn, the chosen
// agency banded and bold, generic bodies in muted ink, each pointing at its agency. With several
// notices in view a short bar beside the name carries its notice's colour (dark: named by several).
import { BAND, INK, MUTED_INK, PAPER } from '../appearance.ts';
import type { SceneMark } from '../scene.ts';
import type { MatrixFrame } from './layered-scene.ts';
import { LABEL_SIZE, MARGIN } from './matrix-geometry.ts';

export interface AgencyRow {
  readonly agencyId: string;
  readonly label: string;
  readonly name: string;
  readonly generic: boolean;
  readonly noticeColor?: string;
}

export function agencyRowHeads<Row extends AgencyRow>(
  rows: readonly Row[],
  rowOrder: readonly number[],
  frame: MatrixFrame,
  height: number,
  highlight: string | null,
  titleOf: (row: Row) => string = (row) => row.name,
): SceneMark[] {
  const { left, top, cellHeight } = frame;
  const marks: SceneMark[] = [{ type: 'rect', x: 0, y: top, width: left, height: height - top, fill: PAPER }];
  rowOrder.forEach((r, position) => {
    const row = rows[r];
    if (!row) return;
    const y = top + position * cellHeight;
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
    if (row.noticeColor)
      marks.push({
        type: 'rect',
        x: left - 5,
        y: y + 4,
        width: 3,
        height: cellHeight - 8,
        fill: row.noticeColor,
        radius: 1,
      });
    marks.push({
      type: 'text',
      x: left - (row.noticeColor ? 9 : 8),
      y: y + cellHeight / 2,
      text: row.label,
      size: LABEL_SIZE,
      fill: row.generic ? MUTED_INK : INK,
      anchor: 'end',
      baseline: 'middle',
      ...(selected ? { weight: 700 as const } : {}),
      ref: { kind: 'agency', id: row.agencyId },
      title: titleOf(row),
    });
  });
  return marks;
}
