// Responsibility markers in the genre's forms, with the roles a reader takes from each:
//   lead-cooperate  （省发展改革委牵头，省财政厅、商务厅等部门配合） · （A会同B、C负责） · （A、B负责）
//   labelled        （牵头单位：市发展改革委，配合单位：市委组织部、…，各区、县级市） · （责任单位：A）
//   label-lines     lines of their own: 牵头单位:区财政局 / 责任单位:… (here 责任单位 are cooperators)
//   first-listed    （人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同） then （A、B负责）
//   responsibility  〔责任单位:省发展改革委、省市场监管局、商务厅按职责分工负责〕: responsible, no lead
import type { AgencyPool, SynthAgency } from './agency-pool.ts';
import { renderNameList } from './name-lists.ts';
import type { Random } from './prng.ts';

export type MarkerStyle = 'lead-cooperate' | 'labelled' | 'label-lines' | 'first-listed' | 'responsibility';

export const MARKER_STYLES: readonly MarkerStyle[] = [
  'lead-cooperate',
  'labelled',
  'label-lines',
  'first-listed',
  'responsibility',
];

export interface Roles {
  readonly leads: readonly SynthAgency[];
  readonly cooperators: readonly SynthAgency[];
  readonly responsible: readonly SynthAgency[];
  readonly deadline: string | null;
  /** Which wording of the style: plain, 会同, or responsible-only. */
  readonly form: 'plain' | 'joint' | 'responsible';
}

export interface MarkerContext {
  readonly random: Random;
  readonly pool: AgencyPool;
  readonly style: MarkerStyle;
  readonly year: number;
  /** True for the notice's first marker, where standing rules (下同) are stated. */
  readonly first: boolean;
}

/** A marker: text closing the item's paragraph, and/or paragraphs of its own after it. */
export interface RenderedMarker {
  readonly inline: string;
  readonly lines: readonly string[];
}

function deadline(random: Random, year: number): string {
  const y = year + random.int(0, 3);
  return random.pick([
    `${y}年底前`,
    `${y}年${random.int(3, 12)}月底前`,
    '持续推进',
    '长期坚持',
    `${y}年上半年`,
  ]);
}

/** Names from one group, so a list has contiguous runs: departments (prefixed) or the others. */
function named(
  random: Random,
  pool: AgencyPool,
  count: number,
  exclude: readonly SynthAgency[],
): SynthAgency[] {
  const useDepartments = pool.departments.length > 0 && random.chance(0.8);
  const source = (useDepartments ? pool.departments : pool.others).filter((a) => !exclude.includes(a));
  return random.sample(source, count);
}

function cooperators(random: Random, pool: AgencyPool, leads: readonly SynthAgency[]): SynthAgency[] {
  const count = random.pick([0, 1, 2, 2, 3, 3, 4, 5, 6]);
  const main = named(random, pool, count, leads);
  const extra = random.chance(0.3) ? named(random, pool, random.int(1, 2), [...leads, ...main]) : [];
  const merged = [...main, ...extra.filter((a) => !main.includes(a))];
  const generic = random.chance(0.25) ? [random.pick(pool.generics)] : [];
  return [...merged, ...generic];
}

export function drawRoles(ctx: MarkerContext): Roles {
  const { random, pool, style } = ctx;
  const due = ['lead-cooperate', 'labelled', 'label-lines'].includes(style) && random.chance(0.3);
  const dl = due ? deadline(random, ctx.year) : null;
  const none: SynthAgency[] = [];
  if (style === 'responsibility' || (style !== 'first-listed' && random.chance(0.15))) {
    const responsible = named(random, pool, random.pick([1, 1, 2, 3, 4, 5]), []);
    return { leads: none, cooperators: none, responsible, deadline: dl, form: 'responsible' };
  }
  // Under 列第一位者为牵头单位 only the first name leads, so that style draws one lead.
  const leads = named(random, pool, style !== 'first-listed' && random.chance(0.1) ? 2 : 1, []);
  if (style === 'lead-cooperate' && leads.length === 1 && random.chance(0.12)) {
    const joint = named(random, pool, random.int(1, 3), leads);
    return { leads, cooperators: joint, responsible: none, deadline: dl, form: 'joint' };
  }
  return {
    leads,
    cooperators: cooperators(random, pool, leads),
    responsible: none,
    deadline: dl,
    form: 'plain',
  };
}

export function renderMarker(roles: Roles, ctx: MarkerContext): RenderedMarker {
  const list = (agencies: readonly SynthAgency[]) => renderNameList(agencies, ctx.random);
  switch (ctx.style) {
    case 'lead-cooperate':
      return { inline: leadCooperate(roles, ctx.random, list), lines: [] };
    case 'labelled':
      return { inline: labelled(roles, list), lines: [] };
    case 'label-lines':
      return { inline: '', lines: labelLines(roles, ctx.random, list) };
    case 'first-listed':
      return { inline: firstListed(roles, ctx.first, list), lines: [] };
    case 'responsibility':
      return { inline: responsibility(roles, ctx, list), lines: [] };
  }
}

type ListWriter = (agencies: readonly SynthAgency[]) => string;

function leadCooperate(roles: Roles, random: Random, list: ListWriter): string {
  const due = roles.deadline === null ? '' : `，${roles.deadline}${random.chance(0.5) ? '完成' : ''}`;
  if (roles.form === 'responsible') return `（${list(roles.responsible)}负责${due}）`;
  if (roles.form === 'joint') return `（${list(roles.leads)}会同${list(roles.cooperators)}负责${due}）`;
  if (roles.cooperators.length === 0) return `（${list(roles.leads)}牵头${due}）`;
  const lastIsGeneric = roles.cooperators.at(-1)?.generic ?? false;
  const verb = lastIsGeneric ? '配合' : random.pick(['等部门配合', '配合', '等有关部门配合', '等单位配合']);
  return `（${list(roles.leads)}牵头，${list(roles.cooperators)}${verb}${due}）`;
}

function labelled(roles: Roles, list: ListWriter): string {
  const due = roles.deadline === null ? '' : `，完成时限：${roles.deadline}`;
  if (roles.form === 'responsible') return `（责任单位：${list(roles.responsible)}${due}）`;
  const partners = roles.cooperators.length > 0 ? `，配合单位：${list(roles.cooperators)}` : '';
  return `（牵头单位：${list(roles.leads)}${partners}${due}）`;
}

function labelLines(roles: Roles, random: Random, list: ListWriter): string[] {
  const due = roles.deadline === null ? [] : [`完成时限：${roles.deadline}`];
  if (roles.form === 'responsible') return [`责任单位：${list(roles.responsible)}`, ...due];
  const label = random.pick(['责任单位', '配合单位']);
  const partners = roles.cooperators.length > 0 ? [`${label}：${list(roles.cooperators)}`] : [];
  return [`牵头单位：${list(roles.leads)}`, ...partners, ...due];
}

function firstListed(roles: Roles, first: boolean, list: ListWriter): string {
  const all = [...roles.leads, ...roles.cooperators];
  const generic = all.at(-1)?.generic === true;
  const verb = generic ? '按职责分工负责' : '负责';
  return `（${list(all)}${verb}${first ? '。列第一位者为牵头单位，下同' : ''}）`;
}

function responsibility(roles: Roles, ctx: MarkerContext, list: ListWriter): string {
  const [open, close] = ctx.random.chance(0.7) ? ['〔', '〕'] : ['（', '）'];
  const rule = ctx.first ? '。具体任务均涉及有关地方人民政府，不再做分工，下同。' : '';
  const many = roles.responsible.length > 1 ? '按职责分工负责' : '';
  return `${open}责任单位：${list(roles.responsible)}${many}${rule}${close}`;
}
