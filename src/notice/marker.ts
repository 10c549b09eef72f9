// Reading one responsibility marker: who leads (牵头), who cooperates (配合), who is responsible (负责),
// in the genre's two grammars — verbs after lists (`A牵头，B等部门配合`) and labels before them
// (`牵头单位：A；配合单位：B`) — plus the deadline, conditions and rules a marker may state.
// Words give each list a role (marker-words.ts); the marker's clauses together settle them
// (`settleRoles`): a named lead makes every other agency a cooperator, and so on.
import { carryRegionPrefix, readAgencyList, type NamedSpan } from './agency-list.ts';
import {
  DEADLINE,
  LABEL,
  LEAD_RULE,
  labelRole,
  ROLE_WORD,
  STANDING,
  VERB_RUN,
  verbRole,
  type WordRole,
} from './marker-words.ts';
import type { Role } from './model.ts';

export { LABEL } from './marker-words.ts';

export interface MarkerReading {
  readonly roles: readonly { readonly role: Role; readonly agency: NamedSpan }[];
  readonly deadline: string | null;
  readonly notes: readonly string[];
  /** A standing rule (`…，下同`, `以下均需…落实，不再列出`) stated here, carried to later items as a note. */
  readonly standingRule: string | null;
  /** The marker states that the first-listed agency leads (`列第一位者为牵头单位`). */
  readonly statesLeadRule: string | null;
  /** Role words found with no agency before or after them. */
  readonly emptyRoles: readonly { readonly word: string; readonly at: number }[];
  readonly unread: readonly NamedSpan[];
}

export interface MarkerContext {
  /** The first-listed-is-lead rule is in force (stated earlier or in this marker). */
  readonly leadRuleInForce: boolean;
  /** The role of names written with no role word, as in a table column headed 牵头单位. */
  readonly columnRole?: Role;
}

interface Segment {
  readonly text: string;
  readonly start: number;
}

/** Names with the role their words give, in the order written. */
interface Group {
  role: WordRole;
  names: NamedSpan[];
  /** Said by a verb or a label, not by default. */
  explicit: boolean;
}

function blankOut(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

const BOUNDARY = /[，,；;。\n]/;
/** Another label after a semicolon, one the grammar gives no role (`；适用范围：…`). */
const OTHER_LABEL = /[；;，,]\s*[\u4e00-\u9fff]{2,6}\s*[:：]/;
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

class MarkerReader {
  readonly groups: Group[] = [];
  readonly notes: string[] = [];
  readonly emptyRoles: { word: string; at: number }[] = [];
  readonly unread: NamedSpan[] = [];
  deadline: string | null = null;
  standingRule: string | null = null;
  statesLeadRule: string | null = null;

  constructor(private readonly context: MarkerContext) {}

  list(segment: Segment): NamedSpan[] {
    const reading = readAgencyList(segment.text, segment.start);
    this.unread.push(...reading.unread);
    return [...reading.names];
  }

  add(role: WordRole, names: NamedSpan[], explicit: boolean): void {
    if (names.length > 0) this.groups.push({ role, names, explicit });
  }

  /** Verb grammar: each run of verbs closes the list written before it; 会同 links a lead to partners. */
  readVerbs(segment: Segment, defaultRole: WordRole, explicitDefault: boolean): void {
    let from = 0;
    let linked = false;
    for (const verb of segment.text.matchAll(VERB_RUN)) {
      const names = this.list({ text: segment.text.slice(from, verb.index), start: segment.start + from });
      const role = verbRole(verb[0]);
      from = verb.index + verb[0].length;
      if (linked) {
        // `A会同B负责`: those after 会同 cooperate, whatever verb closes their list.
        this.add('cooperate', names, true);
        linked = false;
        if (role !== 'link') continue;
      }
      if (role === 'link') {
        this.add('lead', names, true);
        linked = true;
        continue;
      }
      if (names.length === 0) {
        this.emptyRoles.push({ word: verb[0].replace(/^按照?|^根据/, ''), at: segment.start + verb.index });
        continue;
      }
      if (role === 'lead' && /^按/.test(verb[0])) this.notes.push(verb[0]);
      this.add(role, names, true);
    }
    const rest = this.list({ text: segment.text.slice(from), start: segment.start + from });
    if (linked) this.add('cooperate', rest, true);
    else this.add(defaultRole, rest, explicitDefault);
  }

  /** Label grammar: each label opens the list written after it, up to the next label. */
  readLabels(segment: Segment, labels: RegExpMatchArray[]): void {
    const before = labels[0]?.index ?? 0;
    if (segment.text.slice(0, before).trim().length > 0)
      this.readVerbs({ text: segment.text.slice(0, before), start: segment.start }, 'responsible', false);
    labels.forEach((label, i) => {
      const from = (label.index ?? 0) + label[0].length;
      let to = labels[i + 1]?.index ?? segment.text.length;
      // A label the grammar does not know (`适用范围：`) ends the list: what it says is a note.
      const other = OTHER_LABEL.exec(segment.text.slice(from, to));
      if (other) {
        const note = segment.text.slice(from + other.index + 1, to).replace(/^\s+|[\s,，;；。]+$/g, '');
        if (note) this.notes.push(note);
        to = from + other.index;
      }
      const body = { text: segment.text.slice(from, to), start: segment.start + from };
      const role = labelRole(label[0]);
      const value = body.text.replace(/^[\s:：]+|[\s,，;；。]+$/g, '');
      if (role === 'deadline') {
        if (value) this.deadline = value;
      } else if (role === 'person') {
        // A leader is a person, not an agency: kept as a note (`牵头负责领导：金力`).
        if (value) this.notes.push(`${label[0].replace(/\s*[:：]$/, '')}：${value}`);
      } else {
        this.readVerbs(body, role, true);
      }
    });
  }

  /** Settle the roles over the whole marker: a named lead makes everyone else a cooperator; a lead
   *  rule in force makes the first-named lead; named cooperators make the responsible clause lead. */
  settle(): { role: Role; agency: NamedSpan }[] {
    const carried = carryRegionPrefix(this.groups.flatMap((g) => g.names));
    let k = 0;
    const named = this.groups.flatMap((g) =>
      g.names.map(() => ({ role: g.role, agency: carried[k++] as NamedSpan })),
    );
    const hasLead = named.some((n) => n.role === 'lead');
    const hasCooperator = named.some((n) => n.role === 'cooperate');
    const leadRule = this.context.leadRuleInForce || this.statesLeadRule !== null;
    return named.map((n, i) => {
      if (n.role === 'lead' || n.role === 'cooperate') return { role: n.role, agency: n.agency };
      if (hasLead) return { role: 'cooperate', agency: n.agency };
      if (leadRule && !this.context.columnRole)
        return { role: i === 0 ? 'lead' : 'cooperate', agency: n.agency };
      if (hasCooperator) return { role: 'lead', agency: n.agency };
      return { role: 'responsible', agency: n.agency };
    });
  }
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

/** Take out what is not a list of agencies: the lead rule, standing allocations, `下同`, deadlines. */
function extractClauses(text: string, reader: MarkerReader): string {
  let work = text;
  const rule = LEAD_RULE.exec(work);
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
  const standing = STANDING.exec(work);
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
  work = blankOutsideBrackets(work, /[,，]?\s*下同/g);
  for (const match of work.matchAll(DEADLINE)) {
    if (!reader.deadline) reader.deadline = match[0].replace(/^[,，、]+|[,，、]+$/g, '');
    work = blankOut(work, match.index, match.index + match[0].length);
  }
  return work;
}

/** A sentence with no role word is a condition or a standing rule: keep it as a note. */
function readSentence(sentence: Segment, original: Segment, reader: MarkerReader, columnRole?: Role): void {
  const labels = [...sentence.text.matchAll(LABEL)];
  if (columnRole && labels.length === 0) {
    reader.readVerbs(sentence, columnRole, true);
    return;
  }
  if (labels.length === 0 && !ROLE_WORD.test(sentence.text)) {
    const from = sentence.start - original.start;
    const note = original.text.slice(from, from + sentence.text.length).trim();
    const clean = note.replace(/^[,，;；\s]+|[,，;；。\s]+$/g, '');
    if (clean.length === 0) return;
    if (/下同/.test(note)) {
      reader.standingRule = clean.replace(/[,，]?\s*下同$/, '');
      reader.notes.push(reader.standingRule);
    } else if (!looksLikeNames(sentence)) {
      reader.notes.push(clean);
    } else {
      reader.readVerbs(sentence, 'responsible', false);
    }
    return;
  }
  if (labels.length > 0) reader.readLabels(sentence, labels);
  else reader.readVerbs(sentence, 'responsible', false);
}

/** A sentence of names alone (`…按职责分工负责。各区政府。`) is a list, not a note. */
function looksLikeNames(sentence: Segment): boolean {
  const reading = readAgencyList(sentence.text, sentence.start);
  return reading.names.length > 0 && reading.unread.length === 0;
}

/** Read the content of a marker (inside its brackets, or its label lines), at `start` in the text. */
export function readMarker(content: string, start: number, context: MarkerContext): MarkerReading {
  const reader = new MarkerReader(context);
  const work = extractClauses(content, reader);
  let from = 0;
  for (let i = 0; i <= work.length; i++) {
    if (i === work.length || work[i] === '。' || work[i] === '\n') {
      const text = work.slice(from, i);
      if (text.trim().length > 0)
        readSentence({ text, start: start + from }, { text: content, start }, reader, context.columnRole);
      from = i + 1;
    }
  }
  return {
    roles: reader.settle(),
    deadline: reader.deadline,
    notes: reader.notes,
    standingRule: reader.standingRule,
    statesLeadRule: reader.statesLeadRule,
    emptyRoles: reader.emptyRoles,
    unread: reader.unread,
  };
}
