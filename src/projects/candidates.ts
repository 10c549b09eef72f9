// Every suffix in an item's text that heads a noun phrase, with the words before it up to the
// phrase's start. Whether those words name a project is judged later (see mentions.ts).
import { isHead, suffixesIn, type Suffix } from './suffixes.ts';
import { scanNameStart } from './scan.ts';
import { routeStops } from './routes.ts';

export interface SuffixedPhrase {
  /** Where the phrase begins. */
  readonly start: number;
  readonly suffixStart: number;
  /** After the suffix, or after a section `A—B段` that follows it. */
  readonly end: number;
  readonly suffix: Suffix;
  /** The words between the phrase's start and its suffix. */
  readonly specific: string;
  /** The stops of a section (`绥满高速公路海拉尔—满洲里段`), which are the places it runs through. */
  readonly section: readonly string[] | null;
}

/** Longest a run before a suffix may be: long enough for a four-stop route. */
const MAX_SCAN = 32;

export function findSuffixedPhrases(text: string): SuffixedPhrase[] {
  const out: SuffixedPhrase[] = [];
  for (const { at, suffix } of suffixesIn(text)) {
    if (!isHead(text, at, suffix)) continue;
    const phrase = readPhrase(text, at, suffix);
    if (phrase) out.push(phrase);
  }
  return out;
}

/** A works' head after a facility, with at most a few words between (`…段扩容工程`, `…水库等连通
 *  工程`): the works may join two places, `A至B`. */
const WORKS_AHEAD = /^等?[\u4e00-\u9fff]{0,6}工程/;

function readPhrase(text: string, suffixStart: number, suffix: Suffix): SuffixedPhrase | null {
  const keepTo = suffix.line === true;
  const afterSuffix = suffixStart + suffix.word.length;
  const works = suffix.word === '工程' || WORKS_AHEAD.test(text.slice(afterSuffix, afterSuffix + 9));
  const start = scanNameStart(text, suffixStart, { keepTo: keepTo || works, maxLength: MAX_SCAN });
  if (start === null) return null;
  const section = keepTo ? readSection(text, afterSuffix) : null;
  return {
    start,
    suffixStart,
    end: section ? section.end : afterSuffix,
    suffix,
    specific: text.slice(start, suffixStart),
    section: section?.stops ?? null,
  };
}

/** A section of a line written after its name: `…高速公路海拉尔—满洲里段`. */
function readSection(text: string, at: number): { stops: string[]; end: number } | null {
  const match = /^([\u3400-\u9fff]{2,8}(?:[—至][\u3400-\u9fff]{2,8})+)段/.exec(text.slice(at, at + 40));
  const stops = match?.[1] ? routeStops(match[1], true) : null;
  return match && stops ? { stops, end: at + match[0].length } : null;
}
