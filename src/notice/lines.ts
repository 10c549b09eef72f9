// Lines of text: offsets to 1-based line and column for messages, and the lines the parser walks.

export interface LineIndex {
  locate(offset: number): { line: number; column: number };
}

export function indexLines(text: string): LineIndex {
  // Made on the first finding: a notice read without any costs no pass over its text for them.
  let starts: number[] | null = null;
  return {
    locate(offset) {
      starts ??= lineStarts(text);
      const at = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
    },
  };
}

function lineStarts(text: string): number[] {
  const starts: number[] = [0];
  if (text.includes('\r')) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // \r\n counts once; a lone \r (old Mac files) is a line break too.
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
  } else {
    // Only \n breaks lines: the engine's search finds them faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  }
  return starts;
}

export interface TextLine {
  readonly index: number;
  /** Offset of the first character after the indentation. */
  readonly start: number;
  /** Offset just past the last non-space character. */
  readonly end: number;
  /** The line without indentation or trailing spaces. */
  readonly text: string;
  /** The line's numbering, folded to half-width: see `numberingHead`. */
  readonly head: string;
}

/** Split normalised text into trimmed lines with offsets. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const line = text.slice(start, end);
    lines.push({ index: lines.length, start, end, text: line, head: numberingHead(line) });
    from = to + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 12 || code === 11;
}

/** A full-width form (（ ： １ Ａ) as its half-width twin, the ideographic space as a space. */
export function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 32 : c;
}

/** The characters a heading's numbering is written with, folded: spaces, digits, Chinese numerals,
 *  brackets, 、 and ., circled numbers, and the words of 第一部分, 第二章. */
const NUMBERING = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const folded = String.fromCharCode(foldCode(c));
  if (/[\s\d()、.一二三四五六七八九十百零〇两第部分章篇项①-⑳]/.test(folded)) NUMBERING[c] = 1;
}

/** The line's opening run of numbering characters and the one after it, folded to half-width: all
 *  that the heading patterns, anchored at the line's start and written in those characters, can
 *  read or look ahead to. Folding this head, not the whole text, spares a pass over every
 *  character of the notice. */
export function numberingHead(line: string): string {
  let end = 0;
  while (end < line.length && NUMBERING[line.charCodeAt(end)] === 1) end++;
  end = Math.min(line.length, end + 1);
  let head = '';
  for (let i = 0; i < end; i++) head += String.fromCharCode(foldCode(line.charCodeAt(i)));
  return head;
}
