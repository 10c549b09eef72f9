// Where words begin in a name, so pinyin initials match the way people abbreviate: 发展改革委 → fgw
// (发展|改革|委), 住房城乡建设厅 → zjt, never letters picked from anywhere in a title.
import { regionPrefix } from '../notice/agency-names.ts';
import { placeAtStart } from '../notice/places.ts';

/** The genre's department endings, longest first: an agency's name is [region][body][ending]. */
const ENDINGS =
  /(?:委员会|办公厅|办公室|研究室|管委会|总队|支队|大队|中心|分局|总局|支行|分行|海关|政府|公司|厅|局|委|办|署|部|会|处|所|站|院|队|行)$/;

/** Words of three characters that pairs of characters would cut wrongly (出入|境检|验检|疫). */
const LONG_WORDS = /^(?:出入境|农牧业|互联网)/;

/** Single-character connectives that stand between two words (经济和信息化委). */
const CONNECTIVE = /^[和与及暨]/;

/** Punctuation and spaces: a word begins after each of them in any text. */
const BREAK = /[\s、，,。；;：:（）()《》〈〉“”"'·\-—/]/;

/** Word starts of an agency's name: the name's start, where the body begins after a region prefix,
 *  the body's words (places, a few long words, connectives, else pairs of characters, the common
 *  length of words in these names) and where the department ending begins. */
export function agencyWordStarts(name: string): number[] {
  const starts = new Set<number>([0]);
  const bodyStart = regionPrefix(name)?.length ?? 0;
  const ending = ENDINGS.exec(name.slice(bodyStart + 1));
  const bodyEnd = ending ? name.length - ending[0].length : name.length;
  let at = bodyStart;
  while (at < bodyEnd) {
    starts.add(at);
    const rest = name.slice(at, bodyEnd);
    const place = placeAtStart(rest, { alone: true });
    const long = LONG_WORDS.exec(rest)?.[0].length ?? 0;
    at += place || long || (CONNECTIVE.test(rest) ? 1 : 2);
  }
  if (bodyEnd < name.length) starts.add(bodyEnd);
  return [...starts].filter((i) => i < name.length).sort((a, b) => a - b);
}

/** Word starts of a task's or an item's title: its start and after each punctuation mark. Titles
 *  are phrases, not names, so they are not cut further: initials must then run together. */
export function textWordStarts(text: string): number[] {
  const starts = [0];
  for (let i = 1; i < text.length; i++) {
    if (BREAK.test(text[i - 1] ?? '') && !BREAK.test(text[i] ?? '')) starts.push(i);
  }
  return starts;
}

/** Where the name proper begins: after the region prefix (自治区商务厅 → 3), so 商务 is its prefix. */
export function nameStart(name: string): number {
  const prefix = regionPrefix(name)?.length ?? 0;
  return prefix < name.length ? prefix : 0;
}
