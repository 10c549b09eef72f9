// Checks of the notice itself: what a careful reader of a task-division notice would query before
// trusting its figures — items without a lead, several leads, an agency both leading and joining one
// item, items left to collective actors alone, agencies named once, items repeated, one body written
// two ways, passages not read. Each names its items and agencies, so a view can show the sentences and
// offer the matching correction. Pure.
import { agencyForm } from '../notice/agency-forms.ts';
import type { AgencyId, DiagnosticCode, Item, ItemId, NoticeModel } from '../notice/model.ts';
import { agenciesOf } from './coordination.ts';

export type CheckKind =
  | 'not-read'
  | 'same-body'
  | 'no-lead'
  | 'several-leads'
  | 'lead-and-cooperate'
  | 'only-collective'
  | 'repeated-item'
  | 'named-once';

export interface NoticeCheck {
  readonly kind: CheckKind;
  /** In English, for the command line and the CSV; an interface says it from `kind` and `args`. */
  readonly message: string;
  /** What the message names, in its order: agencies' names (a list joined by 、), counts as digits.
   *  `not-read`: the arguments of the parser's finding, whose code is `diagnostic`. */
  readonly args: readonly string[];
  readonly diagnostic?: DiagnosticCode;
  readonly items: readonly ItemId[];
  readonly agencies: readonly AgencyId[];
  /** Where in the text: the first item's marker, or the passage. */
  readonly offset: number;
}

/** The kinds in the order a reader should look at them: what may be misread first. */
export const CHECK_KINDS: readonly CheckKind[] = [
  'not-read',
  'same-body',
  'no-lead',
  'several-leads',
  'lead-and-cooperate',
  'only-collective',
  'repeated-item',
  'named-once',
];

export const CHECK_LABELS: Readonly<Record<CheckKind, { readonly zh: string; readonly en: string }>> = {
  'not-read': { zh: '未读出', en: 'Not read' },
  'same-body': { zh: '疑似同一机构', en: 'Same body, two names' },
  'no-lead': { zh: '无牵头', en: 'No lead' },
  'several-leads': { zh: '多个牵头', en: 'Several leads' },
  'lead-and-cooperate': { zh: '既牵头又配合', en: 'Leads and cooperates' },
  'only-collective': { zh: '仅泛指主体', en: 'Only collective actors' },
  'repeated-item': { zh: '重复事项', en: 'Repeated item' },
  'named-once': { zh: '仅出现一次', en: 'Named once' },
};

const NOT_READ_CODES = new Set(['UNREAD_MARKER', 'UNREAD_NAME', 'MARKER_WITHOUT_AGENCY']);

/** The English message of each kind, from its arguments (`not-read` keeps the parser's own). */
export const CHECK_MESSAGES: Readonly<Record<Exclude<CheckKind, 'not-read'>, (...args: string[]) => string>> =
  {
    'no-lead': (names) => `No agency leads this item (${names}).`,
    'several-leads': (count, names) => `${count} agencies lead this item: ${names}.`,
    'lead-and-cooperate': (names) => `${names} both leads and cooperates in this item.`,
    'only-collective': (names) =>
      `Only collective actors carry this item (${names}): no one agency answers for it.`,
    'repeated-item': (count) => `The same item stands ${count} times.`,
    'same-body': (a, b) => `${a} and ${b} are probably one body written two ways.`,
    'named-once': (name) => `${name} is named in one item only: a misspelling, or a minor part.`,
  };

function itemNames(model: NoticeModel) {
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  return (ids: readonly AgencyId[]) => ids.map((id) => names.get(id) ?? id).join('、');
}

function check(
  kind: Exclude<CheckKind, 'not-read'>,
  args: readonly string[],
  items: readonly Item[],
  agencies: readonly AgencyId[],
): NoticeCheck {
  const message = CHECK_MESSAGES[kind](...args);
  return {
    kind,
    message,
    args,
    items: items.map((i) => i.id),
    agencies,
    offset: items[0]?.marker.start ?? 0,
  };
}

function itemChecks(model: NoticeModel): NoticeCheck[] {
  const names = itemNames(model);
  const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id));
  // Where most items name a lead, an item without one is a gap; where few do, the notice simply
  // assigns items without the distinction (责任单位：A、B) and saying so of each would be noise.
  const leadsUsual = model.items.filter((a) => a.leads.length > 0).length > model.items.length / 2;
  const out: NoticeCheck[] = [];
  for (const item of model.items) {
    const named = agenciesOf(item);
    if (item.leads.length === 0 && named.length > 0 && (leadsUsual || item.cooperators.length > 0))
      out.push(check('no-lead', [names(named)], [item], named));
    if (item.leads.length > 1)
      out.push(check('several-leads', [`${item.leads.length}`, names(item.leads)], [item], item.leads));
    const both = item.leads.filter((id) => item.mentions.some((m) => m.agencyId === id && m.role !== 'lead'));
    if (both.length > 0) out.push(check('lead-and-cooperate', [names(both)], [item], both));
    if (named.length > 0 && named.every((id) => generic.has(id)))
      out.push(check('only-collective', [names(named)], [item], named));
  }
  return out;
}

/** The same paragraph in two places (a task table repeated, an annex restating the items). */
function repeatedItems(model: NoticeModel): NoticeCheck[] {
  const byText = new Map<string, Item[]>();
  for (const item of model.items) {
    const text = model.text
      .slice(item.start, item.marker.start)
      .replace(/\s|^[（(]?[一二三四五六七八九十\d]+[）)、.]/g, '');
    if (text.length < 12) continue;
    const same = byText.get(text);
    if (same) same.push(item);
    else byText.set(text, [item]);
  }
  return [...byText.values()]
    .filter((items) => items.length > 1)
    .map((items) => check('repeated-item', [`${items.length}`], items, []));
}

function agencyChecks(model: NoticeModel): NoticeCheck[] {
  const itemsOf = new Map<AgencyId, Item[]>();
  for (const item of model.items)
    for (const id of agenciesOf(item)) {
      // Pushed, not copied: an agency named in a thousand items would copy half a million (issue #15).
      const list = itemsOf.get(id);
      if (list) list.push(item);
      else itemsOf.set(id, [item]);
    }
  const agencies = model.agencies.filter((a) => !a.generic && itemsOf.has(a.id));
  const out: NoticeCheck[] = [];
  // Each name's form once, not once per pair: 500 agencies make 125,000 pairs (issue #15).
  const forms = agencies.map((a) => agencyForm(a.name));
  for (let i = 0; i < agencies.length; i++) {
    for (let j = i + 1; j < agencies.length; j++) {
      const a = agencies[i]!;
      const b = agencies[j]!;
      if (a.name === b.name || forms[i] !== forms[j]) continue; // sameBody, with the forms at hand
      const items = [...(itemsOf.get(a.id) ?? []), ...(itemsOf.get(b.id) ?? [])];
      out.push(check('same-body', [a.name, b.name], items, [a.id, b.id]));
    }
  }
  for (const agency of agencies) {
    const items = itemsOf.get(agency.id) ?? [];
    if (items.length === 1) out.push(check('named-once', [agency.name], items, [agency.id]));
  }
  return out;
}

function notRead(model: NoticeModel): NoticeCheck[] {
  return model.diagnostics
    .filter((d) => NOT_READ_CODES.has(d.code))
    .map((d) => ({
      kind: 'not-read' as const,
      message: d.message,
      args: d.args ?? [],
      diagnostic: d.code,
      items: [],
      agencies: [],
      offset: d.offset,
    }));
}

/** Every check of the notice, by kind (the order of `CHECK_KINDS`), then in document order. */
export function noticeChecks(model: NoticeModel): NoticeCheck[] {
  const all = [...notRead(model), ...agencyChecks(model), ...itemChecks(model), ...repeatedItems(model)];
  const rank = (k: CheckKind) => CHECK_KINDS.indexOf(k);
  return all.sort((a, b) => rank(a.kind) - rank(b.kind) || a.offset - b.offset);
}
