// The genre's numbering: 一、 sections; （一） tasks; 1. and （1） items. Levels are positions in
// that hierarchy; which level a notice uses for its tasks is decided per section by the parser.
import { readOrdinal } from './numerals.ts';

export interface Heading {
  /** 1: 一、 or 第一部分; 2: （一）; 3: 1. ; 4: （1） or ①. */
  readonly level: 1 | 2 | 3 | 4;
  readonly ordinal: number;
  /** Length of the numbering itself (`（十三）` → 4), from the line's first non-space character. */
  readonly numberLength: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const LEVEL1 = new RegExp(`^(${CN})\\s*[、.]|^第(${CN})(?:部分|章|篇|项)\\s*`);
const LEVEL2 = new RegExp(`^\\((${CN})\\)\\s*`);
const LEVEL3 = /^(\d{1,3})\s*(?:[.、](?!\d)|\s+(?=[\u4e00-\u9fff]))/;
const LEVEL4 = /^\((\d{1,3})\)\s*|^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/;

/** Classify a line by its numbering; `folded` is the line (or its numbering head, `numberingHead`)
 *  with full-width forms folded. */
export function readHeading(folded: string): Heading | null {
  let m = LEVEL1.exec(folded);
  if (m) return make(1, m[1] ?? m[2] ?? '', m[0].length);
  m = LEVEL2.exec(folded);
  if (m) return make(2, m[1] ?? '', m[0].length);
  m = LEVEL3.exec(folded);
  if (m) return make(3, m[1] ?? '', m[0].length);
  m = LEVEL4.exec(folded);
  if (m) {
    const circled = m[2] ? m[2].charCodeAt(0) - 0x245f : null;
    return circled !== null
      ? { level: 4, ordinal: circled, numberLength: m[0].length }
      : make(4, m[1] ?? '', m[0].length);
  }
  return null;
}

function make(level: Heading['level'], numeral: string, numberLength: number): Heading | null {
  const ordinal = readOrdinal(numeral);
  return ordinal === null || ordinal <= 0 ? null : { level, ordinal, numberLength };
}

/** `11.121人才梯队项目` is item 11 when item 10 came before it, not the decimal 11.121. */
const LEVEL3_BEFORE_DIGIT = /^(\d{1,3})[.、]\s*(?=\d)/;

/** Headings of all lines, reading numbers that touch a digit by the sequence they continue. */
export function readHeadings(foldedLines: readonly string[]): (Heading | null)[] {
  let lastItem = 0;
  return foldedLines.map((folded) => {
    let heading = readHeading(folded);
    if (!heading) {
      const m = LEVEL3_BEFORE_DIGIT.exec(folded);
      if (m && Number(m[1]) === lastItem + 1) heading = make(3, m[1] as string, m[0].length);
    }
    if (heading?.level === 3) lastItem = heading.ordinal;
    return heading;
  });
}

/** Numbering that neither continues (n + 1) nor restarts (1) at its level: a gap or a repeat. */
export function numberingGaps(
  headings: readonly (Heading | null)[],
): { index: number; ordinal: number; previous: number }[] {
  const last = new Map<number, number>();
  const gaps: { index: number; ordinal: number; previous: number }[] = [];
  headings.forEach((h, index) => {
    if (!h) return;
    const prev = last.get(h.level);
    if (prev !== undefined && h.ordinal !== prev + 1 && h.ordinal !== 1) {
      gaps.push({ index, ordinal: h.ordinal, previous: prev });
    }
    last.set(h.level, h.ordinal);
  });
  return gaps;
}

/** A heading's title: its first sentence, without closing punctuation. */
export function headingTitle(rest: string): string {
  const sentence = /^[^。！？!?]*/.exec(rest)?.[0] ?? rest;
  return sentence.replace(/[\s:：;；,，]+$/, '').trim();
}
