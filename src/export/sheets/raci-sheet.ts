// The agency × task matrix as a RACI sheet: agencies down the side, heaviest first; tasks across
// under their sections (merged bands), each head the task's whole title wrapped; each cell the
// agency's role in that task in the app's colours; a total per agency and per task. The head rows
// and the names stay frozen while the reader scrolls.
import type ExcelJS from 'exceljs';
import type { Workload } from '../../analysis/workload.ts';
import { agencyTaskMatrix } from '../../graph/matrix.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { sectionHeading, taskHeading } from '../data/heading-labels.ts';
import { diagramTitle, type LabelLang } from '../diagram/diagram.ts';
import { columnWidth, ROLE_MARK, SHEET_TEXT, textWidth } from './sheet-text.ts';
import { HEAD_FILL, HEAD_FONT, ROLE_CELL, THIN_BORDER } from './sheet-style.ts';

/** Rows above the agencies: the title, the section bands, the task titles. */
export const RACI_HEAD_ROWS = 3;
const TASK_COLUMN_WIDTH = 12;
const LINE_HEIGHT = 15;

export function raciSheet(
  book: ExcelJS.Workbook,
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  lang: LabelLang,
): ExcelJS.Worksheet {
  const t = SHEET_TEXT[lang];
  const matrix = agencyTaskMatrix(model, workloads, 'task');
  const rows = matrix.orders.load
    .map((i) => ({ index: i, row: matrix.rows[i] }))
    .filter(
      (r): r is { index: number; row: NonNullable<typeof r.row> } =>
        !!r.row && (r.row.total > 0 || r.row.load > 0),
    );
  const tasks = new Map(model.tasks.map((task) => [task.id as string, task]));
  const sections = new Map(model.sections.map((s) => [s.id as string, s]));
  const width = matrix.columns.length;
  const totalColumn = width + 2;
  const sheet = book.addWorksheet(t.raci, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: RACI_HEAD_ROWS }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.pageSetup.printTitlesRow = `1:${RACI_HEAD_ROWS}`;

  const title = sheet.getCell(1, 1);
  title.value = diagramTitle(model, 'matrix', lang);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, totalColumn);

  // Section bands over their tasks: consecutive columns of one section merge into one head.
  let start = 0;
  for (let c = 1; c <= width; c++) {
    const group = matrix.columns[start]?.groupId ?? null;
    if (c < width && (matrix.columns[c]?.groupId ?? null) === group) continue;
    const section = group ? sections.get(group) : undefined;
    const cell = sheet.getCell(2, start + 2);
    cell.value = section ? sectionHeading(section) : t.noSection;
    if (c - start > 1) sheet.mergeCells(2, start + 2, 2, c + 1);
    start = c;
  }
  matrix.columns.forEach((column, i) => {
    const task = tasks.get(column.id);
    sheet.getCell(3, i + 2).value = task ? taskHeading(task) : column.title;
    sheet.getColumn(i + 2).width = TASK_COLUMN_WIDTH;
  });
  sheet.getCell(2, 1).value = t.agency;
  sheet.mergeCells(2, 1, 3, 1);
  sheet.getCell(2, totalColumn).value = t.tasksEngaged;
  sheet.mergeCells(2, totalColumn, 3, totalColumn);

  // The task titles wrap inside their columns: the row is as tall as the longest needs.
  const lines = Math.max(
    2,
    ...matrix.columns.map(
      (c) => Math.ceil(textWidth(tasks.get(c.id)?.title ?? c.title) / (TASK_COLUMN_WIDTH - 2)) + 1,
    ),
  );
  sheet.getRow(3).height = Math.min(lines, 9) * LINE_HEIGHT;
  sheet.getRow(2).height = 2 * LINE_HEIGHT;
  for (const r of [2, 3]) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.font = HEAD_FONT;
      cell.fill = HEAD_FILL;
      cell.border = THIN_BORDER;
      cell.alignment = { wrapText: true, vertical: r === 2 ? 'middle' : 'top', horizontal: 'center' };
    });
  }

  const cells = new Map(matrix.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  rows.forEach(({ index, row }, k) => {
    const line = sheet.getRow(RACI_HEAD_ROWS + 1 + k);
    line.getCell(1).value = row.name;
    line.getCell(1).font = { bold: row.led > 0 };
    for (let c = 0; c < width; c++) {
      const found = cells.get(`${index}:${c}`);
      const cell = line.getCell(c + 2);
      cell.border = THIN_BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      if (!found) continue;
      cell.value = ROLE_MARK[lang][found.role];
      cell.fill = ROLE_CELL[found.role].fill;
      cell.font = ROLE_CELL[found.role].font;
    }
    line.getCell(totalColumn).value = row.total;
    line.getCell(totalColumn).font = { bold: true };
  });

  // The totals row: how many agencies each task engages.
  const foot = sheet.getRow(RACI_HEAD_ROWS + rows.length + 1);
  foot.getCell(1).value = t.agencies;
  matrix.columns.forEach((column, i) => (foot.getCell(i + 2).value = column.total));
  foot.getCell(totalColumn).value = rows.reduce((sum, r) => sum + r.row.total, 0);
  foot.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = HEAD_FONT;
    cell.fill = HEAD_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { horizontal: Number(cell.col) === 1 ? 'left' : 'center' };
  });
  const key = sheet.getCell(RACI_HEAD_ROWS + rows.length + 3, 1);
  key.value = t.key;
  key.font = { italic: true, color: { argb: 'FF5F6B7A' } };

  sheet.getColumn(1).width = columnWidth([t.agency, ...rows.map((r) => r.row.name)], 10, 36);
  sheet.getColumn(totalColumn).width = columnWidth([t.tasksEngaged], 8, 14);
  return sheet;
}
