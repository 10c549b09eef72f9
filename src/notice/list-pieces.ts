// Splitting a list into pieces by character: brackets, separators, and what trims off a piece's ends.
// One table of flags by code unit, so each character costs one load: sets and `text[i]` (which
// allocates a string for each Chinese character) made this the costliest loop of reading a list.

export interface Piece {
  text: string;
  start: number;
}

const OPENER = 1;
const CLOSER = 2;
const LEAD_TRIM = 4;
const TRAIL_TRIM = 8;
const SPACE = 16;
/** Splits a list into runs: `，`. */
export const LIST_SEPARATORS = 32;
/** Splits a run into names: `、`. */
export const NAME_SEPARATORS = 64;
/** Trimmed off a list's end: separators, `。` and spaces. */
const LIST_END = 128;

const FLAGS = new Uint8Array(0x10000);
function mark(chars: string, flag: number): void {
  for (const c of chars) set(c.charCodeAt(0), flag);
}
function set(code: number, flag: number): void {
  FLAGS[code] = (FLAGS[code] as number) | flag;
}
mark('（(〔【[［〈<《', OPENER);
mark('）)〕】]］〉>》', CLOSER);
mark('“"‘\'《由和及与', LEAD_TRIM);
mark('”"’\'》', TRAIL_TRIM);
// Whitespace as `\s` and `trim` have it.
mark('\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', SPACE);
for (let c = 0x2000; c <= 0x200a; c++) set(c, SPACE);
mark(',，;；', LIST_SEPARATORS);
mark('、/', NAME_SEPARATORS);
mark(',，;；。、', LIST_END);

/** Whitespace as `\s` and `trim` have it, told by the code unit. */
export function isSpace(c: number): boolean {
  return ((FLAGS[c] as number) & SPACE) !== 0;
}

export function isOpener(c: number): boolean {
  return ((FLAGS[c] as number) & OPENER) !== 0;
}

export function isCloser(c: number): boolean {
  return ((FLAGS[c] as number) & CLOSER) !== 0;
}

/** The piece without spaces, quotes and joining words at its ends; a loop, not two regexes. */
export function trimPiece(text: string, start: number): Piece {
  let lead = 0;
  while (lead < text.length && (FLAGS[text.charCodeAt(lead)] as number) & (LEAD_TRIM | SPACE)) lead++;
  let end = text.length;
  while (end > lead && (FLAGS[text.charCodeAt(end - 1)] as number) & (TRAIL_TRIM | SPACE)) end--;
  return { text: lead === 0 && end === text.length ? text : text.slice(lead, end), start: start + lead };
}

/** `text` without separators, `。` and spaces at its end (`/[,，;；。、\s]+$/`). */
export function trimListEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (FLAGS[text.charCodeAt(end - 1)] as number) & (LIST_END | SPACE)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Split `text` at each separator character outside brackets, keeping offsets. */
export function splitAt(text: string, start: number, separators: number): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const flags = i < text.length ? (FLAGS[text.charCodeAt(i)] as number) : 0;
    if (flags & OPENER) depth++;
    else if (flags & CLOSER) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && flags & separators)) {
      const piece = trimPiece(text.slice(from, i), start + from);
      if (piece.text.length > 0) pieces.push(piece);
      from = i + 1;
    }
  }
  return pieces;
}

/** A list's runs (split at `，；`), each as its names (split at `、/`), trimmed, empty ones left out.
 *  A list without brackets is split in one pass; one with brackets run by run, each run trimmed
 *  first, since a trimmed bracket (`《`) changes what lies inside one. */
export function splitList(text: string, start: number): Piece[][] {
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const flags = i < text.length ? (FLAGS[text.charCodeAt(i)] as number) : 0;
    if (flags & (OPENER | CLOSER)) {
      return splitAt(text, start, LIST_SEPARATORS)
        .map((r) => splitAt(r.text, r.start, NAME_SEPARATORS))
        .filter((names) => names.length > 0);
    }
    if (i === text.length || flags & (LIST_SEPARATORS | NAME_SEPARATORS)) {
      const piece = trimPiece(text.slice(from, i), start + from);
      if (piece.text.length > 0) run.push(piece);
      from = i + 1;
      if (i === text.length || flags & LIST_SEPARATORS) {
        if (run.length > 0) runs.push(run);
        run = [];
      }
    }
  }
  return runs;
}
