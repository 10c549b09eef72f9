// The sheets of a BIFF8 workbook (.xls of Excel 97–2003, and WPS .et files saved the same way): the
// Workbook stream of a compound file, a run of records [type u16, length u16, body]. The globals
// give the shared strings (SST, continued over CONTINUE records), the number formats and cell styles
// (to tell dates) and the sheets' offsets (BOUNDSHEET); each sheet's records give its cells (LABELSST,
// LABEL, RSTRING, NUMBER, RK, MULRK, FORMULA with its STRING, BOOLERR) and merged areas (MERGEDCELLS).
// Encrypted workbooks (FILEPASS) and the older BIFF5 (Excel 95) are refused with a reason.
import { dateText, isDateFormat, numberText } from './cell-values.ts';
import { CompoundFile, CompoundFileError } from './compound-file.ts';
import type { ImportLimits } from './reader.ts';
import { TooManyCells, type CellRange, type Sheet } from './sheet-table.ts';

const RECORD = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  FORMULA: 0x0006,
  STRING: 0x0207,
  BOOLERR: 0x0205,
  MERGEDCELLS: 0x00e5,
} as const;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

interface BiffRecord {
  readonly type: number;
  readonly offset: number;
  readonly body: Uint8Array;
}

/** The records from `offset`, each with the CONTINUE records that follow it. */
function* records(stream: Uint8Array, offset: number): Generator<BiffRecord & { continues: Uint8Array[] }> {
  let at = offset;
  let pending: (BiffRecord & { continues: Uint8Array[] }) | null = null;
  while (at + 4 <= stream.length) {
    const type = u16(stream, at);
    const length = u16(stream, at + 2);
    const body = stream.subarray(at + 4, Math.min(at + 4 + length, stream.length));
    if (type === RECORD.CONTINUE && pending) pending.continues.push(body);
    else {
      if (pending) yield pending;
      pending = { type, offset: at, body, continues: [] };
    }
    at += 4 + length;
  }
  if (pending) yield pending;
}

function f64(b: Uint8Array, at: number): number {
  if (at + 8 > b.length) return NaN;
  return new DataView(b.buffer, b.byteOffset + at, 8).getFloat64(0, true);
}

/** An RK number: a 30-bit integer or the high bits of a double, either possibly divided by 100. */
export function rkNumber(rk: number): number {
  let value: number;
  if (rk & 2) value = rk >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return rk & 1 ? value / 100 : value;
}

/** Reads UTF-16LE or compressed (Latin-1) characters across the segments of a record and its
 *  CONTINUEs: at each new segment inside a string, one byte restates the compression. */
class Segments {
  private index = 0;
  private at = 0;
  constructor(private readonly parts: readonly Uint8Array[]) {}

  private get part(): Uint8Array | undefined {
    return this.parts[this.index];
  }

  get done(): boolean {
    return this.index >= this.parts.length;
  }

  private next(): void {
    while (this.part && this.at >= this.part.length) {
      this.index++;
      this.at = 0;
    }
  }

  byte(): number {
    this.next();
    const part = this.part;
    if (!part) return 0;
    return part[this.at++] ?? 0;
  }

  word(): number {
    return this.byte() | (this.byte() << 8);
  }

  dword(): number {
    return (this.word() | (this.word() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0 && !this.done) {
      this.next();
      const part = this.part;
      if (!part) return;
      const step = Math.min(left, part.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  chars(count: number, wide: boolean): string {
    let text = '';
    let isWide = wide;
    for (let i = 0; i < count && !this.done; i++) {
      if (this.part && this.at >= this.part.length) {
        this.next();
        if (this.done) break;
        isWide = (this.byte() & 1) === 1;
      }
      text += String.fromCharCode(isWide ? this.word() : this.byte());
    }
    return text;
  }

  /** An XLUnicodeRichExtendedString: count, flags, optional run and extension sizes, characters,
   *  then the formatting runs and extension, skipped. */
  richString(): string {
    const count = this.word();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.word() : 0;
    const extension = flags & 0x04 ? this.dword() : 0;
    const text = this.chars(count, (flags & 1) === 1);
    this.skip(runs * 4 + extension);
    return text;
  }
}

/** An XLUnicodeString inside one record: u16 (or u8) count, flags byte, characters. */
function shortString(body: Uint8Array, at: number, countBytes: 1 | 2): string {
  const count = countBytes === 2 ? u16(body, at) : (body[at] ?? 0);
  const flags = body[at + countBytes] ?? 0;
  const start = at + countBytes + 1 + (flags & 0x08 ? 2 : 0) + (flags & 0x04 ? 4 : 0);
  let text = '';
  for (let i = 0; i < count; i++) {
    const code = flags & 1 ? u16(body, start + i * 2) : body[start + i];
    if (code === undefined || start + i * (flags & 1 ? 2 : 1) >= body.length) break;
    text += String.fromCharCode(code);
  }
  return text;
}

interface Globals {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  sheets: { name: string; offset: number }[];
}

function readGlobals(stream: Uint8Array): Globals {
  const globals: Globals = { strings: [], dateStyles: [], date1904: false, sheets: [] };
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let first = true;
  for (const record of records(stream, 0)) {
    const { type, body } = record;
    if (first) {
      if (type !== RECORD.BOF) throw new CompoundFileError('its Workbook stream does not start a workbook');
      const version = u16(body, 0);
      if (version !== 0x0600)
        throw new CompoundFileError(
          'it is an Excel 95 or older workbook: save it as .xlsx and open it again',
        );
      first = false;
      continue;
    }
    if (type === RECORD.EOF) break;
    if (type === RECORD.FILEPASS)
      throw new CompoundFileError('it is password-protected: save it without a password and open it again');
    if (type === RECORD.DATEMODE) globals.date1904 = u16(body, 0) === 1;
    else if (type === RECORD.FORMAT) formats.set(u16(body, 0), shortString(body, 2, 2));
    else if (type === RECORD.XF) styleFormats.push(u16(body, 2));
    else if (type === RECORD.BOUNDSHEET) {
      const hidden = (body[4] ?? 0) & 0x03;
      const kind = body[5] ?? 0;
      if (kind === 0 && hidden === 0)
        globals.sheets.push({ offset: u32(body, 0), name: shortString(body, 6, 1) });
    } else if (type === RECORD.SST) {
      const segments = new Segments([body.subarray(8), ...record.continues]);
      const unique = u32(body, 4);
      for (let i = 0; i < unique && !segments.done; i++) globals.strings.push(segments.richString());
    }
  }
  globals.dateStyles = styleFormats.map((id) => isDateFormat(id, formats.get(id)));
  return globals;
}

function readSheet(
  stream: Uint8Array,
  name: string,
  offset: number,
  globals: Globals,
  budget: { cells: number; readonly max: number },
): Sheet {
  const rows: (string | undefined)[][] = [];
  const merges: CellRange[] = [];
  const put = (row: number, column: number, value: string) => {
    if (value.length === 0) return;
    if (++budget.cells > budget.max) throw new TooManyCells(budget.max);
    (rows[row] ??= [])[column] = value;
  };
  const numberAt = (row: number, column: number, style: number, value: number) =>
    put(row, column, (globals.dateStyles[style] && dateText(value, globals.date1904)) || numberText(value));
  let formulaCell: { row: number; column: number } | null = null;
  let first = true;
  for (const { type, body } of records(stream, offset)) {
    if (first) {
      if (type !== RECORD.BOF) break;
      first = false;
      continue;
    }
    if (type === RECORD.EOF) break;
    const [row, column, style] = [u16(body, 0), u16(body, 2), u16(body, 4)];
    if (type === RECORD.LABELSST) put(row, column, globals.strings[u32(body, 6)] ?? '');
    else if (type === RECORD.LABEL || type === RECORD.RSTRING) put(row, column, shortString(body, 6, 2));
    else if (type === RECORD.NUMBER) numberAt(row, column, style, f64(body, 6));
    else if (type === RECORD.RK) numberAt(row, column, style, rkNumber(u32(body, 6)));
    else if (type === RECORD.MULRK) {
      const last = u16(body, body.length - 2);
      for (let c = column, at = 4; c <= last && at + 6 <= body.length - 2; c++, at += 6)
        numberAt(row, c, u16(body, at), rkNumber(u32(body, at + 2)));
    } else if (type === RECORD.FORMULA) {
      const result = body.subarray(6, 14);
      formulaCell = null;
      if (u16(result, 6) !== 0xffff) numberAt(row, column, style, f64(body, 6));
      else if (result[0] === 0)
        formulaCell = { row, column }; // the text follows in a STRING record
      else if (result[0] === 1) put(row, column, result[2] ? 'TRUE' : 'FALSE');
    } else if (type === RECORD.STRING && formulaCell) {
      put(formulaCell.row, formulaCell.column, shortString(body, 0, 2));
      formulaCell = null;
    } else if (type === RECORD.BOOLERR && body[7] === 0) put(row, column, body[6] ? 'TRUE' : 'FALSE');
    else if (type === RECORD.MERGEDCELLS) {
      const count = u16(body, 0);
      for (let i = 0, at = 2; i < count && at + 8 <= body.length; i++, at += 8)
        merges.push({
          top: u16(body, at),
          bottom: u16(body, at + 2),
          left: u16(body, at + 4),
          right: u16(body, at + 6),
        });
    }
  }
  return { name, rows, merges };
}

/** Reads every visible worksheet of a BIFF8 workbook held in a compound file; throws
 *  CompoundFileError when refused or unreadable. */
export function readXlsSheets(
  bytes: Uint8Array,
  limits: ImportLimits,
  onSheet: (done: number, total: number) => boolean,
): Sheet[] {
  const file = new CompoundFile(bytes, limits);
  const stream = file.stream('Workbook') ?? file.stream('Book');
  if (!stream) {
    if (file.has('EncryptedPackage'))
      throw new CompoundFileError('it is password-protected: save it without a password and open it again');
    throw new CompoundFileError('it holds no workbook (no Workbook stream)');
  }
  const globals = readGlobals(stream);
  const budget = { cells: 0, max: limits.maxCells };
  const sheets: Sheet[] = [];
  for (const [i, sheet] of globals.sheets.entries()) {
    sheets.push(readSheet(stream, sheet.name, sheet.offset, globals, budget));
    if (!onSheet(i + 1, globals.sheets.length)) break;
  }
  return sheets;
}
