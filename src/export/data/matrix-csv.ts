// The two matrices as spreadsheets, rows in the order the view shows: agency × task (or item, or
// section) with the agency's role in each cell, and agency × agency with how many items two agencies
// are both named in. Same CSV rules as the other tables (BOM, CRLF, formula guard).
import type { AgencyTaskMatrix, CoassignmentMatrix, MatrixColumn, RowOrder } from '../../graph/matrix.ts';
import { csvTable, type CsvCell } from './csv.ts';
import { chineseNumeral } from './heading-labels.ts';

/** A column head as the notice writes it: `（十三）完善…` for a task, `一、推进…` for a section. */
function columnHeading(mode: AgencyTaskMatrix['mode'], column: MatrixColumn): string {
  const ordinal = Number(column.label);
  if (mode === 'task') return `（${chineseNumeral(ordinal)}）${column.title}`;
  if (mode === 'section') return `${chineseNumeral(ordinal)}、${column.title}`;
  return column.title ? `${column.label}. ${column.title}` : column.label;
}

/** Rows as the chosen order lists them; an index the order does not know is skipped, never invented. */
function orderedRows<T>(rows: readonly T[], order: readonly number[]): T[] {
  return order.flatMap((i) => (rows[i] === undefined ? [] : [rows[i] as T]));
}

/** One row per agency: its role in each column (`lead`, `cooperate`, `responsible`, or empty), then how
 *  many columns it is named in, items led, items joined and its load. */
export function toAgencyTaskMatrixCsv(matrix: AgencyTaskMatrix, order: RowOrder = 'load'): string {
  const roles = new Map(matrix.cells.map((c) => [`${c.row},${c.column}`, c.role]));
  const header = [
    'agency',
    ...matrix.columns.map((c) => columnHeading(matrix.mode, c)),
    `${matrix.mode}s`,
    'led',
    'joined',
    'load',
  ];
  const rowOf = new Map(matrix.rows.map((r, i) => [r, i]));
  const rows = orderedRows(matrix.rows, matrix.orders[order]).map((row): CsvCell[] => {
    const index = rowOf.get(row) as number;
    return [
      row.name,
      ...matrix.columns.map((_, column) => roles.get(`${index},${column}`) ?? null),
      row.total,
      row.led,
      row.joined,
      row.load,
    ];
  });
  return csvTable(header, rows);
}

/** A square table, the same order down and across: the items both agencies are named in; on the
 *  diagonal, the items the agency is named in. */
export function toCoassignmentMatrixCsv(matrix: CoassignmentMatrix, order: RowOrder = 'load'): string {
  const sequence = matrix.orders[order].filter((i) => matrix.rows[i] !== undefined);
  const name = (i: number) => matrix.rows[i]?.name ?? '';
  const header = ['agency', ...sequence.map(name)];
  const rows = sequence.map((i): CsvCell[] => [name(i), ...sequence.map((j) => matrix.counts[i]?.[j] ?? 0)]);
  return csvTable(header, rows);
}
