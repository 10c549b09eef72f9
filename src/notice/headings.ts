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

/** Classify a line by its numbering; `folded` is the line with full-width forms folded, trimmed. */
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
    return circled !== null ? { level: 4, ordinal: circled, numberLength: m[0].length } : make(4, m[1] ?? '', m[0].length);
  }
  return null;
}

function make(level: Heading['level'], numeral: string, numberLength: number): Heading | null {
  const ordinal = readOrdinal(numeral);
  return ordinal === null || ordinal <= 0 ? null : { level, ordinal, numberLength };
}

/** A heading's title: its first sentence, without closing punctuation. */
export function headingTitle(rest: string): string {
  const sentence = /^[^。！？!?]*/.exec(rest)?.[0] ?? rest;
  return sentence.replace(/[\s:：;；,，]+$/, '').trim();
}
