// One cell of the agency × agency matrix: the number of items the two agencies share, written in a mark
// whose shape says the row agency's side of the pair — a filled square where it leads some of them, a
// ring where it only cooperates, a diamond where it is responsible (负责) — and whose size grows with
// the count, so the heavy pairs still stand out before a single number is read.
import { INK, PAPER, ROLE_APPEARANCE } from '../appearance.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark, Tagged } from '../scene.ts';
import { roleMark } from './role-mark.ts';

/** Cells at least this wide carry their count; smaller ones (a very large notice) only the mark. */
export const COUNT_CELL = 20;

/** Side of the mark for a count: area grows with the count; in cells that carry counts the smallest
 *  mark still holds a digit. */
export function shareSide(count: number, max: number, cell: number): number {
  if (count <= 0 || max <= 0) return 0;
  const least = cell >= COUNT_CELL ? 13 : 4;
  return least + (cell - 4 - least) * Math.sqrt(count / max);
}

/** Thinner than the matrices' usual marks: this one holds a number. */
const HOLDS_A_COUNT = { ring: 0.1, diamond: 1.2 } as const;

function shape(role: Role, cx: number, cy: number, side: number, tag: Tagged): SceneMark {
  return roleMark(role, cx, cy, side, tag, HOLDS_A_COUNT);
}

/** The mark and its count centred on (cx, cy). Only the mark carries the tag, so a cell is one thing
 *  to find, hover or count. */
export function pairCellMarks(
  role: Role,
  count: number,
  cx: number,
  cy: number,
  side: number,
  cell: number,
  tag: Tagged = {},
): SceneMark[] {
  const marks: SceneMark[] = [shape(role, cx, cy, side, tag)];
  if (cell < COUNT_CELL) return marks;
  const filled = ROLE_APPEARANCE[role].mark !== 'ring';
  marks.push({
    type: 'text',
    x: cx,
    y: cy,
    text: String(count),
    size: count >= 10 ? 10 : 11,
    fill: filled ? PAPER : INK,
    weight: 600,
    anchor: 'middle',
    baseline: 'middle',
  });
  return marks;
}
