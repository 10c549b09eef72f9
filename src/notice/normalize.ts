// Normalisation that keeps offsets: the parser reads a cleaned copy of the text, and every index in
// that copy maps back to the original, so the model's offsets always point into the original text.
import { LABEL } from './marker-words.ts';

export interface NormalizedText {
  /** The cleaned text the parser reads. */
  readonly text: string;
  /** `folded[i]` is `text[i]` with full-width ASCII forms folded to half-width: same length, for matching. */
  readonly folded: string;
  /** `toOriginal[i]` is the original offset of `text[i]`; `toOriginal[text.length]` is the original length. */
  readonly toOriginal: Int32Array;
}

/** CJK ideographs and punctuation, full-width forms, dashes, quotes, ellipsis, middle dot. */
function isCjkOrFullWidth(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2013 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0xb7
  );
}

const SPACE = 32;
const IDEOGRAPHIC_SPACE = 0x3000;
const isBlank = (c: number) => c === SPACE || c === IDEOGRAPHIC_SPACE;

/** The platform's own UTF-16 (typed arrays use its byte order), or null where TextDecoder lacks it. */
const UTF16 = ((): TextDecoder | null => {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  try {
    return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true });
  } catch {
    return null;
  }
})();

/** Build a string from UTF-16 code units without one call per character: the decoder copies them in
 *  one pass, several times faster than `String.fromCharCode` over chunks. A lone surrogate (which a
 *  fatal decoder rejects) takes the slow path, so it is kept as it was, not replaced. */
export function fromCodes(codes: Uint16Array, length: number): string {
  if (UTF16 !== null) {
    try {
      return UTF16.decode(new Uint8Array(codes.buffer, codes.byteOffset, length * 2));
    } catch {
      // a lone surrogate: fall through
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]),
    );
  }
  return parts.join('');
}

/** Cleaned code units with their original offsets; `map[length]` is the original length. */
interface Cleaned {
  readonly codes: Uint16Array;
  readonly map: Int32Array;
  readonly length: number;
}

/** Line breaks unified to \n, odd spaces to ASCII space, and single spaces that PDF/HTML extraction
 *  leaves beside Chinese text or dashes dropped (`满洲里 —俄罗斯赤塔` → `满洲里—俄罗斯赤塔`).
 *  Runs of two or more spaces and tabs stay: they may separate the cells of a flattened table. */
function cleanCharacters(original: string): Cleaned {
  const n = original.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    let c = original.charCodeAt(i);
    // Ideographs, most of a notice, are kept as they are.
    if (c >= 0x3400 && c <= 0x9fff) {
      out[k] = c;
      map[k] = i;
      k++;
      continue;
    }
    if (c === 13) {
      if (original.charCodeAt(i + 1) === 10) continue;
      c = 10;
    } else if (c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009) {
      c = SPACE;
    } else if (c === 0xfeff || c === 0x200b) {
      continue;
    }
    if (isBlank(c) && k > 0) {
      const prev = out[k - 1] as number;
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 10;
      const single = !isBlank(prev) && !isBlank(next) && next !== 9 && prev !== 9;
      const inLine = prev !== 10 && next !== 10 && next !== 13;
      if (single && inLine && (isCjkOrFullWidth(prev) || isCjkOrFullWidth(next))) continue;
    }
    out[k] = c;
    map[k] = i;
    k++;
  }
  map[k] = n;
  return { codes: out, map, length: k };
}

const SENTENCE_END = /[。！？；;:：!?）)”」』〕】\]]$/;
const PROSE = /[。，,；]/;
const STARTS_BLOCK =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百]+|[（(〔【[［])/;
/** A label line (`牵头单位：…`) is a line of its own, and so is the one after it. */
const LABEL_LINE = new RegExp(`^(?:${LABEL.source})`);

/** A paragraph broken across two lines by PDF extraction: the first line is prose that stops
 *  mid-sentence, the next line continues it without indentation and is not a heading or label. */
function isBrokenLine(line: string, next: string): boolean {
  const body = line.trim();
  if (body.length < 8 || !PROSE.test(body) || SENTENCE_END.test(body)) return false;
  if (LABEL_LINE.test(body) || LABEL_LINE.test(next.trim())) return false;
  if (next.length === 0 || /^[ \t\u3000]/.test(next)) return false;
  // Table rows (cells split by tabs, bars or wide spaces) are lines of their own.
  if (/\t| {2}|[|｜]/.test(body) || /^\d+\s/.test(next)) return false;
  return !STARTS_BLOCK.test(next.trim());
}

/** Drops the line breaks inside broken paragraphs, moving code units and offsets down in place: one
 *  pass over the text, however many lines are joined. */
function joinBrokenLines(cleaned: Cleaned): Cleaned & { text: string | null } {
  const { codes, map } = cleaned;
  const whole = fromCodes(codes, cleaned.length);
  let read = 0;
  let write = 0;
  const move = (count: number) => {
    if (write !== read) {
      codes.copyWithin(write, read, read + count);
      map.copyWithin(write, read, read + count);
    }
    read += count;
    write += count;
  };
  // Line by line, each sliced when reached: no array of every line of a large text at once.
  let end = whole.indexOf('\n');
  let line = end < 0 ? whole : whole.slice(0, end);
  while (end >= 0) {
    const nextEnd = whole.indexOf('\n', end + 1);
    const next = whole.slice(end + 1, nextEnd < 0 ? whole.length : nextEnd);
    move(line.length);
    if (isBrokenLine(line, next)) read++;
    else move(1);
    line = next;
    end = nextEnd;
  }
  move(line.length);
  map[write] = map[cleaned.length] as number;
  // Nothing joined: the text is the one already built.
  return { codes, map, length: write, text: write === cleaned.length ? whole : null };
}

/** Full-width ASCII forms (（）：，；１２Ａ) folded to half-width, one character for one. */
function foldCodes(codes: Uint16Array, length: number): Uint16Array {
  for (let i = 0; i < length; i++) {
    const c = codes[i] as number;
    if (c >= 0xff01 && c <= 0xff5e) codes[i] = c - 0xfee0;
    else if (c === IDEOGRAPHIC_SPACE) codes[i] = SPACE;
  }
  return codes;
}

export function normalizeText(original: string): NormalizedText {
  const joined = joinBrokenLines(cleanCharacters(original));
  const text = joined.text ?? fromCodes(joined.codes, joined.length);
  // Folded last: it overwrites the code units the text was built from.
  const folded = fromCodes(foldCodes(joined.codes, joined.length), joined.length);
  return { text, folded, toOriginal: joined.map.subarray(0, joined.length + 1) };
}

/** The original span of the normalised span [start, end). */
export function originalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = norm.toOriginal[start] ?? 0;
  const to = end > start ? (norm.toOriginal[end - 1] ?? from) + 1 : from;
  return { start: from, end: to };
}
