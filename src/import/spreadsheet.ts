// The text of a task table kept as a spreadsheet: .xlsx, .xls (BIFF8), WPS .et (an .xls or .xlsx
// inside, told apart by content like the others), and .csv. Every sheet whose first rows hold a
// header naming its columns is written as the parser's flattened table (sheet-table.ts); a workbook
// with no such sheet gives its rows as lines, for a notice pasted one paragraph a row.
import { CompoundFileError, isCompoundFile } from './compound-file.ts';
import { csvSheet, decodeCsv } from './csv.ts';
import {
  cancelled,
  limitsOf,
  type ImportLimits,
  type ReadOptions,
  refusedAtOnce,
  type ReadOutcome,
  unreadable,
} from './reader.ts';
import { plainSheetText, sheetText, TooManyCells, type Sheet, type SheetText } from './sheet-table.ts';
import { readXlsSheets } from './xls.ts';
import { readXlsxSheets } from './xlsx.ts';
import { failure, isZip, ZipArchive } from './zip.ts';

type Format = 'xlsx' | 'xls' | 'csv';

class Cancelled extends Error {}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot + 1).toLowerCase() : '';
}

/** A web page saved with a spreadsheet's name, as many web systems export their "Excel" files. */
function isWebPage(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  return /<(?:!doctype html|html|table|meta)\b/.test(head);
}

function readSheets(
  format: Format,
  name: string,
  bytes: Uint8Array,
  limits: ImportLimits,
  options?: ReadOptions,
) {
  const onSheet = (done: number, total: number) => {
    options?.onProgress?.(done, total);
    if (options?.signal?.aborted) throw new Cancelled();
    return true;
  };
  if (format === 'xlsx') return readXlsxSheets(new ZipArchive(bytes, limits), limits.maxCells, onSheet);
  if (format === 'xls') return readXlsSheets(bytes, limits, onSheet);
  const sheet = csvSheet(
    name.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''),
    decodeCsv(bytes).text,
    limits.maxCells,
  );
  onSheet(1, 1);
  return [sheet];
}

function describe(
  format: Format,
  read: readonly { sheet: Sheet; table: SheetText }[],
  header: boolean,
): string {
  const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
  const suffix = header ? '' : ', no header row';
  if (format === 'csv') return `csv: ${rows(read[0]?.table.rows ?? 0)}${suffix}`;
  if (read.length === 1)
    return `${format}: sheet ${read[0]?.sheet.name}, ${rows(read[0]?.table.rows ?? 0)}${suffix}`;
  return `${format}: sheets ${read.map((r) => `${r.sheet.name} (${rows(r.table.rows)})`).join(', ')}`;
}

function read(name: string, bytes: Uint8Array, options: ReadOptions | undefined): ReadOutcome {
  const limits = limitsOf(options);
  const extension = extensionOf(name);
  const kind = extension === 'csv' ? 'a CSV file' : `a spreadsheet (.${extension || 'xlsx'})`;
  const as = extension === 'csv' ? 'csv' : 'sheet';
  let format: Format;
  if (isZip(bytes)) format = 'xlsx';
  else if (isCompoundFile(bytes)) format = 'xls';
  else if (isWebPage(bytes))
    return unreadable(
      `${name} is a web page saved as a spreadsheet: open it in Excel or WPS, save it as .xlsx and open that.`,
      name,
      as,
      'web-page-sheet',
    );
  else if (
    extension === 'csv' ||
    extension === 'txt' ||
    extension === 'tsv' ||
    !bytes.subarray(0, 4096).includes(0)
  )
    format = 'csv';
  else
    return unreadable(
      `${name} cannot be read as ${kind}: it is neither an .xlsx, an .xls nor a CSV file.`,
      name,
      as,
      'not-its-format',
    );
  const sheets = readSheets(format, name, bytes, limits, options);
  if (options?.signal?.aborted) return cancelled(name);
  const tables: { sheet: Sheet; table: SheetText }[] = [];
  for (const sheet of sheets) {
    const table = sheetText(sheet, { maxCells: limits.maxCells, fillDown: format === 'csv' });
    if (table && table.rows > 0) tables.push({ sheet, table });
  }
  if (tables.length > 0)
    return { text: tables.map((t) => t.table.text).join('\n'), reader: describe(format, tables, true) };
  const plain = sheets
    .map((sheet) => ({ sheet, table: plainSheetText(sheet) }))
    .find((s) => s.table.rows > 0);
  if (!plain) return unreadable(`${name} has no text in its cells.`, name, as, 'no-text');
  return { text: plain.table.text, reader: describe(format, [plain], false) };
}

export function readSpreadsheet(name: string, bytes: Uint8Array, options?: ReadOptions): ReadOutcome {
  const refused = refusedAtOnce(name, bytes, options);
  if (refused) return refused;
  try {
    return read(name, bytes, options);
  } catch (error) {
    const csv = extensionOf(name) === 'csv';
    if (error instanceof Cancelled) return cancelled(name);
    if (error instanceof TooManyCells || (error instanceof CompoundFileError && error.refused))
      return unreadable(`${name} is refused: ${error.message}.`, name, csv ? 'csv' : 'sheet', 'limit');
    return failure(name, csv ? 'a CSV file' : 'a spreadsheet', csv ? 'csv' : 'sheet', error);
  }
}
