// Bracket groups in a line of text, of every kind the genre uses: （） () 〔〕 [] ［］ 【】.

/** Bracket families by character code: （ and ( are one family, [ and ［ another. */
function openerFamily(c: number): number {
  if (c === 0xff08 || c === 0x28) return 1;
  if (c === 0x3014) return 2;
  if (c === 0x5b || c === 0xff3b) return 3;
  if (c === 0x3010) return 4;
  return 0;
}

function closerFamily(c: number): number {
  if (c === 0xff09 || c === 0x29) return 1;
  if (c === 0x3015) return 2;
  if (c === 0x5d || c === 0xff3d) return 3;
  if (c === 0x3011) return 4;
  return 0;
}

export interface BracketGroup {
  /** Offset of the opening bracket. */
  readonly open: number;
  /** Offset just past the closing bracket (or the line's end when the group is never closed). */
  readonly end: number;
  readonly closed: boolean;
}

export interface BracketScan {
  /** Outermost groups, in order. */
  readonly groups: readonly BracketGroup[];
  /** Closing brackets with no opening bracket. */
  readonly strayClosers: readonly number[];
}

export interface BracketScanResult extends BracketScan {
  /** Openers never closed. */
  readonly unclosed: readonly number[];
}

/** Ideographs first: most of a line. */
function notBracket(c: number): boolean {
  return (c > 0x3015 && c < 0xff08) || c < 0x28 || (c > 0x5d && c < 0x3010);
}

/** Where the first bracket of `text[from, to)` is, or `to`. */
function firstBracket(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!notBracket(c) && (openerFamily(c) !== 0 || closerFamily(c) !== 0)) return i;
  }
  return to;
}

const NO_BRACKETS: BracketScanResult = Object.freeze({
  groups: Object.freeze([]),
  strayClosers: Object.freeze([]),
  unclosed: Object.freeze([]),
});

/** Scan `text[from, to)` for outermost bracket groups. An opener is closed by its own family; a
 *  closer that matches a deeper opener closes it and leaves the openers above it unclosed. A last
 *  opener never closed, with no group after it, is returned as an open group to the end (a
 *  truncated marker is still worth reading). */
export function scanBrackets(text: string, from: number, to: number): BracketScanResult {
  // Most lines hold no bracket: they share one empty result instead of allocating five arrays.
  const first = firstBracket(text, from, to);
  if (first === to) return NO_BRACKETS;
  const pairs: BracketGroup[] = [];
  const strayClosers: number[] = [];
  const unclosed: number[] = [];
  const stack: { family: number; at: number }[] = [];
  for (let i = first; i < to; i++) {
    const c = text.charCodeAt(i);
    if (notBracket(c)) continue;
    const opens = openerFamily(c);
    if (opens !== 0) {
      stack.push({ family: opens, at: i });
      continue;
    }
    const closes = closerFamily(c);
    if (closes === 0) continue;
    let depth = stack.length - 1;
    while (depth >= 0 && stack[depth]?.family !== closes) depth--;
    if (depth < 0) {
      strayClosers.push(i);
      continue;
    }
    for (let k = depth + 1; k < stack.length; k++) unclosed.push((stack[k] as { at: number }).at);
    pairs.push({ open: (stack[depth] as { at: number }).at, end: i + 1, closed: true });
    stack.length = depth;
  }
  for (const open of stack) unclosed.push(open.at);
  unclosed.sort((a, b) => a - b);
  pairs.sort((a, b) => a.open - b.open);
  const groups: BracketGroup[] = [];
  for (const pair of pairs) {
    const last = groups[groups.length - 1];
    if (!last || pair.open >= last.end) groups.push(pair);
  }
  const lastOpen = unclosed[unclosed.length - 1];
  const lastGroup = groups[groups.length - 1];
  if (lastOpen !== undefined && (!lastGroup || lastGroup.end <= lastOpen)) {
    groups.push({ open: lastOpen, end: to, closed: false });
  }
  return { groups, strayClosers, unclosed };
}
