// The clauses of a marker that are not lists of agencies: the first-listed-is-lead rule, standing
// allocations (`以下均需…落实`), `下同`, and deadlines. Each is taken out of the text (blanked, so
// offsets hold) before the lists are read.
import { DEADLINE, LEAD_RULE, STANDING } from './marker-words.ts';

/** What the clauses say, written to the marker's reader. */
export interface ClauseSink {
  readonly notes: string[];
  deadline: string | null;
  standingRule: string | null;
  statesLeadRule: string | null;
}

function blankOut(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

const BOUNDARY = /[，,；;。\n]/;
const SENTENCE_END = /[。；;\n]/;

function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !BOUNDARY.test(text[i - 1] as string)) i--;
  return i;
}

function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_END.test(text[i] as string)) i++;
  return i;
}

/** `下同` ends a rule; inside a name's bracket (`各区人民政府（含开发区，下同）`) it is the name's own. */
function blankOutsideBrackets(text: string, pattern: RegExp): string {
  let work = text;
  for (const m of text.matchAll(pattern)) {
    const before = text.slice(0, m.index);
    const depth =
      (before.match(/[（(〔【〈<[［]/g) ?? []).length - (before.match(/[）)〕】〉>\]］]/g) ?? []).length;
    if (depth <= 0) work = blankOut(work, m.index, m.index + m[0].length);
  }
  return work;
}

const MAY_STAND = /以下|均|不再/;
const MAY_DATE = /[年月]|长期|持续/;
/** Any of the words the clauses after the lead rule hold: most markers have none, and one search
 *  tells so where three would. */
const MAY_HOLD_CLAUSE = /以下|均|不再|下同|[年月]|长期|持续/;

/** Take out what is not a list of agencies: the lead rule, standing allocations, `下同`, deadlines. */
export function extractClauses(text: string, reader: ClauseSink): string {
  let work = text;
  // Each clause holds a word of its own (牵头; 以下, 均, 不再; 下同; 年, 月, 长期, 持续): a marker
  // without the word need not be scanned for the clause.
  const rule = work.includes('牵头') ? LEAD_RULE.exec(work) : null;
  if (rule) {
    let from = clauseStart(work, rule.index);
    // `除注明“分别牵头”的以外，排在第一位的为牵头单位`: the exception belongs to the rule.
    const previous = clauseStart(work, Math.max(0, from - 1));
    if (from > 0 && /^\s*除.*(?:外|以外)\s*$/.test(work.slice(previous, from - 1))) from = previous;
    const to = sentenceEnd(work, rule.index);
    reader.statesLeadRule = work
      .slice(from, to)
      .replace(/[,，]?\s*下同\s*$/, '')
      .trim();
    work = blankOut(work, from, to);
  }
  if (!MAY_HOLD_CLAUSE.test(work)) return work;
  const standing = MAY_STAND.test(work) ? STANDING.exec(work) : null;
  if (standing) {
    const from = clauseStart(work, standing.index);
    const to = sentenceEnd(work, standing.index);
    const said = text
      .slice(from, to)
      .trim()
      .replace(/[,，]?\s*下同$/, '');
    reader.standingRule = said;
    reader.notes.push(said);
    work = blankOut(work, from, to);
  }
  if (work.includes('下同')) work = blankOutsideBrackets(work, /[,，]?\s*下同/g);
  if (!MAY_DATE.test(work)) return work;
  for (const match of work.matchAll(DEADLINE)) {
    if (!reader.deadline) reader.deadline = match[0].replace(/^[,，、]+|[,，、]+$/g, '');
    work = blankOut(work, match.index, match.index + match[0].length);
  }
  return work;
}
