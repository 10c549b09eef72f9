// Sorting a matrix by one agency's row, as a hand-made RACI sheet is read: "who works most with 商务厅?"
// Rows (and, in the agency × agency matrix, columns) by the items each shares with the chosen agency;
// in the agency × task matrix, columns by the chosen agency's role in them, lead first. The row order
// chosen otherwise (load, name …) breaks ties, so the sort keeps a familiar shape.
import type { Role } from '../notice/model.ts';
import type { AgencyTaskMatrix, CoassignmentMatrix, MatrixCell, RowOrder } from './matrix.ts';

const STRENGTH: Record<Role, number> = { lead: 3, responsible: 2, cooperate: 1 };

/** Row indices: the chosen agency first, then by items shared with it (most first), ties in `base`'s
 *  order. Agencies sharing nothing keep `base`'s order at the end. */
export function orderBySharedWith(
  counts: readonly (readonly number[])[],
  chosen: number,
  base: readonly number[],
): number[] {
  const shared = counts[chosen] ?? [];
  const rank = new Map(base.map((r, p) => [r, p]));
  const key = (r: number) => (r === chosen ? Infinity : (shared[r] ?? 0));
  return [...base].sort((a, b) => key(b) - key(a) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
}

/** Column indices: those the agency leads first, then responsible, then cooperates in, then the rest;
 *  within a role, more items led, then joined, first; ties in the matrix's own order. */
export function columnsByRole(matrix: AgencyTaskMatrix, row: number): number[] {
  const own = new Map<number, MatrixCell>();
  for (const cell of matrix.cells) if (cell.row === row) own.set(cell.column, cell);
  const key = (c: number): [number, number, number] => {
    const cell = own.get(c);
    return cell ? [STRENGTH[cell.role], cell.led, cell.joined] : [0, 0, 0];
  };
  return matrix.columns
    .map((_, c) => c)
    .sort((a, b) => {
      const [ra, la, ja] = key(a);
      const [rb, lb, jb] = key(b);
      return rb - ra || lb - la || jb - ja || a - b;
    });
}

/** The matrix with its columns in the order given (a permutation of its column indices). */
export function reorderColumns(matrix: AgencyTaskMatrix, order: readonly number[]): AgencyTaskMatrix {
  const position = new Map(order.map((c, p) => [c, p]));
  return {
    ...matrix,
    columns: order.flatMap((c) => matrix.columns[c] ?? []),
    cells: matrix.cells
      .map((cell) => ({ ...cell, column: position.get(cell.column) ?? cell.column }))
      .sort((a, b) => a.row - b.row || a.column - b.column),
  };
}

/** The row index of an agency, or -1. */
export function rowOf(rows: AgencyTaskMatrix['rows'], agencyId: string | null): number {
  return agencyId ? rows.findIndex((r) => r.agencyId === agencyId) : -1;
}

/** The agency × task matrix as drawn: columns by the chosen agency's roles and rows by what each shares
 *  with it, or the matrix as it is in the chosen order when no agency is chosen (or it is unknown). */
export function arrangeAgencyTask(
  matrix: AgencyTaskMatrix,
  shared: CoassignmentMatrix,
  order: RowOrder,
  sortBy: string | null,
): { matrix: AgencyTaskMatrix; rowOrder: readonly number[] } {
  const chosen = rowOf(matrix.rows, sortBy);
  if (chosen < 0) return { matrix, rowOrder: matrix.orders[order] };
  return {
    matrix: reorderColumns(matrix, columnsByRole(matrix, chosen)),
    rowOrder: orderBySharedWith(shared.counts, chosen, matrix.orders[order]),
  };
}

/** The agency × agency matrix's order (down and across), sorted by the chosen agency when there is one. */
export function arrangeCoassignment(
  matrix: CoassignmentMatrix,
  order: RowOrder,
  sortBy: string | null,
): readonly number[] {
  const chosen = rowOf(matrix.rows, sortBy);
  return chosen < 0 ? matrix.orders[order] : orderBySharedWith(matrix.counts, chosen, matrix.orders[order]);
}
