// Finding agencies, tasks and items as people type: Chinese (`商务`), full pinyin (`shangwu`), pinyin
// initials (`swt` → 商务厅) or an abbreviation's sounds (`fgw`, `fagai` → 发展改革委). Hits rank by how
// well they match — the whole name, its start, a run inside it, then sounds taken from word starts —
// and, at equal quality, agencies before tasks before items. Letters are never picked from anywhere
// in a title: they spell a run of characters, or runs that each begin a word.

export type SearchKind = 'agency' | 'task' | 'item';

export interface SearchEntry<T> {
  readonly value: T;
  readonly kind: SearchKind;
  /** The text searched, e.g. 自治区发展改革委 or a task title. */
  readonly text: string;
  /** One toneless syllable per character of `text` (non-Chinese characters stand for themselves). */
  readonly syllables: readonly string[];
  /** Where the name proper begins, after a region prefix (自治区商务厅 → 3): a match from there is a
   *  prefix match too. 0 for titles. */
  readonly nameStart: number;
  /** Characters that begin a word, ascending: only there may a run of sounds begin after a gap. */
  readonly wordStarts: readonly number[];
}

/** How a hit matched, best first. */
export type MatchQuality = 'exact' | 'prefix' | 'substring' | 'words';

export interface SearchHit<T> {
  readonly value: T;
  readonly kind: SearchKind;
  readonly quality: MatchQuality;
  /** Indices of the characters of `text` that matched, for highlighting. */
  readonly matched: readonly number[];
}

const QUALITY_RANK: Record<MatchQuality, number> = { exact: 0, prefix: 1, substring: 2, words: 3 };
const KIND_RANK: Record<SearchKind, number> = { agency: 0, task: 1, item: 2 };
const LONGEST_QUERY = 40;

interface Found {
  readonly quality: MatchQuality;
  readonly matched: number[];
  /** Fewer runs of sounds, an earlier start, then a shorter text rank first among equals. */
  readonly runs: number;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

function qualityOf(start: number, end: number, entry: SearchEntry<unknown>): MatchQuality {
  const atStart = start === 0 || start === entry.nameStart;
  if (atStart && end === entry.text.length) return 'exact';
  return atStart ? 'prefix' : 'substring';
}

/** The query as text in the entry: the whole name, its start, or a run inside it. */
function matchText(query: string, entry: SearchEntry<unknown>): Found | null {
  const text = entry.text.toLowerCase();
  for (const start of [entry.nameStart, 0]) {
    if (text.startsWith(query, start))
      return {
        quality: qualityOf(start, start + query.length, entry),
        matched: range(start, start + query.length),
        runs: 1,
      };
  }
  const at = text.indexOf(query);
  return at < 0 ? null : { quality: 'substring', matched: range(at, at + query.length), runs: 1 };
}

/** Ends (exclusive) of the runs of characters from `from` on that spell `query[j..]`, each character
 *  giving a non-empty prefix of its syllable (`s`, `sh`, `shang` for 商). */
function runEnds(query: string, syllables: readonly string[], from: number): number[] {
  const memo = new Map<number, number[]>();
  const ends = (i: number, j: number): number[] => {
    if (j === query.length) return [i];
    if (i >= syllables.length) return [];
    const key = i * (query.length + 1) + j;
    const known = memo.get(key);
    if (known) return known;
    const syllable = syllables[i] ?? '';
    const out = new Set<number>();
    for (let len = Math.min(syllable.length, query.length - j); len >= 1; len--) {
      if (syllable.startsWith(query.slice(j, j + len))) ends(i + 1, j + len).forEach((e) => out.add(e));
    }
    const result = [...out];
    memo.set(key, result);
    return result;
  };
  return ends(from, 0);
}

/** The query spelt by one run of characters: the whole name, from its start, or inside it. */
function matchRun(query: string, entry: SearchEntry<unknown>): Found | null {
  let best: Found | null = null;
  const starts = [...new Set([entry.nameStart, 0, ...range(0, entry.text.length)])];
  for (const start of starts) {
    for (const end of runEnds(query, entry.syllables, start)) {
      const found = { quality: qualityOf(start, end, entry), matched: range(start, end), runs: 1 };
      if (!best || QUALITY_RANK[found.quality] < QUALITY_RANK[best.quality]) best = found;
    }
    if (best && best.quality !== 'substring') return best;
  }
  return best;
}

/** The query spelt by runs that each begin a word (fgw → 发|改|委 in 发展|改革|委), fewest runs first. */
function matchWords(query: string, entry: SearchEntry<unknown>): Found | null {
  const { syllables, wordStarts } = entry;
  type Piece = { matched: number[]; runs: number } | null;
  const memo = new Map<string, Piece>();
  // run(i, j): character i gives the next letters of query[j..], then the run goes on or jumps to a word.
  const run = (i: number, j: number): Piece => {
    const key = `${i}:${j}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: Piece = null;
    const syllable = syllables[i] ?? '';
    for (let len = Math.min(syllable.length, query.length - j); len >= 1; len--) {
      if (!syllable.startsWith(query.slice(j, j + len))) continue;
      const rests: Piece[] =
        j + len === query.length ? [{ matched: [], runs: 0 }] : [run(i + 1, j + len), jump(i + 1, j + len)];
      for (const rest of rests) {
        if (rest && (!best || rest.runs < best.runs))
          best = { matched: [i, ...rest.matched], runs: rest.runs };
      }
    }
    memo.set(key, best);
    return best;
  };
  const jump = (from: number, j: number): Piece => {
    let best: Piece = null;
    for (const start of wordStarts) {
      if (start < from) continue;
      const piece = run(start, j);
      if (piece && (!best || piece.runs + 1 < best.runs)) best = { ...piece, runs: piece.runs + 1 };
    }
    return best;
  };
  // Abbreviations are of the name proper: 自治区 is spelt whole (zzqswt) or left out.
  const found = jump(entry.nameStart, 0);
  return found ? { quality: 'words', matched: found.matched, runs: found.runs } : null;
}

function matchEntry(query: string, latin: boolean, entry: SearchEntry<unknown>): Found | null {
  const asText = matchText(query, entry);
  if (asText || !latin || query.length > LONGEST_QUERY) return asText;
  return matchRun(query, entry) ?? matchWords(query, entry);
}

export function searchEntries<T>(
  entries: readonly SearchEntry<T>[],
  rawQuery: string,
  limit = 20,
): SearchHit<T>[] {
  const query = rawQuery.trim().toLowerCase().replace(/\s+/g, '');
  if (!query) return [];
  const latin = /^[a-z]+$/.test(query);
  const ranked: { hit: SearchHit<T>; runs: number; start: number; length: number }[] = [];
  for (const entry of entries) {
    const found = matchEntry(query, latin, entry);
    if (!found) continue;
    const { quality, matched, runs } = found;
    const hit = { value: entry.value, kind: entry.kind, quality, matched };
    ranked.push({ hit, runs, start: matched[0] ?? 0, length: entry.text.length });
  }
  ranked.sort(
    (a, b) =>
      QUALITY_RANK[a.hit.quality] - QUALITY_RANK[b.hit.quality] ||
      KIND_RANK[a.hit.kind] - KIND_RANK[b.hit.kind] ||
      a.runs - b.runs ||
      a.start - b.start ||
      a.length - b.length,
  );
  return ranked.slice(0, limit).map((r) => r.hit);
}
