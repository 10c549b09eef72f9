// Reading one responsibility marker: who leads (牵头), who cooperates (配合), who is responsible (负责),
// in the genre's two grammars — verbs after lists (`A牵头，B等部门配合`) and labels before them
// (`牵头单位：A；配合单位：B`) — plus the deadline, conditions and rules a marker may state.
// Words give each list a role (marker-words.ts); the marker's clauses together settle them
// (`settleRoles`): a named lead makes every other agency a cooperator, and so on.
import type { NamedSpan } from './agency-list.ts';
import { extractClauses } from './marker-clauses.ts';
import { PrefixCarry } from './region-prefix.ts';
import {
  labelRole,
  mayHoldLabel,
  nextLabel,
  ROLE_WORD,
  VERB_RUN,
  verbRole,
  type WordRole,
} from './marker-words.ts';
import type { Role } from './model.ts';
import { NameFacts } from './name-facts.ts';

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
  /** What this parse already knows of lists and names; a fresh memo when absent. */
  readonly facts?: NameFacts;
}

interface Segment {
  readonly text: string;
  readonly start: number;
}

/** Names with the role their words give, in the order written. */
interface Group {
  role: WordRole;
  names: readonly NamedSpan[];
  /** Said by a verb or a label, not by default. */
  explicit: boolean;
}

/** VERB_RUN for `readVerbs` alone, which lists nothing while it scans. */
const VERB_SCAN = new RegExp(VERB_RUN.source, 'g');

/** Another label after a semicolon, one the grammar gives no role (`；适用范围：…`). */
const OTHER_LABEL = /[；;，,]\s*[\u4e00-\u9fff]{2,6}\s*[:：]/;
class MarkerReader {
  readonly groups: Group[] = [];
  readonly notes: string[] = [];
  readonly emptyRoles: { word: string; at: number }[] = [];
  readonly unread: NamedSpan[] = [];
  deadline: string | null = null;
  standingRule: string | null = null;
  statesLeadRule: string | null = null;

  readonly facts: NameFacts;

  constructor(private readonly context: MarkerContext) {
    this.facts = context.facts ?? new NameFacts();
  }

  list(segment: Segment): readonly NamedSpan[] {
    const reading = this.facts.list(segment.text, segment.start);
    for (const piece of reading.unread) this.unread.push(piece);
    return reading.names;
  }

  add(role: WordRole, names: readonly NamedSpan[], explicit: boolean): void {
    if (names.length > 0) this.groups.push({ role, names, explicit });
  }

  /** Verb grammar: each run of verbs closes the list written before it; 会同 links a lead to partners. */
  readVerbs(segment: Segment, defaultRole: WordRole, explicitDefault: boolean): void {
    let from = 0;
    let linked = false;
    // An exec loop over a private copy: `matchAll` clones the regex on every call.
    VERB_SCAN.lastIndex = 0;
    for (let verb = VERB_SCAN.exec(segment.text); verb !== null; verb = VERB_SCAN.exec(segment.text)) {
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
    let hasLead = false;
    let hasCooperator = false;
    let count = 0;
    for (const g of this.groups) {
      count += g.names.length;
      if (g.role === 'lead') hasLead = true;
      else if (g.role === 'cooperate') hasCooperator = true;
    }
    const leadRule =
      (this.context.leadRuleInForce || this.statesLeadRule !== null) && !this.context.columnRole;
    // Prefixes carried over the whole marker, in the order written, as each name is settled.
    const carry = new PrefixCarry(this.facts);
    const settled: { role: Role; agency: NamedSpan }[] = new Array(count);
    let i = 0;
    for (const g of this.groups) {
      for (const name of g.names) {
        settled[i] = {
          role: settledRole(g.role, i, hasLead, hasCooperator, leadRule),
          agency: carry.next(name),
        };
        i++;
      }
    }
    return settled;
  }
}

/** A named lead makes everyone else a cooperator; a lead rule in force makes the first-named lead;
 *  named cooperators make the responsible clause lead. */
function settledRole(
  role: WordRole,
  i: number,
  hasLead: boolean,
  hasCooperator: boolean,
  leadRule: boolean,
): Role {
  if (role === 'lead' || role === 'cooperate') return role;
  if (hasLead) return 'cooperate';
  if (leadRule) return i === 0 ? 'lead' : 'cooperate';
  if (hasCooperator) return 'lead';
  return 'responsible';
}

/** A sentence with no role word is a condition or a standing rule: keep it as a note. */
function readSentence(sentence: Segment, original: Segment, reader: MarkerReader, columnRole?: Role): void {
  const labels: RegExpExecArray[] = [];
  if (mayHoldLabel(sentence.text)) {
    const text = sentence.text;
    for (let m = nextLabel(text, 0); m !== null; m = nextLabel(text, m.index + m[0].length)) labels.push(m);
  }
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
    } else if (!looksLikeNames(sentence, reader.facts)) {
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
function looksLikeNames(sentence: Segment, facts: NameFacts): boolean {
  const reading = facts.list(sentence.text, sentence.start);
  return reading.names.length > 0 && reading.unread.length === 0;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** Read the content of a marker (inside its brackets, or its label lines), at `start` in the text. */
export function readMarker(content: string, start: number, context: MarkerContext): MarkerReading {
  const reader = new MarkerReader(context);
  const work = extractClauses(content, reader);
  // Sentences end at 。 or a line break, found by the engine's search rather than a loop over each
  // character; each search is made again only once passed, so a long marker is not searched over.
  let stop = -1;
  let line = -1;
  for (let from = 0; from <= work.length;) {
    if (stop < from) stop = indexOrEnd(work, '。', from);
    if (line < from) line = indexOrEnd(work, '\n', from);
    const i = Math.min(stop, line);
    const text = work.slice(from, i);
    if (text.trim().length > 0)
      readSentence({ text, start: start + from }, { text: content, start }, reader, context.columnRole);
    from = i + 1;
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
