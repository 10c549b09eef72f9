// Splitting a phrase into the genre's generic words and the proper names between them:
// `满洲里西郊` → 满洲里 + 西郊, `满东工业产业` → 满东 + 工业 + 产业.
import { GENERIC_WORDS, stripCountry } from './lexicon.ts';

export interface Segment {
  readonly text: string;
  readonly generic: boolean;
}

const QUOTE = /[“”"‘’']/;
const QUOTES = /[“”"‘’']/g;

/** `s` without its quotes; most phrases hold none, and a test allocates nothing. */
export function stripQuotes(s: string): string {
  return QUOTE.test(s) ? s.replace(QUOTES, '') : s;
}

/** The generic words by their last character, longest first: the words that can end at a place. */
const GENERIC_BY_LAST = new Map<number, string[]>();
for (const word of [...GENERIC_WORDS].sort((a, b) => b.length - a.length)) {
  const last = word.charCodeAt(word.length - 1);
  GENERIC_BY_LAST.set(last, [...(GENERIC_BY_LAST.get(last) ?? []), word]);
}

/** Segmentations already made: the same few words before a suffix are judged by several rules.
 *  Segments are immutable, so sharing them is safe; the cache is emptied before it grows large. */
const segmented = new Map<string, readonly Segment[]>();
const MAX_SEGMENTED = 4096;

/** Splits `s` into generic words and the runs between them, leaving as few characters outside a
 *  generic word as possible. */
export function segmentGeneric(s: string): readonly Segment[] {
  const known = segmented.get(s);
  if (known) return known;
  if (segmented.size >= MAX_SEGMENTED) segmented.clear();
  const segments = segmentFresh(s);
  segmented.set(s, segments);
  return segments;
}

function segmentFresh(s: string): Segment[] {
  const n = s.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const step = new Array<number>(n + 1).fill(1);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    cost[i] = (cost[i - 1] ?? Infinity) + 1;
    for (const word of GENERIC_BY_LAST.get(s.charCodeAt(i - 1)) ?? []) {
      const c = cost[i - word.length] ?? Infinity;
      if (c < (cost[i] ?? Infinity) && s.startsWith(word, i - word.length)) {
        cost[i] = c;
        step[i] = -word.length;
      }
    }
  }
  return collectSegments(s, step);
}

/** Walks the steps back from the end; adjacent non-generic characters form one run. */
function collectSegments(s: string, step: readonly number[]): Segment[] {
  const out: Segment[] = [];
  for (let i = s.length; i > 0;) {
    const st = step[i] ?? 1;
    const len = Math.abs(st);
    const generic = st < 0;
    const next = out[0];
    const text = s.slice(i - len, i);
    if (!generic && next && !next.generic) out[0] = { text: text + next.text, generic };
    else out.unshift({ text, generic });
    i -= len;
  }
  return out;
}

/** The proper name a phrase begins with: `满洲里西郊` → 满洲里, `国际物流` → ''. */
export function leadingName(s: string): string {
  const first = segmentGeneric(stripQuotes(s))[0];
  return first && !first.generic ? first.text : '';
}

/** True when no generic word occurs in `s`: a bare name such as 大连, 满西 or 蒙古国乔巴山. */
export function isBareName(s: string): boolean {
  const plain = stripCountry(stripQuotes(s));
  return plain.length >= 2 && segmentGeneric(plain).every((seg) => !seg.generic);
}
