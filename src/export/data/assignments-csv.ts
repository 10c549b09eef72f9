// The assignments table for spreadsheets: one row per (item, agency, role), headings written as in
// the notice so an analyst can filter by section or task and still read where a row comes from.
import type { Item, NoticeModel } from '../../notice/model.ts';
import { assignmentRoles } from './assignment-roles.ts';
import { csvTable, type CsvCell } from './csv.ts';
import { inDocumentOrder } from './document-order.ts';
import { sectionHeading, taskHeading } from './heading-labels.ts';
import { indexModel, type ModelIndex } from './model-index.ts';

export const ASSIGNMENT_CSV_COLUMNS = [
  'section',
  'task',
  'item_id',
  'item_title',
  'role',
  'agency',
  'agency_generic',
  'deadline',
  'note',
  'start',
  'end',
] as const;

function assignmentRows(a: Item, index: ModelIndex): CsvCell[][] {
  const section = index.section(a.sectionId);
  const task = index.task(a.taskId);
  const head: CsvCell[] = [
    section ? sectionHeading(section) : null,
    task ? taskHeading(task) : null,
    a.id,
    a.title,
  ];
  const tail: CsvCell[] = [a.deadline, a.note, a.start, a.end];
  const pairs = assignmentRoles(a);
  // An item whose marker names no agency still gets a row, so counting items in the sheet is honest.
  if (pairs.length === 0) return [[...head, null, null, null, ...tail]];
  return pairs.map(({ agencyId, role }) => {
    const agency = index.agency(agencyId);
    return [...head, role, agency?.name ?? agencyId, agency?.generic ?? null, ...tail];
  });
}

export function toAssignmentsCsv(model: NoticeModel): string {
  const index = indexModel(model);
  const rows = inDocumentOrder(model.items).flatMap((a) => assignmentRows(a, index));
  return csvTable(ASSIGNMENT_CSV_COLUMNS, rows);
}
