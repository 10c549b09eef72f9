// Bracket groups in a line of text, of every kind the genre uses: （） () 〔〕 [] ［］ 【】.

const OPENERS: Readonly<Record<string, string>> = {
  '（': '(',
  '(': '(',
  '〔': '〔',
  '[': '[',
  '［': '[',
  '【': '【',
};
const CLOSERS: Readonly<Record<string, string>> = {
  '）': '(',
  ')': '(',
  '〕': '〔',
  ']': '[',
  '］': '[',
  '】': '【',
};

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

/** Scan `text[from, to)` for outermost bracket groups. An opener is closed by its own family; a
 *  closer that matches a deeper opener closes it and leaves the openers above it unclosed. A last
 *  opener never closed, with no group after it, is returned as an open group to the end (a
 *  truncated marker is still worth reading). */
export function scanBrackets(text: string, from: number, to: number): BracketScanResult {
  const pairs: BracketGroup[] = [];
  const strayClosers: number[] = [];
  const unclosed: number[] = [];
  const stack: { family: string; at: number }[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    const opens = OPENERS[ch];
    if (opens !== undefined) {
      stack.push({ family: opens, at: i });
      continue;
    }
    const closes = CLOSERS[ch];
    if (closes === undefined) continue;
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
