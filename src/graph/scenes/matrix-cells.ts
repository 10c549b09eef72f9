// One matrix cell as marks: the role mark alone when a column is a task or an item; in section
// columns, the counts beside their marks ("■ 2  ○ 7"), so the number of items is read, not guessed.
import { INK } from '../appearance.ts';
import type { AgencyTaskMatrix, MatrixCell } from '../matrix.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark, Tagged } from '../scene.ts';
import type { MatrixFrame } from './layered-scene.ts';
import { columnText, NUMBER_SIZE } from './matrix-geometry.ts';
import { roleMark } from './role-mark.ts';

/** The id a cell mark carries: the agency and the column, so a view or test can find it. */
export function cellId(matrix: AgencyTaskMatrix, cell: MatrixCell): string {
  return `${matrix.rows[cell.row]?.agencyId ?? ''}|${matrix.columns[cell.column]?.id ?? ''}`;
}

function cellTag(matrix: AgencyTaskMatrix, cell: MatrixCell): Tagged {
  const row = matrix.rows[cell.row];
  const title = `${row?.name ?? ''} · ${columnText(matrix, cell.column)}: ${cell.led} led, ${cell.joined} joined`;
  return { ref: { kind: 'cell', id: cellId(matrix, cell) }, title };
}

/** Joined counts cooperation and shared responsibility together: drawn as the ring unless the
 *  strongest role in the cell is responsibility (a notice with no lead rule). */
function joinedRole(cell: MatrixCell): Role {
  return cell.role === 'responsible' ? 'responsible' : 'cooperate';
}

export function matrixCellMarks(
  matrix: AgencyTaskMatrix,
  cell: MatrixCell,
  x: number,
  y: number,
  frame: MatrixFrame,
): SceneMark[] {
  const tag = cellTag(matrix, cell);
  const cy = y + frame.cellHeight / 2;
  if (matrix.mode !== 'section') {
    const size = Math.round(Math.min(frame.cellWidth, frame.cellHeight) * 0.56);
    return [roleMark(cell.role, x + frame.cellWidth / 2, cy, size, tag)];
  }
  const marks: SceneMark[] = [];
  const half = frame.cellWidth / 2;
  const count = (cx: number, value: number): SceneMark => ({
    type: 'text',
    x: cx,
    y: cy,
    text: String(value),
    size: NUMBER_SIZE,
    fill: INK,
    baseline: 'middle',
  });
  if (cell.led > 0) marks.push(roleMark('lead', x + 12, cy, 10, tag), count(x + 21, cell.led));
  if (cell.joined > 0)
    marks.push(roleMark(joinedRole(cell), x + half + 10, cy, 10, tag), count(x + half + 19, cell.joined));
  return marks;
}
