// Finding agencies and tasks as people type: a Chinese substring, full pinyin (`shangwu`), pinyin
// initials (`swt` → 商务厅) or an abbreviation's sounds in order (`fgw`, `fagai` → 发展改革委: the
// letters match the starts of syllables taken in order, gaps allowed, as fuzzy finders do).

export interface SearchEntry<T> {
  readonly value: T;
  /** The text searched, e.g. 自治区发展改革委 or a task title. */
  readonly text: string;
  /** One toneless syllable per character of `text` (non-Chinese characters stand for themselves). */
  readonly syllables: readonly string[];
}

export interface SearchHit<T> {
  readonly value: T;
  readonly score: number;
  /** Indices of the characters of `text` that matched, for highlighting. */
  readonly matched: readonly number[];
}

/** Best way to spell `query` as prefixes of syllables in order; higher scores for contiguous runs,
 *  whole syllables and an early start. Returns null when it cannot be spelled. */
function matchSyllables(
  query: string,
  syllables: readonly string[],
): { score: number; matched: number[] } | null {
  const n = syllables.length;
  const q = query.length;
  // best[i][j]: best score spelling query[j..] from syllable i on, given the previous piece ended at i-1.
  const memo = new Map<number, { score: number; matched: number[] } | null>();
  const solve = (i: number, j: number, contiguous: boolean): { score: number; matched: number[] } | null => {
    if (j === q) return { score: 0, matched: [] };
    if (i >= n) return null;
    const key = (i * (q + 1) + j) * 2 + (contiguous ? 1 : 0);
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: { score: number; matched: number[] } | null = null;
    const syllable = syllables[i] ?? '';
    for (let len = Math.min(syllable.length, q - j); len >= 1; len--) {
      if (syllable.slice(0, len) !== query.slice(j, j + len)) continue;
      const rest = solve(i + 1, j + len, true);
      if (!rest) continue;
      const score =
        rest.score + 10 + (len === syllable.length ? 4 : 0) + (contiguous ? 6 : 0) + (i === 0 ? 3 : 0);
      if (!best || score > best.score) best = { score, matched: [i, ...rest.matched] };
    }
    const skip = solve(i + 1, j, false);
    if (skip && (!best || skip.score > best.score)) best = skip;
    memo.set(key, best);
    return best;
  };
  return solve(0, 0, true);
}

export function searchEntries<T>(
  entries: readonly SearchEntry<T>[],
  rawQuery: string,
  limit = 20,
): SearchHit<T>[] {
  const query = rawQuery.trim().toLowerCase().replace(/\s+/g, '');
  if (!query) return [];
  const latin = /^[a-z]+$/.test(query);
  const hits: SearchHit<T>[] = [];
  for (const entry of entries) {
    const at = entry.text.indexOf(rawQuery.trim());
    if (at >= 0) {
      const matched = Array.from({ length: rawQuery.trim().length }, (_, k) => at + k);
      hits.push({ value: entry.value, score: 1000 - at - entry.text.length / 100, matched });
      continue;
    }
    if (!latin || query.length > 40) continue;
    const m = matchSyllables(query, entry.syllables);
    if (m) hits.push({ value: entry.value, score: m.score - entry.text.length / 100, matched: m.matched });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
