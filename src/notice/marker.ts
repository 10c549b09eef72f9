// Reading one responsibility marker: who leads (牵头), who cooperates (配合), who is responsible (负责),
// in the genre's two grammars — verbs after lists (`A牵头，B等部门配合`) and labels before them
// (`牵头单位：A；配合单位：B`) — plus the deadline, conditions and rules a marker may state.
import { readAgencyList, type NamedSpan } from './agency-list.ts';
import type { Role } from './model.ts';

export interface MarkerReading {
  readonly roles: readonly { readonly role: Role; readonly agency: NamedSpan }[];
  readonly deadline: string | null;
  readonly notes: readonly string[];
  /** A standing rule (`…，下同`) stated here, to carry to later items as a note. */
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

/** Labels that open a list: `牵头单位：`, `配合部门:`, `责任单位：`, `部门分工：`. */
export const LABEL =
  /(?:牵头责任|主要责任|牵头|配合|协办|主办|参与|责任|负责|协助)?(?:单位|部门)\s*[:：]|部门分工\s*[:：]|(?:完成时限|完成时间|时间节点|时限要求|完成期限)\s*[:：]/g;

const LEAD_RULE =
  /[^,，;；。]*(?:(?:列|排|排列|排名)(?:在)?(?:第一|首)位?(?:的|者)?(?:单位|部门)?|第一(?:个)?(?:单位|部门))(?:为|是)牵头(?:单位|部门)?[^,，;；。]*/;

const DEADLINE =
  /(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|上半年|下半年|年底|年内|底|末|起)?(?:前|以前|之前|开始|起)?|\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前|之前)|(?:长期|持续)(?:坚持|推进|实施|开展)|(?:每年|逐年)(?:推进|开展)|(?:年内|年底前))(?:[,，、]?(?:长期|持续)(?:坚持|推进|实施|开展))?(?:完成|建成|启动|实现|到位)?/g;

/** Verbs that close a list (`A牵头`), and 会同 that links a lead to its partners (`A会同B负责`). */
const NOT_NAME_END = '(?!单位|部门|责任单位|机构|人)';
const VERB = new RegExp(
  `(?:按照?[^,，;；。、]{0,12}?)?(?:分别)?牵头(?:负责)?${NOT_NAME_END}|(?:积极)?配合${NOT_NAME_END}|协助${NOT_NAME_END}|参与${NOT_NAME_END}|会同|(?:按照?|根据)?(?:各自)?(?:职责|职能)(?:分工)?(?:分别)?负责${NOT_NAME_END}|(?:共同|分别)?负责${NOT_NAME_END}|(?:共同)?(?:组织)?(?:推进|落实|实施)`,
  'g',
);

const LEAD_LABEL = /(?:牵头|主办|主要责任|牵头责任)(?:单位|部门)\s*[:：]/;

/** 推进/落实 close a list only after 会同 (`A会同B推进`); elsewhere they are ordinary prose. */
function roleVerbs(text: string): RegExpExecArray[] {
  const kept: RegExpExecArray[] = [];
  for (const verb of text.matchAll(VERB)) {
    const plain = /^(?:共同)?(?:组织)?(?:推进|落实|实施)$/.test(verb[0]);
    if (!plain || /会同/.test(kept[kept.length - 1]?.[0] ?? '')) kept.push(verb);
  }
  return kept;
}

function labelRole(label: string): Role | 'deadline' | 'mixed' {
  if (/完成|时间|时限|期限/.test(label)) return 'deadline';
  if (/部门分工/.test(label)) return 'mixed';
  if (/^(?:牵头|主办|主要责任|牵头责任)/.test(label)) return 'lead';
  if (/^(?:配合|协办|参与|协助)/.test(label)) return 'cooperate';
  return 'responsible';
}

interface Segment {
  text: string;
  start: number;
}

function blankOut(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

class MarkerReader {
  readonly roles: { role: Role; agency: NamedSpan }[] = [];
  readonly notes: string[] = [];
  readonly emptyRoles: { word: string; at: number }[] = [];
  readonly unread: NamedSpan[] = [];
  deadline: string | null = null;
  standingRule: string | null = null;
  statesLeadRule: string | null = null;

  constructor(
    private readonly context: MarkerContext,
    private readonly leadLabelPresent: boolean,
  ) {}

  private get leadRule(): boolean {
    return this.context.leadRuleInForce || this.statesLeadRule !== null;
  }

  add(role: Role, names: readonly NamedSpan[]): void {
    for (const agency of names) this.roles.push({ role, agency });
  }

  /** A list governed by 负责: all responsible, unless the first-listed rule names a lead. */
  addResponsible(names: readonly NamedSpan[], hasLead: boolean): void {
    names.forEach((agency, i) => {
      if (hasLead) this.roles.push({ role: 'cooperate', agency });
      else if (this.leadRule) this.roles.push({ role: i === 0 ? 'lead' : 'cooperate', agency });
      else this.roles.push({ role: 'responsible', agency });
    });
  }

  list(segment: Segment): NamedSpan[] {
    const reading = readAgencyList(segment.text, segment.start);
    this.unread.push(...reading.unread);
    return [...reading.names];
  }

  hasLead(): boolean {
    return this.roles.some((r) => r.role === 'lead');
  }

  /** Verb grammar: each verb closes the list written before it. */
  readVerbs(segment: Segment, defaultRole: Role | 'mixed'): void {
    const verbs = roleVerbs(segment.text);
    let from = 0;
    let partnersOf: NamedSpan[] | null = null;
    for (const verb of verbs) {
      const at = verb.index;
      const word = verb[0];
      const names = this.list({ text: segment.text.slice(from, at), start: segment.start + from });
      from = at + word.length;
      if (partnersOf !== null) {
        this.add('cooperate', names);
        partnersOf = null;
        if (/^(?:共同|组织)?(?:推进|落实|实施|负责)/.test(word)) continue;
      }
      if (/会同/.test(word)) {
        this.add('lead', names);
        partnersOf = names;
        continue;
      }
      if (/^(?:共同)?(?:组织)?(?:推进|落实|实施)$/.test(word)) {
        if (names.length > 0) this.addResponsible(names, this.hasLead());
        continue;
      }
      if (names.length === 0) {
        this.emptyRoles.push({ word: word.replace(/^按照?|^根据/, ''), at: segment.start + at });
        continue;
      }
      if (/牵头/.test(word)) {
        this.add('lead', names);
        const condition = word.replace(/牵头(?:负责)?$/, '');
        if (condition.length > 0) this.notes.push(word);
      } else if (/配合|协助|参与/.test(word)) {
        this.add('cooperate', names);
      } else {
        this.addResponsible(names, this.hasLead());
      }
    }
    const rest = this.list({ text: segment.text.slice(from), start: segment.start + from });
    if (partnersOf !== null) this.add('cooperate', rest);
    else if (defaultRole === 'mixed' || defaultRole === 'responsible')
      this.addResponsible(rest, this.hasLead());
    else this.add(defaultRole, rest);
  }

  /** Label grammar: each label opens the list written after it, up to the next label. */
  readLabels(segment: Segment, labels: RegExpMatchArray[]): void {
    const before = labels[0]?.index ?? 0;
    if (before > 0)
      this.readVerbs({ text: segment.text.slice(0, before), start: segment.start }, 'responsible');
    labels.forEach((label, i) => {
      const from = (label.index ?? 0) + label[0].length;
      const to = labels[i + 1]?.index ?? segment.text.length;
      const body = { text: segment.text.slice(from, to), start: segment.start + from };
      const role = labelRole(label[0]);
      if (role === 'deadline') {
        const value = body.text.replace(/^[\s:：]+|[\s,，;；。]+$/g, '');
        if (value) this.deadline = value;
      } else if (role === 'responsible' && this.leadLabelPresent) {
        // Beside a 牵头单位 label, 责任单位 names the others who carry the item: its cooperators.
        this.readVerbs(body, 'cooperate');
      } else {
        this.readVerbs(body, role);
      }
    });
  }
}

/** Take out the deadline, lead rule and standing rules, which are not agencies. */
function extractClauses(text: string, reader: MarkerReader): string {
  let work = text;
  // The cheap test first: the rule always says 第一 or 首 before 牵头.
  const rule = /第一|首/.test(work) && work.includes('牵头') ? LEAD_RULE.exec(work) : null;
  if (rule) {
    reader.statesLeadRule = rule[0].replace(/^[\s]+/, '');
    work = blankOut(work, rule.index, rule.index + rule[0].length);
  }
  work = work.replace(/[,，]?\s*下同/g, (m) => ' '.repeat(m.length));
  for (const match of work.matchAll(DEADLINE)) {
    if (!reader.deadline) reader.deadline = match[0].replace(/^[,，、]+|[,，、]+$/g, '');
    work = blankOut(work, match.index, match.index + match[0].length);
  }
  return work;
}

/** Sentences with no role word are conditions or standing rules: keep them as notes. */
function readSentence(sentence: Segment, original: Segment, reader: MarkerReader, columnRole?: Role): void {
  const labels = [...sentence.text.matchAll(LABEL)];
  if (columnRole && labels.length === 0) {
    reader.readVerbs(sentence, columnRole);
    return;
  }
  const hasRoleWord = labels.length > 0 || /牵头|配合|负责|会同|协助|参与/.test(sentence.text);
  if (!hasRoleWord) {
    const from = sentence.start - original.start;
    const note = original.text.slice(from, from + sentence.text.length).trim();
    const clean = note.replace(/^[,，;；\s]+|[,，;；。\s]+$/g, '');
    if (clean.length === 0) return;
    if (/下同/.test(note)) {
      reader.standingRule = clean.replace(/[,，]?\s*下同$/, '');
      reader.notes.push(reader.standingRule);
    } else {
      reader.notes.push(clean);
    }
    return;
  }
  if (labels.length > 0) reader.readLabels(sentence, labels);
  else reader.readVerbs(sentence, 'responsible');
}

/** Read the content of a marker (inside its brackets, or its label lines), at `start` in the text. */
export function readMarker(content: string, start: number, context: MarkerContext): MarkerReading {
  const reader = new MarkerReader(context, LEAD_LABEL.test(content));
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
    roles: reader.roles,
    deadline: reader.deadline,
    notes: reader.notes,
    standingRule: reader.standingRule,
    statesLeadRule: reader.statesLeadRule,
    emptyRoles: reader.emptyRoles,
    unread: reader.unread,
  };
}
