// The sheets of an .xlsx (SpreadsheetML, ECMA-376): a zip whose xl/workbook.xml lists the sheets, its
// relationships (xl/_rels/workbook.xml.rels) locate each sheet's part, xl/sharedStrings.xml holds
// the text of string cells and xl/styles.xml the number formats (to tell dates). Each sheet's cells
// (sheetData/row/c: shared string, inline string, number, boolean, formula result) and merged areas
// (mergeCells) are read; only those parts are inflated. Hidden sheets are left out.
import { dateText, isDateFormat, numberText } from './cell-values.ts';
import { TooManyCells, type CellRange, type Sheet } from './sheet-table.ts';
import { walkXml, type XmlElement } from './xml.ts';
import { partText, ZipArchive, ZipError } from './zip.ts';

const MAIN = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];
const RELATIONSHIPS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const isMain = (e: XmlElement, local: string) => e.local === local && MAIN.includes(e.uri);

/** `B12` → row 11, column 1 (from 0); null when not a cell reference. */
export function cellPosition(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(reference.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of (match[1] as string).toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export function rangeOf(reference: string): CellRange | null {
  const [from, to = from] = reference.split(':');
  const a = cellPosition(from ?? '');
  const b = cellPosition(to ?? '');
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

interface SheetEntry {
  readonly name: string;
  readonly path: string;
}

function workbookSheets(
  workbook: string,
  relationships: string,
): { sheets: SheetEntry[]; date1904: boolean } {
  const targets = new Map<string, string>();
  walkXml(relationships, {
    open: (e) => {
      if (e.local !== 'Relationship' || e.uri !== PACKAGE_RELATIONSHIPS) return;
      const [id, target] = [e.attr('Id'), e.attr('Target')];
      if (id && target && e.attr('TargetMode') !== 'External') targets.set(id, resolveTarget(target));
    },
  });
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  walkXml(workbook, {
    open: (e) => {
      if (isMain(e, 'workbookPr')) date1904 = /^(?:1|true)$/.test(e.attr('date1904') ?? '');
      if (!isMain(e, 'sheet') || /hidden/i.test(e.attr('state') ?? '')) return;
      const id = RELATIONSHIPS.map((uri) => e.attr('id', uri)).find((v) => v !== undefined);
      const path = id ? targets.get(id) : undefined;
      if (path) sheets.push({ name: e.attr('name') ?? `Sheet${sheets.length + 1}`, path });
    },
  });
  return { sheets, date1904 };
}

/** The text of each shared string: its <t> runs, phonetic guides (<rPh>) left out. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  walkXml(xml, {
    open: (e) => {
      if (isMain(e, 'si')) current = '';
      else if (isMain(e, 'rPh')) phonetic++;
      else if (isMain(e, 't') && phonetic === 0) inText = true;
    },
    text: (t) => {
      if (inText && current !== null) current += t;
    },
    close: (e) => {
      if (isMain(e, 't')) inText = false;
      else if (isMain(e, 'rPh')) phonetic--;
      else if (isMain(e, 'si')) {
        strings.push(current ?? '');
        current = null;
      }
    },
  });
  return strings;
}

/** For each cell style (cellXfs index), whether its number format shows a date. */
function dateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  const formats: number[] = [];
  let inCellXfs = false;
  walkXml(xml, {
    open: (e) => {
      if (isMain(e, 'numFmt')) codes.set(Number(e.attr('numFmtId')), e.attr('formatCode') ?? '');
      else if (isMain(e, 'cellXfs')) inCellXfs = true;
      else if (inCellXfs && isMain(e, 'xf')) formats.push(Number(e.attr('numFmtId') ?? 0));
    },
    close: (e) => {
      if (isMain(e, 'cellXfs')) inCellXfs = false;
    },
  });
  for (const id of formats) styles.push(isDateFormat(id, codes.get(id)));
  return styles;
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
  /** Cells still allowed over the whole workbook. */
  budget: { cells: number; readonly max: number };
}

function worksheet(name: string, xml: string, context: SheetContext): Sheet {
  const rows: (string | undefined)[][] = [];
  const merges: CellRange[] = [];
  let row = -1;
  let column = -1;
  let cell: { type: string; style: number; value: string; inline: string } | null = null;
  let reading: 'v' | 't' | null = null;
  const put = (value: string) => {
    if (value.length === 0 || row < 0 || column < 0) return;
    if (++context.budget.cells > context.budget.max) throw new TooManyCells(context.budget.max);
    (rows[row] ??= [])[column] = value;
  };
  walkXml(xml, {
    open: (e) => {
      if (isMain(e, 'row')) {
        const r = Number(e.attr('r'));
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        column = -1;
      } else if (isMain(e, 'c')) {
        const at = cellPosition(e.attr('r') ?? '');
        if (at) [row, column] = [at.row, at.column];
        else column++;
        cell = { type: e.attr('t') ?? 'n', style: Number(e.attr('s') ?? 0), value: '', inline: '' };
      } else if (cell && isMain(e, 'v')) reading = 'v';
      else if (cell && isMain(e, 't')) reading = 't';
      else if (isMain(e, 'mergeCell')) {
        const range = rangeOf(e.attr('ref') ?? '');
        if (range) merges.push(range);
      }
    },
    text: (t) => {
      if (!cell || !reading) return;
      if (reading === 'v') cell.value += t;
      else cell.inline += t;
    },
    close: (e) => {
      if (isMain(e, 'v') || isMain(e, 't')) reading = null;
      else if (cell && isMain(e, 'c')) {
        put(cellText(cell, context));
        cell = null;
      }
    },
  });
  return { name, rows, merges };
}

function cellText(
  cell: { type: string; style: number; value: string; inline: string },
  context: SheetContext,
) {
  switch (cell.type) {
    case 's':
      return context.strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return cell.inline;
    case 'str':
    case 'e':
      return cell.value;
    case 'b':
      return cell.value.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.value.trim();
    default: {
      const value = Number(cell.value);
      if (cell.value.trim() === '' || !Number.isFinite(value)) return cell.value.trim();
      return (context.dates[cell.style] && dateText(value, context.date1904)) || numberText(value);
    }
  }
}

/** Reads every visible sheet of an .xlsx; throws ZipError when refused or damaged. */
export function readXlsxSheets(
  zip: ZipArchive,
  maxCells: number,
  onSheet: (done: number, total: number) => boolean,
): Sheet[] {
  const text = (path: string) => {
    const entry = zip.find(path);
    return entry ? partText(zip.read(entry)) : null;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === null) throw new ZipError('it has no xl/workbook.xml, so it is not an Excel workbook');
  const { sheets: entries, date1904 } = workbookSheets(workbook, text('xl/_rels/workbook.xml.rels') ?? '');
  const strings = sharedStrings(text('xl/sharedStrings.xml') ?? '');
  const context: SheetContext = {
    strings,
    dates: dateStyles(text('xl/styles.xml') ?? ''),
    date1904,
    budget: { cells: 0, max: maxCells },
  };
  const sheets: Sheet[] = [];
  for (const [i, entry] of entries.entries()) {
    const xml = text(entry.path);
    if (xml !== null) sheets.push(worksheet(entry.name, xml, context));
    if (!onSheet(i + 1, entries.length)) break;
  }
  return sheets;
}
