// The text of an RTF file (.rtf, and the many .doc files that are RTF renamed). One pass over the
// bytes: groups carry their state (font, \uc count, \intbl), destinations that are not the body
// (font table, styles, pictures, headers, footnotes, field codes, \* extensions) are skipped, text
// bytes and \'hh escapes are decoded in the code page of the current font's charset or of \ansicpg
// (GBK for cp936 and charset 134), \uN is a UTF-16 unit followed by \ucN fallback characters that are
// skipped. \par, \cell and \row end paragraphs, cells and rows, as in a Word table.
import { decodeCp1252 } from './cp1252.ts';
import { cancelled, limitsOf, megabytes, unreadable, type ReadOptions, type ReadOutcome } from './reader.ts';
import { TableText } from './table-text.ts';

/** Windows code pages and font charsets → WHATWG encoding labels (what TextDecoder takes). */
const CODE_PAGES: Readonly<Record<number, string>> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  54936: 'gb18030',
  65001: 'utf-8',
};
const CHARSETS: Readonly<Record<number, number>> = {
  2: 1252, // Symbol: single bytes, whatever they draw
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};

const decoders = new Map<number, (bytes: Uint8Array) => string>();
/** A decoder for a code page; windows-1252 (and any the platform lacks) is cp1252.ts's. */
function decoderFor(codePage: number): (bytes: Uint8Array) => string {
  let decode = decoders.get(codePage);
  if (!decode) {
    decode = decodeCp1252;
    const label = CODE_PAGES[codePage];
    try {
      if (label && label !== 'windows-1252') {
        const decoder = new TextDecoder(label);
        decode = (bytes) => decoder.decode(bytes);
      }
    } catch {
      // an encoding this platform does not have: Latin-1 at least keeps ASCII
    }
    decoders.set(codePage, decode);
  }
  return decode;
}

/** Destinations whose content is not the body's text. Fields keep their result (\fldrslt), objects
 *  their \result, and list numbers written out (\listtext, \pntext) are kept. */
const SKIPPED = new Set(
  (
    'author buptim colortbl comment creatim datafield datastore docvar doccomm falt file filetbl fldinst ' +
    'footer footerf footerl footerr footnote ftncn ftnsep ftnsepc header headerf headerl headerr info ' +
    'keywords latentstyles list listlevel listname listoverride listoverridetable listtable mmathPr nonshppict objclass objdata objname ' +
    'operator pgdsctbl pict printim private revtbl revtim rsidtbl shprslt stylesheet subject tc template ' +
    'themedata title txe xe xmlnstbl colorschememapping generator userprops upr'
  ).split(' '),
);

const SYMBOLS: Readonly<Record<string, string>> = {
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
  line: '\n',
  page: '\n',
  column: '\n',
  // A nested table's cells and rows read as paragraphs of the enclosing cell.
  nestcell: '\n',
  nestrow: '\n',
};

type Destination = 'body' | 'fonts' | 'skip' | 'list-number';

interface Group {
  destination: Destination;
  font: number;
  /** Fallback characters after \uN. */
  uc: number;
  inTable: boolean;
  /** Inside a \upr group: its \*\ud part is the text (the rest is its ANSI twin). */
  upr: boolean;
}

const MAX_DEPTH = 512;

/** Character codes as a string, in slices: one call's arguments are limited. */
function fromCodes(codes: readonly number[]): string {
  let text = '';
  for (let at = 0; at < codes.length; at += 0x8000)
    text += String.fromCharCode(...codes.slice(at, at + 0x8000));
  return text;
}
const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

class RtfReader {
  readonly out = new TableText();
  /** Outside the outermost group nothing is text. */
  private group: Group = { destination: 'skip', font: -1, uc: 1, inTable: false, upr: false };
  private readonly stack: Group[] = [];
  /** Groups opened past MAX_DEPTH share their parent's state; they are only counted. */
  private overflow = 0;
  private codePage = 1252;
  private readonly fontCodePages = new Map<number, number>();
  private definingFont = -1;
  private defaultFont = -1;
  private pending: number[] = [];
  private pendingCodePage = 1252;
  private pendingAscii = true;
  /** UTF-16 units of \uN not yet written. */
  private units: number[] = [];
  /** Fallback characters of the last \uN still to skip. */
  private skip = 0;
  /** Nothing has been read in the current group yet (where \* may mark it ignorable). */
  private groupStart = false;

  constructor(private readonly bytes: Uint8Array) {}

  run(): void {
    const b = this.bytes;
    let at = 0;
    while (at < b.length) {
      const c = b[at]!;
      if (c === 0x7b || c === 0x7d) {
        this.skip = 0;
        this.flush();
        if (c === 0x7b) this.open();
        else this.close();
        this.groupStart = c === 0x7b;
        at++;
      } else if (c === 0x5c) {
        const start = this.groupStart;
        at = this.control(at, start);
        // \* keeps the group's start for the destination word after it
        if (!(start && this.bytes[at - 1] === 0x2a && this.bytes[at - 2] === 0x5c)) this.groupStart = false;
      } else {
        at++;
        if (c === 0x0d || c === 0x0a) continue;
        this.groupStart = false;
        if (this.skip > 0) this.skip--;
        else if (c === 0x09) this.emit('\t');
        else if (c >= 0x20) this.byte(c); // other control bytes are no text
      }
    }
    this.flush();
  }

  private open(): void {
    if (this.stack.length >= MAX_DEPTH) this.overflow++;
    else {
      this.stack.push(this.group);
      this.group = { ...this.group, destination: this.stack.length === 1 ? 'body' : this.group.destination };
    }
  }

  private close(): void {
    if (this.overflow > 0) this.overflow--;
    else this.group = this.stack.pop() ?? this.group;
  }

  /** Reads the control word or symbol at `at` (a backslash); returns where the next token starts. */
  private control(at: number, groupStart: boolean): number {
    const b = this.bytes;
    const first = b[at + 1];
    if (first === undefined) return at + 1;
    if (!isLetter(first)) return this.symbol(first, at, groupStart);
    let end = at + 1;
    while (end < b.length && end - at <= 32 && isLetter(b[end]!)) end++;
    const word = String.fromCharCode(...b.subarray(at + 1, end));
    let sign = 1;
    if (b[end] === 0x2d && isDigit(b[end + 1] ?? 0)) {
      sign = -1;
      end++;
    }
    let digits = 0;
    let value = 0;
    while (end < b.length && isDigit(b[end]!) && digits < 10) {
      value = value * 10 + (b[end]! - 0x30);
      end++;
      digits++;
    }
    if (b[end] === 0x20) end++;
    const parameter = digits > 0 ? sign * value : null;
    if (word === 'bin') return Math.min(b.length, end + Math.max(0, parameter ?? 0));
    if (this.skip > 0) {
      this.skip--;
      return end;
    }
    // \uN after \uN: the UTF-16 units gather, to be written as one string.
    if (word === 'u') this.flushBytes();
    else this.flush();
    this.word(word, parameter);
    return end;
  }

  private symbol(c: number, at: number, groupStart: boolean): number {
    if (c === 0x27) {
      // \'hh: one byte of text in the current code page
      const hex = String.fromCharCode(this.bytes[at + 2] ?? 0, this.bytes[at + 3] ?? 0);
      const value = /^[0-9a-fA-F]{2}$/.test(hex) ? parseInt(hex, 16) : -1;
      if (this.skip > 0) this.skip--;
      else if (value >= 0) this.byte(value);
      return value >= 0 ? at + 4 : at + 2;
    }
    if (this.skip > 0) {
      this.skip--;
      return at + 2;
    }
    this.flush();
    if (c === 0x2a) {
      // \*: an extension destination a reader may ignore — all of them are, but \ud (the Unicode
      // version of a \upr group). Only at a group's start: elsewhere it marks nothing.
      if (!groupStart) return at + 2;
      const ud = this.startsWith(at + 2, '\\ud') && !isLetter(this.bytes[at + 5] ?? 0);
      if (ud && this.group.upr) this.group.destination = 'body';
      else this.group.destination = 'skip';
      this.group.upr = false;
    } else if (c === 0x5c || c === 0x7b || c === 0x7d) this.emit(String.fromCharCode(c));
    else if (c === 0x7e) this.emit('\u00a0');
    else if (c === 0x5f) this.emit('-');
    else if (c === 0x0d || c === 0x0a) this.word('par', null);
    // \- (optional hyphen), \: and \| are dropped.
    return at + 2;
  }

  private word(word: string, parameter: number | null): void {
    const group = this.group;
    if (word === 'upr' && group.destination === 'body') group.upr = true;
    if (SKIPPED.has(word)) group.destination = 'skip';
    if (group.destination === 'skip') return;
    if (group.destination === 'fonts') {
      if (word === 'f') this.definingFont = parameter ?? -1;
      else if (word === 'fcharset' && parameter !== null && CHARSETS[parameter])
        this.fontCodePages.set(this.definingFont, CHARSETS[parameter]);
      else if (word === 'cpg' && parameter !== null && CODE_PAGES[parameter])
        this.fontCodePages.set(this.definingFont, parameter);
      return;
    }
    switch (word) {
      case 'fonttbl':
        group.destination = 'fonts';
        return;
      case 'listtext':
      case 'pntext':
        group.destination = 'list-number';
        return;
      case 'ansicpg':
        if (parameter !== null && CODE_PAGES[parameter]) this.codePage = parameter;
        return;
      case 'mac':
        this.codePage = 10000;
        return;
      case 'deff':
        this.defaultFont = parameter ?? -1;
        group.font = this.defaultFont;
        return;
      case 'f':
        group.font = parameter ?? -1;
        return;
      case 'plain':
        group.font = this.defaultFont;
        return;
      case 'uc':
        group.uc = Math.max(0, parameter ?? 1);
        return;
      case 'u':
        if (parameter !== null && this.isText())
          this.units.push(parameter < 0 ? parameter + 65536 : parameter);
        this.skip = group.uc;
        return;
      case 'pard':
        group.inTable = false;
        return;
      case 'intbl':
        group.inTable = parameter !== 0;
        return;
      case 'itap':
        group.inTable = (parameter ?? 1) > 0;
        return;
      case 'par':
      case 'sect':
        if (group.destination === 'body') this.out.endParagraph(group.inTable);
        return;
      case 'cell':
        if (group.destination === 'body') this.out.endCell();
        return;
      case 'row':
        if (group.destination === 'body') this.out.endRow();
        return;
      case 'tab':
        // A list number's tab only separates it from the text.
        if (group.destination === 'body') this.emit('\t');
        return;
      default: {
        const symbol = SYMBOLS[word];
        if (symbol !== undefined) this.emit(symbol);
      }
    }
  }

  private startsWith(at: number, text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.bytes[at + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private byte(value: number): void {
    if (!this.isText()) return;
    this.flushUnits();
    if (this.pending.length === 0)
      this.pendingCodePage = this.fontCodePages.get(this.group.font) ?? this.codePage;
    this.pending.push(value);
    if (value >= 0x80) this.pendingAscii = false;
  }

  private isText(): boolean {
    return this.group.destination === 'body' || this.group.destination === 'list-number';
  }

  private emit(text: string): void {
    if (this.isText()) this.out.text(text);
  }

  /** Writes the text gathered so far: bytes, decoded together (a double-byte character spans two of
   *  them), or \uN units. */
  private flush(): void {
    this.flushBytes();
    this.flushUnits();
  }

  private flushBytes(): void {
    if (this.pending.length === 0) return;
    // ASCII reads the same in every code page the reader knows; most runs are ASCII or \u text.
    this.out.text(
      this.pendingAscii
        ? fromCodes(this.pending)
        : decoderFor(this.pendingCodePage)(Uint8Array.from(this.pending)),
    );
    this.pending = [];
    this.pendingAscii = true;
  }

  private flushUnits(): void {
    if (this.units.length === 0) return;
    this.out.text(fromCodes(this.units));
    this.units = [];
  }
}

export function isRtf(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (at < 1024 && (bytes[at] === 0x20 || (bytes[at]! >= 0x09 && bytes[at]! <= 0x0d))) at++;
  return String.fromCharCode(...bytes.subarray(at, at + 5)) === '{\\rtf';
}

export function rtfToText(name: string, bytes: Uint8Array, options?: ReadOptions): ReadOutcome {
  try {
    if (options?.signal?.aborted) return cancelled(name);
    const limits = limitsOf(options);
    if (bytes.length > limits.maxBytes)
      return {
        error: `${name} cannot be read as RTF: it is ${megabytes(bytes.length)}, over the ${megabytes(limits.maxBytes)} limit.`,
        problem: { code: 'too-large', args: [name, megabytes(bytes.length), megabytes(limits.maxBytes)] },
      };
    if (!isRtf(bytes))
      return unreadable(
        `${name} cannot be read as RTF: it does not start with {\\rtf.`,
        name,
        'rtf',
        'not-its-format',
      );
    const reader = new RtfReader(bytes);
    reader.run();
    options?.onProgress?.(1, 1);
    return { text: reader.out.result(), reader: 'rtf' };
  } catch (error) {
    // Only a bug could land here: the reader looks at each byte once and reads nothing past the end.
    return unreadable(
      `${name} cannot be read as RTF: ${error instanceof Error ? error.message : String(error)}.`,
      name,
      'rtf',
      'damaged',
    );
  }
}
