// CSV as spreadsheet programs read it: RFC 4180 quoting, CRLF, a BOM so Excel sees UTF-8 Chinese,
// and cells that cannot run as formulas.

export type CsvCell = string | number | boolean | null;

/** Excel, LibreOffice and Sheets run a cell starting with these as a formula (CSV injection);
 *  tab and CR are on OWASP's list too because some programs strip them before looking. */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: text is guarded against formula injection and quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  // Numbers and booleans are ours (offsets, flags), never text from the notice: no guard needed.
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: BOM, header, rows, each record ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
