// Lines of text: offsets to 1-based line and column for messages, and the lines the parser walks.

export interface LineIndex {
  locate(offset: number): { line: number; column: number };
}

export function indexLines(text: string): LineIndex {
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
  return {
    locate(offset) {
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

export interface TextLine {
  readonly index: number;
  /** Offset of the first character after the indentation. */
  readonly start: number;
  /** Offset just past the last non-space character. */
  readonly end: number;
  /** The line without indentation or trailing spaces. */
  readonly text: string;
  /** `text` with full-width forms folded to half-width. */
  readonly folded: string;
}

/** Split normalised text (and its folded twin) into trimmed lines with offsets. */
export function splitLines(text: string, folded: string): TextLine[] {
  const lines: TextLine[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.push({
      index: lines.length,
      start,
      end,
      text: text.slice(start, end),
      folded: folded.slice(start, end),
    });
    from = to + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 12 || code === 11;
}
