// What the figures say, in plain words: a few sentences made by fixed rules from the workload, so a
// briefing opens with conclusions a reader can check against the tables behind them. Pure: the
// slides and any other briefing can read the same findings. Each finding keeps its figures apart
// from its words, so tests compare numbers and the two languages never disagree.
import { DEFAULT_OVERLOAD_THRESHOLD, overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, DEFAULT_WEIGHTS, rankByLoad, type Workload } from '../../analysis/workload.ts';
import type { NoticeModel } from '../../notice/model.ts';

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

  const noLead = model.items.filter((a) => a.leads.length === 0).length;
  if (model.items.length > 0) findings.push({ kind: 'no-lead', items: noLead, of: model.items.length });
  return findings;
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
    case 'no-lead':
      return f.items === 0
        ? [p('Every one of the '), s(`${f.of} items`), p(' names a lead agency.')]
        : [
            s(`${f.items} of ${f.of} items`),
            p(` name no lead: ${f.items === 1 ? 'it needs' : 'they need'} someone to answer for them.`),
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

/** The finding as one plain sentence. */
export function findingText(finding: Finding, lang: 'zh' | 'en'): string {
  return findingPhrases(finding, lang)
    .map((phrase) => phrase.text)
    .join('');
}
