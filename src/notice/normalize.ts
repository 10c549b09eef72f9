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

/** Build a string from UTF-16 code units without one call per character. */
export function fromCodes(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]),
    );
  }
  return parts.join('');
}

/** Line breaks unified to \n, odd spaces to ASCII space, and single spaces that PDF/HTML extraction
 *  leaves beside Chinese text or dashes dropped (`满洲里 —俄罗斯赤塔` → `满洲里—俄罗斯赤塔`).
 *  Runs of two or more spaces and tabs stay: they may separate the cells of a flattened table. */
function cleanCharacters(original: string): { text: string; map: Int32Array } {
  const n = original.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    let c = original.charCodeAt(i);
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
  return { text: fromCodes(out, k), map: map.subarray(0, k + 1) };
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

function joinBrokenLines(text: string, map: Int32Array): { text: string; map: Int32Array } {
  const lines = text.split('\n');
  const parts: string[] = [];
  const outMap = new Int32Array(map.length);
  let at = 0;
  let k = 0;
  lines.forEach((line, i) => {
    parts.push(line);
    outMap.set(map.subarray(at, at + line.length), k);
    k += line.length;
    at += line.length;
    if (i < lines.length - 1) {
      if (!isBrokenLine(line, lines[i + 1] as string)) {
        parts.push('\n');
        outMap[k++] = map[at] as number;
      }
      at += 1;
    }
  });
  outMap[k] = map[map.length - 1] as number;
  return { text: parts.join(''), map: outMap.slice(0, k + 1) };
}

/** Full-width ASCII forms (（）：，；１２Ａ) folded to half-width, one character for one. */
export function foldWidth(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === IDEOGRAPHIC_SPACE ? SPACE : c;
  }
  return fromCodes(codes, text.length);
}

export function normalizeText(original: string): NormalizedText {
  const cleaned = cleanCharacters(original);
  const joined = joinBrokenLines(cleaned.text, cleaned.map);
  return { text: joined.text, folded: foldWidth(joined.text), toOriginal: joined.map };
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
