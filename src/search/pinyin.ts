// Toneless pinyin syllables for search, one per character, from pinyin-pro (loaded only when a
// search index is first built, so the first screen does not carry it).
import { pinyin } from 'pinyin-pro';
import type { SearchEntry, SearchKind } from './match.ts';
import { agencyWordStarts, nameStart, textWordStarts } from './words.ts';

export function syllablesOf(text: string): string[] {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  // pinyin-pro returns one entry per Chinese character and one per run of other characters.
  const out: string[] = [];
  let k = 0;
  for (const syllable of syllables) {
    const ch = text[k] ?? '';
    if (/[\u4e00-\u9fff]/.test(ch)) {
      out.push(syllable.toLowerCase());
      k++;
    } else {
      for (const c of syllable) {
        out.push(c.toLowerCase());
        k++;
      }
    }
  }
  while (out.length < text.length) out.push(text[out.length]?.toLowerCase() ?? '');
  return out.slice(0, text.length);
}

export interface Searchable<T> {
  readonly value: T;
  readonly kind: SearchKind;
  readonly text: string;
}

/** Agencies are names, read in words (region, body, ending); task and item titles are phrases. */
export function makeEntries<T>(items: readonly Searchable<T>[]): SearchEntry<T>[] {
  return items.map(({ value, kind, text }) => ({
    value,
    kind,
    text,
    syllables: syllablesOf(text),
    nameStart: kind === 'agency' ? nameStart(text) : 0,
    wordStarts: kind === 'agency' ? agencyWordStarts(text) : textWordStarts(text),
  }));
}
