// Normalisation that keeps offsets: the parser reads a cleaned copy of the text, and every index in
// that copy maps back to the original, so the model's offsets always point into the original text.
import { LABEL } from './marker-words.ts';

export interface NormalizedText {
  /** The cleaned text the parser reads. */
  readonly text: string;
  /** Where the cleaned text drops characters of the original: `toOriginal(i)` is `i` plus the
   *  `removed[j]` of the last `at[j] <= i` (each step an offset the text lost characters before). */
  readonly offsets: OffsetMap;
}

/** Offsets of a text that dropped some characters of another, back in that other. A notice loses few
 *  characters (stray spaces, \r, broken lines), so the steps are kept, not one offset per character:
 *  building that table was a pass over every character. */
export class OffsetMap {
  /** Offsets in this text where more characters have been dropped before, ascending. */
  private readonly at: number[] = [];
  /** Characters dropped before each `at`, in all. */
  private readonly removed: number[] = [];

  /** Characters dropped before `at` (an offset in this text, after all earlier drops). */
  drop(at: number, count = 1): void {
    const last = this.at.length - 1;
    const total = (last >= 0 ? (this.removed[last] as number) : 0) + count;
    if (last >= 0 && this.at[last] === at) this.removed[last] = total;
    else {
      this.at.push(at);
      this.removed.push(total);
    }
  }

  /** The step the last lookup fell in: lookups mostly move forward through the text, so the next
   *  one usually falls in the same step or the one after, and needs no search. */
  private finger = 0;

  /** The offset in the other text of this text's offset `i`. */
  toOriginal(i: number): number {
    const at = this.at;
    if (at.length === 0 || i < (at[0] as number)) return i;
    const f = this.finger;
    if ((at[f] as number) <= i && (f + 1 === at.length || i < (at[f + 1] as number)))
      return i + (this.removed[f] as number);
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((at[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    this.finger = lo;
    return i + (this.removed[lo] as number);
  }

  /** This map followed by `outer`, the map of a text made from this one: from that text's offsets
   *  straight to this one's original. */
  then(outer: OffsetMap): OffsetMap {
    if (outer.at.length === 0) return this;
    if (this.at.length === 0) return outer;
    const both = new OffsetMap();
    // The count dropped can change only at the outer steps and where the outer text first reaches
    // one of this map's steps: both lists ascend, so they merge in one pass.
    const reaching = this.at.map((a) => outer.firstReaching(a));
    let before = 0;
    let o = 0;
    let r = 0;
    while (o < outer.at.length || r < reaching.length) {
      const nextOuter = o < outer.at.length ? (outer.at[o] as number) : Infinity;
      const nextReaching = r < reaching.length ? (reaching[r] as number) : Infinity;
      const i = Math.min(nextOuter, nextReaching);
      if (nextOuter === i) o++;
      if (nextReaching === i) r++;
      const total = this.toOriginal(outer.toOriginal(i)) - i;
      if (total !== before) both.drop(i, total - before);
      before = total;
    }
    return both;
  }

  /** The first offset of this text whose original offset is `o` or more. */
  private firstReaching(o: number): number {
    const { at, removed } = this;
    // The last step whose own offset maps to `o` or before; after it offsets map `removed` further on.
    let lo = -1;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((at[mid] as number) + (removed[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    const shift = lo < 0 ? 0 : (removed[lo] as number);
    const nextStep = lo + 1 < at.length ? (at[lo + 1] as number) : Infinity;
    return Math.min(o - shift, nextStep);
  }
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

/** The characters cleaning may change or drop; every other character is kept as it is. Runs of two
 *  or more blanks are kept whole (each blank in them has a blank beside it), so they match as one. */
const TO_CLEAN = /[ \u3000]{2,}|[\r\u00a0\u2002\u2003\u2009\ufeff\u200b \u3000]/g;

/** Line breaks unified to \n, odd spaces to ASCII space, and single spaces that PDF/HTML extraction
 *  leaves beside Chinese text or dashes dropped (`满洲里 —俄罗斯赤塔` → `满洲里—俄罗斯赤塔`).
 *  Runs of two or more spaces and tabs stay: they may separate the cells of a flattened table.
 *  The search visits only the characters to clean; what lies between them is copied in slices. */
function cleanCharacters(original: string): { text: string; offsets: OffsetMap } {
  const n = original.length;
  const offsets = new OffsetMap();
  const parts: string[] = [];
  /** Start of the run of original characters kept as they are, not yet copied to `parts`. */
  let kept = 0;
  /** Characters written before `kept`. */
  let written = 0;
  /** The last character written before `kept`. */
  let lastWritten = -1;
  TO_CLEAN.lastIndex = 0;
  for (let m = TO_CLEAN.exec(original); m !== null; m = TO_CLEAN.exec(original)) {
    const i = m.index;
    if (m[0].length > 1) continue;
    const k = written + (i - kept);
    let c = original.charCodeAt(i);
    let drop = false;
    if (c === 13) {
      if (original.charCodeAt(i + 1) === 10) drop = true;
      else c = 10;
    } else if (c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009) {
      c = SPACE;
    } else if (c === 0xfeff || c === 0x200b) {
      drop = true;
    }
    if (!drop && isBlank(c) && k > 0) {
      const prev = i > kept ? original.charCodeAt(i - 1) : lastWritten;
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 10;
      const single = !isBlank(prev) && !isBlank(next) && next !== 9 && prev !== 9;
      const inLine = prev !== 10 && next !== 10 && next !== 13;
      drop = single && inLine && (isCjkOrFullWidth(prev) || isCjkOrFullWidth(next));
    }
    if (!drop && c === original.charCodeAt(i)) continue;
    if (i > kept) {
      parts.push(original.slice(kept, i));
      lastWritten = original.charCodeAt(i - 1);
    }
    if (drop) {
      offsets.drop(k);
      written = k;
    } else {
      parts.push(String.fromCharCode(c));
      lastWritten = c;
      written = k + 1;
    }
    kept = i + 1;
  }
  if (kept === 0) return { text: original, offsets };
  parts.push(original.slice(kept));
  return { text: parts.join(''), offsets };
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
  // The next line's start first: most lines are followed by an indented paragraph or a blank line,
  // told by one character, before any search of the line itself.
  const first = next.charCodeAt(0);
  if (next.length === 0 || first === 32 || first === 9 || first === 0x3000) return false;
  const body = line.trim();
  if (body.length < 8 || !PROSE.test(body) || SENTENCE_END.test(body)) return false;
  if (LABEL_LINE.test(body) || LABEL_LINE.test(next.trim())) return false;
  // Table rows (cells split by tabs, bars or wide spaces) are lines of their own.
  if (/\t| {2}|[|｜]/.test(body) || /^\d+\s/.test(next)) return false;
  return !STARTS_BLOCK.test(next.trim());
}

/** Drops the line breaks inside broken paragraphs: one pass over the lines, each sliced when
 *  reached (no array of every line of a large text at once), the text copied in slices between the
 *  breaks dropped. */
function joinBrokenLines(text: string): { text: string; offsets: OffsetMap } {
  const offsets = new OffsetMap();
  const parts: string[] = [];
  let copied = 0;
  let dropped = 0;
  let end = text.indexOf('\n');
  let line = end < 0 ? text : text.slice(0, end);
  while (end >= 0) {
    const nextEnd = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
    if (isBrokenLine(line, next)) {
      parts.push(text.slice(copied, end));
      copied = end + 1;
      offsets.drop(end - dropped);
      dropped++;
    }
    line = next;
    end = nextEnd;
  }
  if (copied === 0) return { text, offsets };
  parts.push(text.slice(copied));
  return { text: parts.join(''), offsets };
}

export function normalizeText(original: string): NormalizedText {
  const cleaned = cleanCharacters(original);
  const joined = joinBrokenLines(cleaned.text);
  return { text: joined.text, offsets: cleaned.offsets.then(joined.offsets) };
}

/** The original offset of the normalised offset `i` (the original length for the text's end). */
export function originalOffset(norm: NormalizedText, i: number): number {
  return norm.offsets.toOriginal(Math.max(0, Math.min(i, norm.text.length)));
}

/** The original span of the normalised span [start, end). */
export function originalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = originalOffset(norm, start);
  const to = end > start ? originalOffset(norm, end - 1) + 1 : from;
  return { start: from, end: to };
}
