// A CSV file as a sheet: decoded (UTF-8 with or without a byte order mark, UTF-16 with one, else
// GBK — the encoding Excel and WPS use for CSV on Chinese Windows), then split by RFC 4180: fields
// separated by commas (or by tabs or semicolons when the first line has those and no commas),
// quoted fields holding separators, line breaks and doubled quotes.
import { TooManyCells, type Sheet } from './sheet-table.ts';

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

export function decodeCsv(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: GB18030 decodes every GBK file and the rest of Chinese besides.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
  }
}

/** The separator: a comma, unless the first line has tabs or semicolons (outside quotes) and none. */
function separatorOf(text: string): string {
  const firstLine =
    text
      .slice(0, 4096)
      .replace(/"[^"]*"/g, '')
      .split(/\r?\n/)[0] ?? '';
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

/** RFC 4180 fields, with the cells counted against `maxCells` as they are read (throws past it). */
export function csvRows(text: string, maxCells: number): string[][] {
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let cells = 0;
  let quoted = false;
  const endField = () => {
    if (field.length > 0 && ++cells > maxCells) throw new TooManyCells(maxCells);
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field.trim().length === 0) {
      field = '';
      quoted = true;
    } else if (char === separator) endField();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) endRow();
  return rows;
}

export function csvSheet(name: string, text: string, maxCells: number): Sheet {
  return { name, rows: csvRows(text, maxCells), merges: [] };
}
