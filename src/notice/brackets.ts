// Bracket groups in a line of text, of every kind the genre uses: （） () 〔〕 [] ［］ 【】.

/** Bracket families by character code: （ and ( are one family, [ and ［ another. An opener's family
 *  is in the low bits, a closer's shifted by CLOSER; one table load per character, since the scan
 *  visits nearly every character of a notice and most are no bracket at all. */
const FAMILY = new Uint8Array(0x10000);
const CLOSER = 4;
for (const [family, openers, closers] of [
  [1, '（(', '）)'],
  [2, '〔', '〕'],
  [3, '[［', ']］'],
  [4, '【', '】'],
] as const) {
  for (const c of openers) FAMILY[c.charCodeAt(0)] = family;
  for (const c of closers) FAMILY[c.charCodeAt(0)] = family << CLOSER;
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

/** Any bracket: the engine's search skips the text between them far faster than a loop over every
 *  character of the line. */
const BRACKET = /[（(〔[［【）)〕\]］】]/g;

function ascending<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i - 1] as T) > key(list[i] as T)) return false;
  return true;
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
  // Searched in the line alone: a search from `from` in the whole text would run on past a line
  // without brackets to the next one, however far.
  const line = text.slice(from, to);
  BRACKET.lastIndex = 0;
  // Most lines hold no bracket: they share one empty result instead of allocating five arrays.
  if (!BRACKET.test(line)) return NO_BRACKETS;
  const pairs: BracketGroup[] = [];
  const strayClosers: number[] = [];
  const unclosed: number[] = [];
  const stack: { family: number; at: number }[] = [];
  // `test` leaves `lastIndex` just past the bracket it found, and builds no match array as `exec` does.
  do {
    const at = BRACKET.lastIndex - 1;
    const i = from + at;
    const family = FAMILY[line.charCodeAt(at)] as number;
    if (family < 1 << CLOSER) {
      stack.push({ family, at: i });
      continue;
    }
    const closes = family >> CLOSER;
    let depth = stack.length - 1;
    while (depth >= 0 && stack[depth]?.family !== closes) depth--;
    if (depth < 0) {
      strayClosers.push(i);
      continue;
    }
    for (let k = depth + 1; k < stack.length; k++) unclosed.push((stack[k] as { at: number }).at);
    pairs.push({ open: (stack[depth] as { at: number }).at, end: i + 1, closed: true });
    stack.length = depth;
  } while (BRACKET.test(line));
  for (const open of stack) unclosed.push(open.at);
  // Pairs come in the order they close, an inner pair before the one around it, and openers left
  // unclosed in the order they were left: sorted where that is out of order (nesting is rare).
  if (!ascending(unclosed, (at) => at)) unclosed.sort((a, b) => a - b);
  if (!ascending(pairs, (p) => p.open)) pairs.sort((a, b) => a.open - b.open);
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
