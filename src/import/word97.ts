// The text of a Word 97–2003 document (.doc, and .wps as WPS Office saves it): an OLE compound file
// whose WordDocument stream starts with the FIB; the FIB points into the table stream (0Table or
// 1Table) at the CLX, whose piece table says where each run of the text lies in WordDocument.
// Only the main document is read (not headers, footnotes or text boxes). Every offset a file states
// is checked against the bytes there are, and each stream is read once: a hostile file costs time
// in proportion to its size, and is refused with a reason rather than throwing.
import { CANCELLED, limitsOf, megabytes, type ReadOptions, type ReadOutcome } from './reader.ts';

// ---- Compound file (MS-CFB): sectors chained through the FAT, small streams in the mini stream. ----

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Sector numbers from here up mark the end of a chain, a free sector or a FAT/DIFAT sector. */
const LAST_SECTOR = 0xfffffffa;
const ENTRY_SIZE = 128;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

const u16 = (b: Uint8Array, at: number): number => (at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : 0);
const u32 = (b: Uint8Array, at: number): number =>
  at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : 0;

interface CompoundFile {
  /** A stream directly below the root storage, or null when there is none. */
  stream(name: string): Uint8Array | null;
  has(name: string): boolean;
}

/** The compound file in `bytes`, or why it cannot be read. */
export function openCompoundFile(bytes: Uint8Array, maxEntries: number): CompoundFile | string {
  if (!isCompoundFile(bytes) || bytes.length < 512) return 'it is not an OLE compound file';
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return 'its compound-file header is damaged (sector size)';
  const size = 1 << shift;
  // Sector n starts at (n + 1) * size; a cut-short last sector still counts, and reads stop at the end.
  const sectors = Math.ceil(bytes.length / size) - 1;
  const sector = (n: number) => bytes.subarray((n + 1) * size, (n + 2) * size);

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const addFat = (n: number) => {
    if (n < sectors && fatSectors.length < sectors) fatSectors.push(n);
  };
  for (let i = 0; i < 109; i++) addFat(u32(bytes, 0x4c + 4 * i));
  let difat = u32(bytes, 0x44);
  for (let steps = 0; difat < sectors && steps < sectors; steps++) {
    const block = sector(difat);
    for (let i = 0; i < size / 4 - 1; i++) addFat(u32(block, 4 * i));
    difat = u32(block, size - 4);
  }
  const fat = new Uint32Array(fatSectors.length * (size / 4)).fill(0xffffffff);
  fatSectors.forEach((n, k) => {
    const block = sector(n);
    // A cut-short last sector leaves the rest of its entries free (0xFFFFFFFF).
    for (let i = 0; 4 * i + 4 <= block.length; i++) fat[k * (size / 4) + i] = u32(block, 4 * i);
  });

  /** Sectors of a chain; a chain longer than the file has sectors loops, and is cut there. */
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = [];
    for (let n = start; n < LAST_SECTOR && n < limit && out.length < limit; n = table[n] ?? 0xffffffff)
      out.push(n);
    return out;
  };
  const readChain = (start: number, length: number): Uint8Array => {
    const list = chain(start, fat, sectors);
    const out = new Uint8Array(Math.min(length, list.length * size));
    list.forEach((n, i) => {
      if (i * size < out.length) out.set(sector(n).subarray(0, out.length - i * size), i * size);
    });
    return out;
  };

  const directorySectors = chain(u32(bytes, 0x30), fat, sectors);
  const entries = (directorySectors.length * size) / ENTRY_SIZE;
  if (entries > maxEntries) return `it has more than ${maxEntries} compound-file entries`;
  const directory = readChain(u32(bytes, 0x30), directorySectors.length * size);
  const entry = (i: number) => directory.subarray(i * ENTRY_SIZE, (i + 1) * ENTRY_SIZE);
  const nameOf = (e: Uint8Array) => {
    const length = Math.min(u16(e, 0x40), 64);
    let name = '';
    for (let at = 0; at + 2 < length; at += 2) name += String.fromCharCode(u16(e, at));
    return name;
  };
  // Version 3 files keep only the low 32 bits of a stream's size; the high half may be junk.
  const sizeOf = (e: Uint8Array) => (shift === 9 ? u32(e, 0x78) : u32(e, 0x78) + u32(e, 0x7c) * 2 ** 32);

  const root = entry(0);
  if (root.length < ENTRY_SIZE || root[0x42] !== 5) return 'its compound-file directory is damaged';
  // The root's children form a tree through left/right siblings; each entry is visited once.
  const children = new Map<string, Uint8Array>();
  const seen = new Uint8Array(entries);
  const pending = [u32(root, 0x4c)];
  while (pending.length > 0) {
    const i = pending.pop()!;
    if (i >= entries || seen[i]) continue;
    seen[i] = 1;
    const e = entry(i);
    // Names compare without case (some writers store `worddocument`).
    if (e[0x42] === 2 || e[0x42] === 1) children.set(nameOf(e).toLowerCase(), e);
    pending.push(u32(e, 0x44), u32(e, 0x48));
  }

  let mini: { stream: Uint8Array; fat: Uint32Array } | null = null;
  const miniStream = () => {
    if (mini) return mini;
    const stream = readChain(u32(root, 0x74), sizeOf(root));
    const table = readChain(u32(bytes, 0x3c), u32(bytes, 0x40) * size);
    const fat = new Uint32Array(table.length >> 2);
    for (let i = 0; i < fat.length; i++) fat[i] = u32(table, 4 * i);
    return (mini = { stream, fat });
  };
  const cutoff = u32(bytes, 0x38) || 4096;

  return {
    has: (name) => children.has(name.toLowerCase()),
    stream(name) {
      const e = children.get(name.toLowerCase());
      if (!e || e[0x42] !== 2) return null;
      const length = sizeOf(e);
      if (length >= cutoff) return readChain(u32(e, 0x74), length);
      const { stream, fat } = miniStream();
      const list = chain(u32(e, 0x74), fat, Math.min(fat.length, stream.length >> 6));
      const out = new Uint8Array(Math.min(length, list.length * 64));
      list.forEach((n, i) => {
        if (i * 64 < out.length)
          out.set(stream.subarray(n * 64, n * 64 + Math.min(64, out.length - i * 64)), i * 64);
      });
      return out;
    },
  };
}

// ---- Word 97 binary (MS-DOC): the FIB, the piece table, paragraph properties. ----

const FIB_IDENT = 0xa5ec;
/** Word 6 and 95 (nFib ≤ 104; their own wIdent, 0xA5DC or a Far East 0xA69x) lay the FIB out
 *  differently and keep their text in the system's code page; Word 97 is nFib 193. */
const WORD6_IDENTS = new Set([0xa5dc, 0xa697, 0xa698, 0xa699]);
const WORD97_NFIB = 0xc0;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const ENCRYPTED = 'it is password-protected (encrypted)';

interface Fib {
  /** Characters of the main document: CPs 0 … ccpText − 1. */
  readonly ccpText: number;
  readonly table: '0Table' | '1Table';
  readonly clx: { at: number; length: number };
  readonly papx: { at: number; length: number };
}

function readFib(word: Uint8Array): Fib | string {
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
function paragraphTableMarks(word: Uint8Array, plc: Uint8Array): ((fc: number) => TableMark | null) | null {
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

// ---- Lines: paragraphs, and table rows as tab-separated cells (shared with the RTF reader). ----

const CLOSING_PUNCTUATION = /[。；;，,、：:！？!?）)】」”]/;

/** A cell that lists agencies puts one per paragraph (`自治区商务厅` / `自治区财政厅`): short
 *  paragraphs without closing punctuation are list entries and are joined with 、 so the parser
 *  reads them as a list; anything else is prose, joined directly. As word-xml.ts does for .docx
 *  (the same rule, kept linear: a cell of many paragraphs is not rescanned for each). */
function joinCellParagraphs(paragraphs: readonly string[]): string {
  let joined = '';
  let entryStart = 0; // where the text after the last 、 starts: the entry being written
  for (const paragraph of paragraphs) {
    const part = paragraph.trim();
    if (part.length === 0) continue;
    // (the entry's last character decides; an empty entry, after a 、, has none)
    const entry = joined.length - entryStart;
    const listEntry =
      joined.length > 0 && entry <= 20 && (entry === 0 || !CLOSING_PUNCTUATION.test(joined.at(-1)!));
    if (listEntry) joined += '、';
    const comma = part.lastIndexOf('、');
    if (comma >= 0) entryStart = joined.length + comma + 1;
    else if (listEntry) entryStart = joined.length;
    joined += part;
  }
  return joined;
}

/** The text of a document whose paragraphs end with a mark that says (or is told) whether it is in a
 *  table: each paragraph a line; each row a line of tab-separated cells. Paragraph text may hold '\t'
 *  (a tab) and '\n' (a line break); in a cell these become a space and a new cell paragraph, as a tab
 *  or a line break there would read as a cell or row boundary. */
export class TableText {
  private readonly lines: string[] = [];
  private paragraph = '';
  private cell: string[] = [];
  private row: string[] = [];

  text(text: string): void {
    this.paragraph += text;
  }

  get paragraphEmpty(): boolean {
    return this.paragraph.length === 0;
  }

  /** A row has begun and not ended. */
  get rowOpen(): boolean {
    return this.row.length > 0 || this.cell.length > 0;
  }

  endParagraph(inTable: boolean): void {
    if (inTable) {
      for (const part of this.paragraph.replace(/\t/g, ' ').split('\n')) this.cell.push(part);
    } else {
      this.flushRow();
      this.lines.push(this.paragraph);
    }
    this.paragraph = '';
  }

  endCell(): void {
    this.endParagraph(true);
    this.row.push(joinCellParagraphs(this.cell));
    this.cell = [];
  }

  endRow(): void {
    if (this.cell.length > 0 || this.paragraph.length > 0) this.endCell();
    this.lines.push(this.row.join('\t'));
    this.row = [];
  }

  /** The lines, each ended by a newline. */
  result(): string {
    this.flushRow();
    if (this.paragraph.length > 0) this.endParagraph(false);
    return this.lines.length === 0 ? '' : this.lines.join('\n') + '\n';
  }

  private flushRow(): void {
    if (this.rowOpen) this.endRow();
  }
}

// ---- The main document's text. ----

const UTF16 = new TextDecoder('utf-16le');

/** Windows-1252 for bytes 0x80–0x9F (curly quotes, dashes, €); the rest are Latin-1. Not
 *  TextDecoder('windows-1252'): Node 20's drops those bytes. Unassigned bytes stay C1 controls. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

export function decodeCp1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  let text = '';
  for (let at = 0; at < units.length; at += 0x8000)
    text += String.fromCharCode(...units.subarray(at, at + 0x8000));
  return text;
}

/** The main document's text, piece by piece, with where each piece is stored (for paragraph
 *  properties, found by the FC of a paragraph's mark). Total characters are capped at the stream's
 *  size: pieces that overlap cannot multiply the work. */
function* pieceTexts(
  word: Uint8Array,
  pieces: readonly Piece[],
  ccpText: number,
): Generator<{ text: string; fc: number; width: 1 | 2 }> {
  let budget = word.length;
  for (const piece of pieces) {
    const end = Math.min(piece.end, ccpText);
    if (end <= piece.start) continue;
    const width = piece.compressed ? 1 : 2;
    const count = Math.min(end - piece.start, Math.floor((word.length - piece.fc) / width), budget);
    if (count <= 0) continue;
    budget -= count;
    const bytes = word.subarray(piece.fc, piece.fc + count * width);
    // One UTF-16 unit per stored character: cp1252 maps each byte to one, UTF-16LE is kept as stored.
    yield { text: piece.compressed ? decodeCp1252(bytes) : UTF16.decode(bytes), fc: piece.fc, width };
    if (budget === 0) return;
  }
}

/** The main document as lines. Word's marks: 0x0D ends a paragraph, 0x07 a cell (or, in the row-end
 *  paragraph its properties call TTP, the row); 0x0B, 0x0C and 0x0E break the line; fields run
 *  0x13 code 0x14 result 0x15, and only the result is kept; 0x1E is a non-breaking hyphen. Pictures
 *  (0x01, 0x08), optional hyphens (0x1F) and other controls are dropped. Without paragraph properties,
 *  a cell mark straight after a cell mark ends the row (which misreads an empty last-but-one cell). */
export function mainText(
  word: Uint8Array,
  pieces: readonly Piece[],
  ccpText: number,
  markAt: ((fc: number) => TableMark | null) | null,
): string {
  const out = new TableText();
  const fields: boolean[] = []; // per open field: still in its code (before the separator)?
  let inCode = 0; // open fields still in their code
  let afterCell = false; // the last mark was a cell mark, and nothing has followed it
  for (const { text, fc, width } of pieceTexts(word, pieces, ccpText)) {
    let run = 0; // where the text not yet written starts: written in runs, up to each control character
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x20) continue;
      if (inCode === 0 && i > run) out.text(text.slice(run, i));
      run = i + 1;
      if (code === 0x0d || code === 0x07) {
        const mark = markAt?.(fc + i * width) ?? null;
        const rowEnd: boolean = mark ? mark.rowEnd : afterCell && out.paragraphEmpty;
        if (code === 0x0d) out.endParagraph(mark ? mark.inTable : out.rowOpen);
        else if (rowEnd) out.endRow();
        else out.endCell();
        afterCell = code === 0x07 && !rowEnd;
      } else if (code === 0x13) {
        fields.push(true);
        inCode++;
      } else if (code === 0x14) {
        if (fields.at(-1) === true) inCode--;
        if (fields.length > 0) fields[fields.length - 1] = false;
      } else if (code === 0x15) {
        if (fields.pop() === true) inCode--;
      } else if (inCode > 0) continue;
      else if (code === 0x09) out.text('\t');
      else if (code === 0x0b || code === 0x0c || code === 0x0e) out.text('\n');
      else if (code === 0x1e) out.text('-');
    }
    if (inCode === 0 && run < text.length) out.text(text.slice(run));
  }
  return out.result();
}

// ---- The reader. ----

function kindOf(name: string): 'wps' | 'doc' {
  return /\.wps$/i.test(name) ? 'wps' : 'doc';
}

export function readWord97(name: string, bytes: Uint8Array, options?: ReadOptions): ReadOutcome {
  const kind = kindOf(name);
  const cannot = (why: string) => ({
    error: `${name} cannot be read as a Word 97–2003 .${kind} file: ${why}.`,
  });
  try {
    if (options?.signal?.aborted) return { error: CANCELLED };
    const limits = limitsOf(options);
    if (bytes.length > limits.maxBytes)
      return cannot(`it is ${megabytes(bytes.length)}, over the ${megabytes(limits.maxBytes)} limit`);
    if (!isCompoundFile(bytes))
      return kind === 'wps'
        ? {
            error: `${name} is not a Word-binary WPS file (an early WPS format): save it as .docx in WPS Office.`,
          }
        : cannot('it is not an OLE compound file');
    const file = openCompoundFile(bytes, limits.maxEntries);
    if (typeof file === 'string') return cannot(file);
    const word = file.stream('WordDocument');
    if (!word) {
      if (file.has('EncryptionInfo'))
        return { error: `${name} is password-protected: save it without a password and open it again.` };
      return kind === 'wps'
        ? {
            error: `${name} is not a Word-binary WPS file (it has no WordDocument stream: an early WPS or a Microsoft Works file): save it as .docx and open it again.`,
          }
        : cannot('it has no WordDocument stream, so it is not a Word document');
    }
    const fib = readFib(word);
    if (typeof fib === 'string') {
      return fib === ENCRYPTED
        ? { error: `${name} is password-protected: save it without a password and open it again.` }
        : cannot(fib);
    }
    const table = file.stream(fib.table);
    if (!table) return cannot(`it has no ${fib.table} stream`);
    if (fib.clx.at + fib.clx.length > table.length)
      return cannot('its piece table lies outside its table stream');
    const pieces = readPieceTable(table.subarray(fib.clx.at, fib.clx.at + fib.clx.length));
    if (typeof pieces === 'string') return cannot(pieces);
    if (options?.signal?.aborted) return { error: CANCELLED };
    const papx = table.subarray(fib.papx.at, fib.papx.at + fib.papx.length);
    const text = mainText(word, pieces, fib.ccpText, paragraphTableMarks(word, papx));
    options?.onProgress?.(1, 1);
    return { text, reader: `${kind}: Word 97 piece table` };
  } catch (error) {
    // Only a bug could land here: the checks above keep every read inside the bytes there are.
    return cannot(error instanceof Error ? error.message : String(error));
  }
}
