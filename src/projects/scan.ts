// Finding where a name begins: walking left from its end to the punctuation, verb or preposition
// before it. A quoted word inside a name (`“三北”防护林…`) is stepped over whole.
import { isActivityPhrase, isNameCode, isNominal, leadInEndingAt } from './boundaries.ts';

const OPENING_QUOTE = 0x201c; // “
const CLOSING_QUOTE = 0x201d; // ”
const CLOSING_PAREN = 0x29; // )
const CLOSING_FULL_PAREN = 0xff09; // ）

export interface ScanOptions {
  /** Lines may be named `A至B铁路`: 至 then belongs to the name. */
  readonly keepTo: boolean;
  /** Names are short; a longer run has no boundary the rules know, and is not trusted. */
  readonly maxLength: number;
}

/**
 * The start of the name that ends at `end`, or null when none is found within `maxLength`.
 * An activity noun right before the end belongs to the phrase (`…防护林体系建设工程`,
 * `…生态修复工程`); anywhere else it is the verb that governs the name (`规划建设|满西工业产业基地`,
 * `在俄蒙建设|境外加工基地`).
 */
export function scanNameStart(text: string, end: number, opts: ScanOptions): number | null {
  let s = end;
  while (s > 0) {
    const lead = leadInEndingAt(text, s, opts.keepTo);
    if (lead && (!isNominal(lead) || !isActivityPhrase(text.slice(s, end)))) break;
    const code = text.charCodeAt(s - 1);
    if (code === CLOSING_QUOTE) {
      const open = openingQuote(text, s - 1);
      if (open === null) break;
      s = open;
    } else if (code === CLOSING_PAREN || code === CLOSING_FULL_PAREN) {
      // A place in brackets belongs to the name: `中国(河南)自贸试验区`, `黔北(德江)机场`.
      const open = openingParen(text, s - 1);
      if (open === null) break;
      s = open;
    } else if (isNameCode(code)) {
      s -= 1;
    } else {
      break;
    }
    if (end - s > opts.maxLength) return null;
  }
  return s;
}

/** Long enough for a place or an acronym spelt out: `(区域全面经济伙伴关系协定)`. */
const MAX_BRACKETED = 16;

/** The bracket that opens the short bracketed word closed at `close`, if it is all name characters. */
function openingParen(text: string, close: number): number | null {
  for (let i = close - 1; i >= 0 && close - i <= MAX_BRACKETED; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0xff08) return i < close - 1 && i > 0 ? i : null;
    if (!isNameCode(code)) return null;
  }
  return null;
}

/** The `“` that opens the short quoted word closed at `close`, if the word is all name characters. */
function openingQuote(text: string, close: number): number | null {
  for (let i = close - 1; i >= 0 && close - i <= 8; i--) {
    const code = text.charCodeAt(i);
    if (code === OPENING_QUOTE) return i < close - 1 ? i : null;
    if (!isNameCode(code)) return null;
  }
  return null;
}
