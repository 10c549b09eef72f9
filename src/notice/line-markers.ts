// Where a line's markers are: brackets that hold one, a label written inline after a sentence, and a
// closing sentence that is a marker written without brackets. Offsets are in the normalised text.
import { looksLikeAgencyList } from './agency-names.ts';
import type { BracketGroup } from './brackets.ts';
import type { TextLine } from './lines.ts';
import { LABEL, readMarker } from './marker.ts';
import { mayHoldLabel, mayHoldLabelAfter, nextLabel, ROLE_WORD, VERB_RUN } from './marker-words.ts';
import { suspectName } from './unread.ts';

const HAS_LABEL = new RegExp(LABEL.source);
/** Content that can only be a marker: it opens with a label or closes with a role verb. */
const STRONG_MARKER = new RegExp(
  `^\\s*(?:${LABEL.source})|(?:牵头|配合|负责|协助|参与|协同|协办|主责|指导|落实|实施|督促|支持|推进)(?:[,，。;；]?\\s*(?:下同)?[。]?)?\\s*$`,
);
/** What may follow a marker: the end of the line, closing punctuation, another bracket or item. */
const AFTER_MARKER = /^(?:\s*$|[。；;，,.、\s]|[（(〔【[［]|\d+[.、])/;
export const MAX_MARKER_LENGTH = 600;
const CLOSING_WORD = /牵头|负责|配合/;

/** 'roles' for a marker with role words or labels; 'names' for a bracket of agency names alone
 *  that ends its paragraph; null for brackets that only qualify a word. */
export function markerKind(text: string, group: BracketGroup, line: TextLine): 'roles' | 'names' | null {
  const contentEnd = group.closed ? group.end - 1 : group.end;
  const content = text.slice(group.open + 1, contentEnd);
  if (content.length === 0 || content.length > MAX_MARKER_LENGTH) return null;
  const after = text.slice(group.end, line.end);
  const labelled = mayHoldLabel(content) && HAS_LABEL.test(content);
  if (!ROLE_WORD.test(content) && !labelled) {
    return group.closed && /^[\s。；;]*$/.test(after) && looksLikeAgencyList(content) ? 'names' : null;
  }
  if (STRONG_MARKER.test(content)) return 'roles';
  return AFTER_MARKER.test(after.slice(0, 4)) ? 'roles' : null;
}

/** A label written inline after a sentence, outside brackets: `…。牵头单位：A；配合单位：B`. */
export function inlineLabel(
  text: string,
  line: TextLine,
  groups: readonly BracketGroup[],
  from: number,
): number | null {
  if (!mayHoldLabelAfter(line.text)) return null;
  for (let m = nextLabel(line.text, 0); m !== null; m = nextLabel(line.text, m.index + m[0].length)) {
    const at = line.start + m.index;
    if (at < from || groups.some((g) => at >= g.open && at < g.end)) continue;
    const before = text[at - 1];
    if (at === line.start || before === undefined || /[。；;\s]/.test(before)) return at;
  }
  return null;
}

/** A paragraph's last sentence that is a marker written without brackets: `…。市商务局牵头，市财政局
 *  配合。` — every clause a list of names closed by a role verb, nothing else. */
export function closingSentence(
  text: string,
  line: TextLine,
  groups: readonly BracketGroup[],
  from: number,
  leadRuleInForce: boolean,
): number | null {
  // The sentence lies within the line: a line without these words holds no closing sentence.
  if (!CLOSING_WORD.test(line.text)) return null;
  const body = text.slice(from, line.end).replace(/[。；;\s]+$/, '');
  const start = Math.max(body.lastIndexOf('。'), body.lastIndexOf('；'), body.lastIndexOf(';')) + 1;
  if (start === 0 && from === line.start) return null;
  const sentence = body.slice(start);
  const at = from + start;
  if (sentence.length < 4 || sentence.length > 200 || groups.some((g) => g.open >= at)) return null;
  if (!CLOSING_WORD.test(sentence)) return null;
  const verbs = [...sentence.matchAll(VERB_RUN)];
  const last = verbs[verbs.length - 1];
  if (!last || last.index + last[0].length !== sentence.length) return null;
  const reading = readMarker(sentence, at, { leadRuleInForce });
  const clean = reading.unread.length === 0 && reading.notes.length === 0 && reading.emptyRoles.length === 0;
  return clean && reading.roles.length > 0 && reading.roles.every((r) => suspectName(r.agency.name) === null)
    ? at
    : null;
}
