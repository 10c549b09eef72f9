// What the figures say, in plain words: a few sentences made by fixed rules from the workload, so a
// briefing opens with conclusions a reader can check against the tables behind them. Pure: the PDF
// pack and the PowerPoint deck read the same findings. Each finding keeps its figures apart from its
// words, so tests compare numbers and the two languages never disagree.
import { DEFAULT_OVERLOAD_THRESHOLD, overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, DEFAULT_WEIGHTS, rankByLoad, type Workload } from '../../analysis/workload.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { chineseNumeral } from '../data/heading-labels.ts';

/** A finding's sentence in pieces: the strong ones are the figures and names a reader looks for. */
export interface Phrase {
  readonly text: string;
  readonly strong?: boolean;
}

interface AgencyFigures {
  readonly name: string;
  readonly led: number;
  readonly joined: number;
  readonly sections: number;
}

export type Finding =
  /** The fewest agencies whose loads add up to half the notice's load, and their exact share. */
  | { readonly kind: 'concentration'; readonly agencies: number; readonly of: number; readonly share: number }
  | ({ readonly kind: 'heaviest'; readonly totalSections: number } & AgencyFigures)
  /** Agencies far above the typical one (the overload flag), against the median load. */
  | {
      readonly kind: 'far-above';
      readonly count: number;
      readonly cutoff: number;
      readonly median: number;
    }
  /** The named agency that leads nothing but takes part in the most items. */
  | ({ readonly kind: 'joins-only'; readonly totalSections: number } & AgencyFigures)
  /** The two named agencies named together in the most items: the partnership that must work. */
  | { readonly kind: 'closest-pair'; readonly first: string; readonly second: string; readonly items: number }
  /** The section with the most items, and how many agencies it draws in. */
  | {
      readonly kind: 'busiest-section';
      readonly section: string;
      readonly ordinal: number;
      readonly items: number;
      readonly of: number;
      readonly agencies: number;
    }
  | { readonly kind: 'no-lead'; readonly items: number; readonly of: number };

/** Half the load: the share a reader grasps at once ("six agencies carry half the work"). */
const CONCENTRATION = 0.5;
/** "Joins many" means at least this many items and twice the typical agency's count. */
const MIN_JOINED = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The findings for a notice, in reading order. Agency names are the model's: pass a model with
 *  English names for an English briefing. */
export function briefingFindings(model: NoticeModel): Finding[] {
  const ranked = rankByLoad(computeWorkload(model, DEFAULT_WEIGHTS));
  const generic = new Set<string>(model.agencies.filter((a) => a.generic).map((a) => a.id));
  const names = new Map<string, string>(model.agencies.map((a) => [a.id, a.name]));
  const named = ranked.filter((w) => !generic.has(w.agencyId));
  const figures = (w: Workload): AgencyFigures => ({
    name: names.get(w.agencyId) ?? w.agencyId,
    led: w.led,
    joined: w.joined,
    sections: w.sections,
  });
  const findings: Finding[] = [];

  const total = ranked.reduce((sum, w) => sum + w.load, 0);
  if (total > 0) {
    let carried = 0;
    let count = 0;
    for (const w of ranked) {
      carried += w.load;
      count++;
      if (carried / total >= CONCENTRATION) break;
    }
    findings.push({ kind: 'concentration', agencies: count, of: ranked.length, share: carried / total });
  }

  const heaviest = named[0];
  if (heaviest && heaviest.load > 0)
    findings.push({ kind: 'heaviest', totalSections: model.sections.length, ...figures(heaviest) });

  const stats = overloadStats(ranked, model.agencies, DEFAULT_OVERLOAD_THRESHOLD);
  const verdicts = overloadVerdicts(ranked, model.agencies, stats);
  const flagged = named.filter((w) => verdicts.get(w.agencyId)?.flagged).length;
  if (Number.isFinite(stats.cutoff))
    findings.push({
      kind: 'far-above',
      count: flagged,
      cutoff: Math.ceil(stats.cutoff),
      median: stats.median,
    });

  const bar = Math.max(MIN_JOINED, 2 * median(named.map((w) => w.items)));
  const joiner = named.filter((w) => w.led === 0 && w.joined >= bar).sort((a, b) => b.joined - a.joined)[0];
  if (joiner) findings.push({ kind: 'joins-only', totalSections: model.sections.length, ...figures(joiner) });

  const pair = closestPair(model, generic);
  if (pair) {
    // The heavier of the two first, as the tables list them.
    const rank = (id: string) => ranked.findIndex((w) => w.agencyId === id);
    const [first, second] = [pair.first, pair.second].sort((a, b) => rank(a) - rank(b));
    findings.push({
      kind: 'closest-pair',
      first: names.get(first ?? '') ?? '',
      second: names.get(second ?? '') ?? '',
      items: pair.items,
    });
  }

  const busiest = busiestSection(model, generic);
  if (busiest) findings.push(busiest);

  const noLead = model.items.filter((a) => a.leads.length === 0).length;
  if (model.items.length > 0) findings.push({ kind: 'no-lead', items: noLead, of: model.items.length });
  return findings;
}

/** Everyone an item names, generic bodies (各地, 各有关部门) left out. */
function namedIn(item: NoticeModel['items'][number], generic: ReadonlySet<string>): string[] {
  return [...new Set<string>([...item.leads, ...item.cooperators, ...item.responsible])].filter(
    (id) => !generic.has(id),
  );
}

/** The pair named together in the most items; ties go to the pair met first in the notice. Only a
 *  pair that shares two or more items is worth a sentence. */
function closestPair(
  model: NoticeModel,
  generic: ReadonlySet<string>,
): { first: string; second: string; items: number } | null {
  const counts = new Map<string, number>();
  for (const item of model.items) {
    const ids = namedIn(item, generic);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = [ids[i], ids[j]].sort().join('\u0000');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[1] < 2) return null;
  const [first = '', second = ''] = best[0].split('\u0000');
  return { first, second, items: best[1] };
}

function busiestSection(model: NoticeModel, generic: ReadonlySet<string>): Finding | null {
  if (model.sections.length < 2) return null;
  let best: Finding | null = null;
  for (const section of model.sections) {
    const items = model.items.filter((i) => i.sectionId === section.id);
    if (items.length === 0 || (best?.kind === 'busiest-section' && items.length <= best.items)) continue;
    const agencies = new Set(items.flatMap((i) => namedIn(i, generic))).size;
    best = {
      kind: 'busiest-section',
      section: section.title,
      ordinal: section.ordinal,
      items: items.length,
      of: model.items.length,
      agencies,
    };
  }
  return best;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The short figure set beside a finding, e.g. `52 %` or `9 / 51`. */
export function findingFigure(finding: Finding): string {
  switch (finding.kind) {
    case 'concentration':
      return percent(finding.share);
    case 'heaviest':
      return `${finding.led} / ${finding.joined}`;
    case 'far-above':
      return String(finding.count);
    case 'joins-only':
      return `0 / ${finding.joined}`;
    case 'closest-pair':
      return String(finding.items);
    case 'busiest-section':
      return `${finding.items} / ${finding.of}`;
    case 'no-lead':
      return String(finding.items);
  }
}

const s = (text: string): Phrase => ({ text, strong: true });
const p = (text: string): Phrase => ({ text });

function sectionsEn(n: number, total: number): string {
  return total > 0 && n === total ? `in all ${total} sections` : `in ${n} of ${total} sections`;
}

function sectionsZh(n: number, total: number): string {
  return total > 0 && n === total ? `覆盖全部 ${total} 个部分` : `涉及 ${total} 个部分中的 ${n} 个`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function phrasesEn(f: Finding): Phrase[] {
  switch (f.kind) {
    case 'concentration':
      return [
        s(`${plural(f.agencies, 'agency', 'agencies')} of ${f.of}`),
        p(` carry `),
        s(percent(f.share)),
        p(
          ` of the whole load: the work is ${f.agencies * 4 <= f.of ? 'concentrated in a few hands' : 'spread widely'}.`,
        ),
      ];
    case 'heaviest':
      return [
        s(f.name),
        p(' carries the most: it leads '),
        s(plural(f.led, 'item', 'items')),
        p(' and joins '),
        s(String(f.joined)),
        p(`, ${sectionsEn(f.sections, f.totalSections)}.`),
      ];
    case 'far-above':
      return f.count === 0
        ? [p('No agency stands far above the typical agency, whose load is '), s(String(f.median)), p('.')]
        : [
            s(plural(f.count, 'agency stands', 'agencies stand')),
            p(' far above the typical agency: a load of '),
            s(`${f.cutoff} or more`),
            p(', where the typical agency has '),
            s(String(f.median)),
            p('.'),
          ];
    case 'joins-only':
      return [
        s(f.name),
        p(' leads '),
        s('none'),
        p(' but joins '),
        s(plural(f.joined, 'item', 'items')),
        p(`, ${sectionsEn(f.sections, f.totalSections)}: much coordination, no lead of its own.`),
      ];
    case 'closest-pair':
      return [
        s(f.first),
        p(' and '),
        s(f.second),
        p(' share '),
        s(plural(f.items, 'item', 'items')),
        p(', more than any other two agencies: their cooperation matters most.'),
      ];
    case 'busiest-section':
      return [
        p(`Section ${f.ordinal}, `),
        s(`"${f.section}"`),
        p(', holds '),
        s(`${f.items} of the ${f.of} items`),
        ...(f.agencies > 0
          ? [
              p(' and draws in '),
              s(plural(f.agencies, 'agency', 'agencies')),
              p(': the busiest part of the plan.'),
            ]
          : // Its items name only collective bodies (各地, 各有关部门): no one agency answers for them.
            [p(', the most of any section, but names no particular agency for them.')]),
      ];
    case 'no-lead':
      return f.items === 0
        ? [p('Every one of the '), s(`${f.of} items`), p(' names a lead agency.')]
        : [
            s(`${f.items} of ${f.of} items`),
            p(
              f.items === 1
                ? ' names no lead: it needs someone to answer for it.'
                : ' name no lead: they need someone to answer for them.',
            ),
          ];
  }
}

function phrasesZh(f: Finding): Phrase[] {
  switch (f.kind) {
    case 'concentration':
      return [
        s(`${f.of} 个机构中的 ${f.agencies} 个`),
        p('承担了全部负荷的 '),
        s(percent(f.share)),
        p(f.agencies * 4 <= f.of ? '，工作集中在少数机构。' : '，工作分布较广。'),
      ];
    case 'heaviest':
      return [
        s(f.name),
        p('负担最重：牵头 '),
        s(`${f.led} 项`),
        p('，参与 '),
        s(`${f.joined} 项`),
        p(`，${sectionsZh(f.sections, f.totalSections)}。`),
      ];
    case 'far-above':
      return f.count === 0
        ? [p('没有机构的负荷远高于一般机构；一般机构的负荷为 '), s(String(f.median)), p('。')]
        : [
            s(`${f.count} 个机构`),
            p('的负荷远高于一般机构：均达 '),
            s(`${f.cutoff} 以上`),
            p('，而一般机构为 '),
            s(String(f.median)),
            p('。'),
          ];
    case 'joins-only':
      return [
        s(f.name),
        p('不牵头任何事项，却参与 '),
        s(`${f.joined} 项`),
        p(`，${sectionsZh(f.sections, f.totalSections)}：协调任务重，但无牵头之责。`),
      ];
    case 'closest-pair':
      return [
        s(f.first),
        p('与'),
        s(f.second),
        p('共同承担 '),
        s(`${f.items} 个事项`),
        p('，是合作最多的两个机构，二者的协作最为关键。'),
      ];
    case 'busiest-section':
      return [
        p(`第${chineseNumeral(f.ordinal)}部分`),
        s(`“${f.section}”`),
        p('事项最多：'),
        s(`${f.of} 个事项中占 ${f.items} 个`),
        ...(f.agencies > 0
          ? [p('，涉及 '), s(`${f.agencies} 个机构`), p('。')]
          : [p('，但未点名具体机构。')]),
      ];
    case 'no-lead':
      return f.items === 0
        ? [s(`全部 ${f.of} 个事项`), p('均明确了牵头单位。')]
        : [s(`${f.of} 个事项中有 ${f.items} 个`), p('未明确牵头单位，需指定责任主体。')];
  }
}

/** The finding as a sentence in pieces, in the briefing's language. */
export function findingPhrases(finding: Finding, lang: 'zh' | 'en'): Phrase[] {
  return lang === 'zh' ? phrasesZh(finding) : phrasesEn(finding);
}

/** What a finding's figure counts, in a few words under it. */
const CAPTIONS: Record<'zh' | 'en', Record<Finding['kind'], string>> = {
  zh: {
    concentration: '的负荷',
    heaviest: '牵头 / 参与',
    'far-above': '个机构远高于一般',
    'joins-only': '牵头 / 参与',
    'closest-pair': '个共同事项',
    'busiest-section': '个事项在此部分',
    'no-lead': '个事项无牵头单位',
  },
  en: {
    concentration: 'of the load',
    heaviest: 'led / joined',
    'far-above': 'far above typical',
    'joins-only': 'led / joined',
    'closest-pair': 'items shared',
    'busiest-section': 'items in this section',
    'no-lead': 'items with no lead',
  },
};

export function findingCaption(finding: Finding, lang: 'zh' | 'en'): string {
  return CAPTIONS[lang][finding.kind];
}

/** Said instead of findings when a notice gives the rules nothing to count. */
export const NO_FINDINGS: Record<'zh' | 'en', string> = {
  zh: '通知中没有读到任何责任分工，无从得出发现。',
  en: 'The notice assigns no work to any agency that the app could read: there is nothing to find.',
};

/** How the load the findings speak of is counted, said once under them. */
export const FINDINGS_NOTE: Record<'zh' | 'en', string> = {
  zh: '负荷 = 牵头事项 ×3 + 参与事项 ×1 + 未分牵头配合的负责事项 ×2；一般机构指负荷居中位的机构。',
  en: 'Load = 3 for each item led + 1 for each item joined + 2 for each item shared with no lead named. The typical agency is the median one.',
};

/** The finding as one plain sentence. */
export function findingText(finding: Finding, lang: 'zh' | 'en'): string {
  return findingPhrases(finding, lang)
    .map((phrase) => phrase.text)
    .join('');
}
