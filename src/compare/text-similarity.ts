// How alike two passages of Chinese are: the Sørensen–Dice coefficient over their sets of character
// bigrams (adjacent pairs). Chinese has no spaces to split words at, and a bigram is the unit most
// of its words share, so a reworded item keeps most of its bigrams while an unrelated item of the
// same notice shares only the genre's stock phrases (推进, 建设, 加快). An inverted index from bigram
// to passages finds each passage's candidates without comparing every pair. Pure.

/** Punctuation, spaces and numbering marks say nothing about what an item asks for. */
const NOISE = /[\s\p{P}\p{S}]/gu;

export function comparableText(text: string): string {
  return text.replace(NOISE, '');
}

export function bigrams(text: string): ReadonlySet<string> {
  const chars = [...comparableText(text)];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i++) out.add((chars[i] as string) + (chars[i + 1] as string));
  return out;
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared;
}

/** 2·|A∩B| / (|A|+|B|): 1 for the same bigrams, 0 for none in common. */
export function diceCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * sharedCount(a, b)) / total;
}

/** Bigrams looked up for every passage, however common they are. */
const ALWAYS_LOOKED_UP = 3;

export interface BigramIndex {
  /** The passages sharing the most indexed bigrams with `query`, best first, at most `limit`. */
  readonly candidates: (query: ReadonlySet<string>, limit: number) => number[];
}

/** An index of passages by bigram. A bigram in very many passages (the genre's stock phrases) is left
 *  out of the index: it says little about which passage is which, and its long list of passages is
 *  what would make the search quadratic on a notice of a thousand items. */
export function bigramIndex(passages: readonly ReadonlySet<string>[]): BigramIndex {
  const postings = new Map<string, number[]>();
  passages.forEach((set, i) => {
    for (const g of set) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const cap = Math.max(24, Math.ceil(passages.length * 0.05));
  return {
    candidates(query, limit) {
      // Rarest bigrams first; the common ones only until a few have been looked up, so a passage
      // made of stock phrases alone still finds its partner.
      const lists = [...query]
        .map((g) => postings.get(g))
        .filter((list): list is number[] => list !== undefined)
        .sort((x, y) => x.length - y.length);
      const shared = new Map<number, number>();
      lists.forEach((list, used) => {
        if (list.length > cap && used >= ALWAYS_LOOKED_UP) return;
        for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
      });
      return [...shared]
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, limit)
        .map(([i]) => i);
    },
  };
}

/** Where two texts differ: what is left of each once their common start and end are taken off, with
 *  the common parts' lengths (a reader sees "…新增…" rather than two 300-character paragraphs). */
export interface TextChange {
  readonly prefix: number;
  readonly suffix: number;
  readonly removed: string;
  readonly added: string;
}

export function textChange(a: string, b: string): TextChange {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  return {
    prefix,
    suffix,
    removed: a.slice(prefix, a.length - suffix),
    added: b.slice(prefix, b.length - suffix),
  };
}
