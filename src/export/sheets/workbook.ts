// The notice as an Excel workbook: the agency × task matrix as a RACI sheet, the load ranking, every
// measure and every assignment, each a sheet — typed numbers, frozen heads, filters and column
// widths set, so a staff member can sort, filter and print it in Excel, WPS or LibreOffice without
// fixing anything. Built from the same analysis as the views and the CSV files.
import ExcelJS from 'exceljs';
import { MEASURES, measureTable, rowsByLoad } from '../../analysis/measures.ts';
import { overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, rankByLoad, type Workload } from '../../analysis/workload.ts';
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { assignmentRoles } from '../data/assignment-roles.ts';
import { inDocumentOrder } from '../data/document-order.ts';
import { sectionHeading, taskHeading } from '../data/heading-labels.ts';
import { indexModel } from '../data/model-index.ts';
import { diagramTitle, noticeShortName, type LabelLang } from '../diagram/diagram.ts';
import { raciSheet } from './raci-sheet.ts';
import { columnWidth, ROLE_WORD, SHEET_TEXT, type SheetText } from './sheet-text.ts';
import { HEAD_FILL, HEAD_FONT, THIN_BORDER } from './sheet-style.ts';

export interface WorkbookOptions {
  readonly lang: LabelLang;
  /** The sheet shown when the file opens. */
  readonly first?: 'raci' | 'ranking';
  /** `YYYY-MM-DD`, the workbook's creation date; today by default. */
  readonly date?: string;
}

type Cell = string | number | boolean | null;

/** A plain table sheet: a bold, frozen, filterable head row, then the rows, columns sized to fit. */
function tableSheet(
  book: ExcelJS.Workbook,
  name: string,
  head: readonly string[],
  rows: readonly Cell[][],
  formats: Readonly<Record<number, { numFmt?: string; wrap?: boolean; max?: number }>> = {},
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.addRow([...head]);
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? '' : v)));
  const headRow = sheet.getRow(1);
  headRow.font = HEAD_FONT;
  headRow.fill = HEAD_FILL;
  headRow.alignment = { vertical: 'middle', wrapText: true };
  head.forEach((title, i) => {
    const column = sheet.getColumn(i + 1);
    const format = formats[i] ?? {};
    const texts = [title, ...rows.map((r) => String(r[i] ?? ''))];
    column.width = columnWidth(texts, 6, format.max ?? 40);
    if (format.numFmt) column.numFmt = format.numFmt;
    if (format.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  });
  headRow.eachCell((cell) => (cell.border = THIN_BORDER));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
  return sheet;
}

function rankingRows(model: NoticeModel, workloads: ReadonlyMap<AgencyId, Workload>, t: SheetText) {
  const ranked = rankByLoad(workloads);
  const verdicts = overloadVerdicts(ranked, model.agencies, overloadStats(ranked, model.agencies));
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  return ranked.map((w, i): Cell[] => [
    i + 1,
    names.get(w.agencyId) ?? w.agencyId,
    w.led,
    w.joined,
    w.tasks,
    w.sections,
    w.partners,
    w.load,
    verdicts.get(w.agencyId)?.flagged ? t.yes : '',
  ]);
}

function measureRows(model: NoticeModel, workloads: ReadonlyMap<AgencyId, Workload>, t: SheetText) {
  return rowsByLoad(measureTable(model, workloads), workloads).map((row): Cell[] => [
    row.name,
    ...MEASURES.map((m) => row.values[m]),
    row.flagged ? t.yes : '',
    row.bloc,
  ]);
}

/** One row per (item, agency, role), in the notice's order, with the item's text as written. */
function assignmentRows(model: NoticeModel, lang: LabelLang, t: SheetText) {
  const index = indexModel(model);
  return inDocumentOrder(model.items).flatMap((a): Cell[][] => {
    const section = index.section(a.sectionId);
    const task = index.task(a.taskId);
    const sentence = model.text.slice(a.start, a.end).replace(/\s+/g, ' ').trim();
    const head: Cell[] = [
      section ? sectionHeading(section) : t.noSection,
      task ? taskHeading(task) : '',
      a.id,
      a.title,
    ];
    const tail: Cell[] = [a.deadline, a.note, sentence];
    const pairs = assignmentRoles(a);
    if (pairs.length === 0) return [[...head, '', '', '', ...tail]];
    return pairs.map(({ agencyId, role }) => {
      const agency = index.agency(agencyId);
      return [
        ...head,
        ROLE_WORD[lang][role],
        agency?.name ?? agencyId,
        agency?.generic ? t.yes : '',
        ...tail,
      ];
    });
  });
}

export async function noticeWorkbook(model: NoticeModel, options: WorkbookOptions): Promise<Uint8Array> {
  const { lang } = options;
  const t = SHEET_TEXT[lang];
  // English agency names where the lexicon reads them; titles of sections and tasks as written.
  const named = lang === 'en' ? withEnglishAgencyNames(model) : model;
  const workloads = computeWorkload(model);
  const book = new ExcelJS.Workbook();
  book.creator = '分工图谱 Fengong Atlas';
  book.title = diagramTitle(model, 'matrix', lang);
  book.subject = model.notice.title || noticeShortName(model);
  book.company = model.notice.issuer ?? '';
  const date = options.date ? new Date(`${options.date}T00:00:00Z`) : new Date();
  book.created = date;
  book.modified = date;

  raciSheet(book, named, workloads, lang);
  tableSheet(
    book,
    t.ranking,
    [t.rank, t.agency, t.led, t.joined, t.tasks, t.sections, t.partners, t.load, t.flagged],
    rankingRows(named, workloads, t),
  );
  tableSheet(
    book,
    t.measures,
    [
      t.agency,
      t.led,
      t.cooperated,
      t.responsible,
      t.items,
      t.tasks,
      t.sections,
      t.partners,
      t.strength,
      t.betweenness,
      t.load,
      t.flagged,
      t.bloc,
    ],
    measureRows(named, workloads, t),
    { 9: { numFmt: '0.0000' } },
  );
  tableSheet(
    book,
    t.assignments,
    [t.section, t.task, t.itemId, t.itemTitle, t.role, t.agency, t.generic, t.deadline, t.note, t.sentence],
    assignmentRows(named, lang, t),
    {
      0: { max: 28 },
      1: { max: 28 },
      3: { max: 24 },
      8: { wrap: true, max: 30 },
      9: { wrap: true, max: 70 },
    },
  );
  if (options.first === 'ranking') book.views = [{ activeTab: 1 } as ExcelJS.WorkbookView];
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
