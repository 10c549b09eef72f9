// The structures of Word's binary format (MS-DOC) that lead to a Word 97–2003 document's text: the
// FIB at the start of the WordDocument stream names the table stream (0Table or 1Table) and where in
// it lie the CLX, whose piece table says where each run of the text is stored, and the PlcBtePapx,
// whose pages of paragraph properties say which paragraphs are table cells and rows. Every offset a
// file states is read through bounds-checked reads (little-endian.ts): a damaged file reads as zeros.
import { u16, u32 } from './little-endian.ts';

const FIB_IDENT = 0xa5ec;
/** Word 6 and 95 (nFib ≤ 104; their own wIdent, 0xA5DC or a Far East 0xA69x) lay the FIB out
 *  differently and keep their text in the system's code page; Word 97 is nFib 193. */
const WORD6_IDENTS = new Set([0xa5dc, 0xa697, 0xa698, 0xa699]);
const WORD97_NFIB = 0xc0;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
/** readFib's reason for an encrypted document, which the reader words as a password prompt. */
export const ENCRYPTED = 'it is password-protected (encrypted)';

export interface Fib {
  /** Characters of the main document: CPs 0 … ccpText − 1. */
  readonly ccpText: number;
  readonly table: '0Table' | '1Table';
  readonly clx: { at: number; length: number };
  readonly papx: { at: number; length: number };
}

/** The FIB of a WordDocument stream, or why it cannot be read. */
export function readFib(word: Uint8Array): Fib | string {
  const ident = u16(word, 0);
  if (WORD6_IDENTS.has(ident) || (ident === FIB_IDENT && u16(word, 2) < WORD97_NFIB))
    return 'it is a Word 6/95 document, older than Word 97: save it as .docx and open it again';
  if (ident !== FIB_IDENT) return 'its WordDocument stream does not start with a Word header';
  const flags = u16(word, 0x0a);
  if (flags & F_ENCRYPTED) return ENCRYPTED;
  // FibBase (32 bytes), then three arrays each led by its count: 16-bit words, 32-bit longs, FC/LCB pairs.
  const longs = 32 + 2 + u16(word, 32) * 2;
  const pairs = longs + 2 + u16(word, longs) * 4;
  const pairCount = u16(word, pairs);
  const pair = (i: number) => ({ at: u32(word, pairs + 2 + 8 * i), length: u32(word, pairs + 6 + 8 * i) });
  if (pairCount <= 33 || pairs + 2 + 8 * 34 > word.length) return 'its Word header is cut short';
  return {
    ccpText: u32(word, longs + 2 + 12),
    table: flags & F_WHICH_TABLE ? '1Table' : '0Table',
    clx: pair(33),
    papx: pair(13),
  };
}

/** One run of text: CPs [start, end) stored at byte `fc` of WordDocument, 8-bit (cp1252) or UTF-16LE. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly fc: number;
  readonly compressed: boolean;
}

/** The pieces of a CLX (Prc records, then the Pcdt holding the PlcPcd), or why not. */
export function readPieceTable(clx: Uint8Array): Piece[] | string {
  let at = 0;
  // Prc: formatting for fast-saved pieces, skipped (0x01, 16-bit size, data).
  while (clx[at] === 0x01) at += 3 + Math.max(0, (u16(clx, at + 1) << 16) >> 16);
  if (clx[at] !== 0x02) return 'its piece table is damaged';
  const length = Math.min(u32(clx, at + 1), clx.length - at - 5);
  const plc = clx.subarray(at + 5, at + 5 + length);
  const count = Math.floor((plc.length - 4) / 12);
  if (count < 1) return 'its piece table is empty';
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = u32(plc, 4 * (count + 1) + 8 * i + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({
      start: u32(plc, 4 * i),
      end: u32(plc, 4 * i + 4),
      fc: compressed ? fc / 2 : fc,
      compressed,
    });
  }
  return pieces;
}

/** What a paragraph's properties say about tables: in a cell, or the row-end (TTP) paragraph. */
export interface TableMark {
  readonly inTable: boolean;
  readonly rowEnd: boolean;
}

const SPRM_IN_TABLE = 0x2416;
const SPRM_TTP = 0x2417;
const SPRM_INNER_CELL = 0x244b;
const SPRM_INNER_TTP = 0x244c;
const SPRM_ITAP = 0x6649;
const SPRM_TDEF_TABLE = 0xd608;
const SPRM_CHG_TABS = 0xc615;

/** The table marks among a paragraph's sprms. A nested table's cells and rows (itap > 1) read as
 *  paragraphs of the enclosing cell. */
export function tableMarkOf(grpprl: Uint8Array): TableMark {
  let inTable = false;
  let rowEnd = false;
  let nested = false;
  for (let at = 0; at + 2 <= grpprl.length;) {
    const sprm = u16(grpprl, at);
    at += 2;
    const operand = grpprl[at] ?? 0;
    let size: number;
    switch (sprm >> 13) {
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 6:
        if (sprm === SPRM_TDEF_TABLE) size = 2 + Math.max(0, u16(grpprl, at) - 1);
        else if (sprm === SPRM_CHG_TABS && operand === 255) {
          const deleted = grpprl[at + 1] ?? 0;
          size = 2 + 4 * deleted + 1 + 3 * (grpprl[at + 2 + 4 * deleted] ?? 0);
        } else size = 1 + operand;
        break;
      case 7:
        size = 3;
        break;
      default:
        size = 1;
    }
    if (sprm === SPRM_IN_TABLE) inTable = operand !== 0;
    else if (sprm === SPRM_TTP) rowEnd = operand !== 0;
    else if (sprm === SPRM_ITAP) {
      inTable = u32(grpprl, at) > 0;
      nested = u32(grpprl, at) > 1;
    } else if (sprm === SPRM_INNER_CELL || sprm === SPRM_INNER_TTP) nested = true;
    at += size;
  }
  return { inTable, rowEnd: rowEnd && !nested };
}

const FKP_SIZE = 512;

/** Paragraph properties by the file offset (FC) of a paragraph's mark: the PlcBtePapx names the
 *  512-byte FKP pages of WordDocument; each page maps runs of FCs to a PAPX. Pages are read once. */
export function paragraphTableMarks(
  word: Uint8Array,
  plc: Uint8Array,
): ((fc: number) => TableMark | null) | null {
  const count = Math.floor((plc.length - 4) / 8);
  if (count < 1) return null;
  const bounds = (i: number) => u32(plc, 4 * i);
  const pages = new Map<number, { fcs: number[]; marks: TableMark[] }>();
  const page = (k: number) => {
    const pn = u32(plc, 4 * (count + 1) + 4 * k) & 0x3fffff;
    let fkp = pages.get(pn);
    if (fkp) return fkp;
    const bytes = word.subarray(pn * FKP_SIZE, (pn + 1) * FKP_SIZE);
    const runs = bytes.length === FKP_SIZE ? Math.min(bytes[511]!, 29) : 0;
    fkp = { fcs: [], marks: [] };
    for (let i = 0; i <= runs; i++) fkp.fcs.push(u32(bytes, 4 * i));
    for (let i = 0; i < runs; i++) {
      const at = bytes[4 * (runs + 1) + 13 * i]! * 2;
      const cb = bytes[at] ?? 0;
      // PapxInFkp: cb ≠ 0 → 2cb − 1 bytes follow; cb = 0 → the next byte cb′ gives 2cb′ bytes. Then istd.
      const start = cb === 0 ? at + 2 : at + 1;
      const length = cb === 0 ? 2 * (bytes[at + 1] ?? 0) : 2 * cb - 1;
      fkp.marks.push(
        at === 0 ? { inTable: false, rowEnd: false } : tableMarkOf(bytes.subarray(start + 2, start + length)),
      );
    }
    pages.set(pn, fkp);
    return fkp;
  };
  const below = (n: number, at: (i: number) => number, fc: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at(mid) <= fc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return (fc) => {
    if (fc < bounds(0) || fc >= bounds(count)) return null;
    const fkp = page(below(count, bounds, fc));
    if (fkp.marks.length === 0) return null;
    const i = below(fkp.marks.length, (j) => fkp.fcs[j]!, fc);
    return fc < fkp.fcs[i + 1]! ? fkp.marks[i]! : null;
  };
}
