// The sentence of an item that names a project: what a reader wants to see when they pick the project,
// rather than the whole paragraph. Sentences end at 。；！？; spellings match as the extraction merges
// them (spaces, dashes, `至`, a country before a foreign stop do not matter).
import { nameKey } from './readable.ts';

const SENTENCE_END = /(?<=[。；！？])/;

/** The first sentence of `paragraph` that names `name`, or the paragraph when none does or when the
 *  only one is the name itself (an industry named by the item's title: the rest says what to do). */
export function namingSentence(paragraph: string, name: string): string {
  const key = nameKey(name);
  const sentence = paragraph
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .find((s) => nameKey(s).includes(key) && nameKey(s).length > key.length + 1);
  return sentence ?? paragraph;
}

/** Where `name` stands in `sentence` as written, spaces between its characters allowed; null if not. */
export function nameSpan(sentence: string, name: string): { start: number; end: number } | null {
  const escaped = [...name].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(escaped.join('\\s*')).exec(sentence);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
