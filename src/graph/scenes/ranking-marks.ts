// The pieces of a ranking bar and its key. A bar stacks the load's parts in the role colours: items led
// solid (like the lead square), items joined as a pale fill with a solid edge (like the cooperate ring),
// so the two parts stay apart in greyscale.
import { INK, MUTED_INK, ROLE_APPEARANCE } from '../appearance.ts';
import { spreadUnit, type OverloadStats } from '../../analysis/overload.ts';
import type { Workload, WorkloadWeights } from '../../analysis/workload.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark, Tagged } from '../scene.ts';
import { roleName } from './legend.ts';
import { say, type SceneLang, type Wording } from './scene-lang.ts';
import { textWidth } from './text-fit.ts';

const PALE = { lead: 1, cooperate: 0.22, responsible: 0.4 } as const;

function segment(role: Role, x: number, y: number, width: number, height: number, tag: Tagged): SceneMark[] {
  const color = ROLE_APPEARANCE[role].color;
  if (role === 'lead') return [{ type: 'rect', x, y, width, height, fill: color, ...tag }];
  return [
    { type: 'rect', x, y, width, height, fill: color, opacity: PALE[role], ...tag },
    {
      type: 'rect',
      x: x + 0.5,
      y: y + 0.5,
      width: Math.max(0, width - 1),
      height: height - 1,
      stroke: color,
      strokeWidth: 1,
    },
  ];
}

/** The bar of one agency: led × lead weight, then cooperated × its weight, then responsible × its weight. */
export function segmentMarks(
  w: Workload,
  weights: WorkloadWeights,
  x: (load: number) => number,
  y: number,
  height: number,
  ref: Tagged['ref'],
): SceneMark[] {
  const parts: [Role, number, number][] = [
    ['lead', w.led, weights.lead],
    ['cooperate', w.cooperated, weights.cooperate],
    ['responsible', w.responsible, weights.responsible],
  ];
  const marks: SceneMark[] = [];
  let at = 0;
  for (const [role, items, weight] of parts) {
    const value = items * weight;
    if (value <= 0) continue;
    const title = `${items} ${role === 'lead' ? 'led' : role === 'cooperate' ? 'cooperated' : 'responsible'} × ${weight} = ${value}`;
    marks.push(...segment(role, x(at), y, x(at + value) - x(at), height, { ref, title }));
    at += value;
  }
  return marks;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** What the rules mean, in the figures: `threshold 27 = median 7 + 5 × MAD 4`; where the MAD is 0
 *  the rule uses the mean deviation and says so. English unless Chinese is asked for. */
export function thresholdText(stats: OverloadStats, lang: SceneLang = 'en'): string {
  if (!Number.isFinite(stats.cutoff))
    return lang === 'zh'
      ? '无过载线：各具名机构的负荷相同'
      : 'no threshold: every named agency carries the same load';
  if (lang === 'zh') {
    const unit = stats.mad > 0 ? '中位数绝对偏差' : '平均绝对偏差';
    return `过载线 ${fmt(stats.cutoff)} = 中位数 ${fmt(stats.median)} + ${fmt(stats.threshold)} × ${unit} ${fmt(stats.spread)}`;
  }
  const spread = `${spreadUnit(stats, false)} ${fmt(stats.spread)}`;
  return `overload threshold ${fmt(stats.cutoff)} = median ${fmt(stats.median)} + ${fmt(stats.threshold)} × ${spread}`;
}

const NOUNS: Record<Role, Wording<string>> = {
  lead: { screen: 'items led 牵头', en: 'items led', zh: '牵头事项' },
  cooperate: { screen: 'items cooperated 配合', en: 'items cooperated', zh: '配合事项' },
  responsible: { screen: 'items responsible 负责', en: 'items responsible', zh: '负责事项' },
};

const WORDS: Record<'load' | 'median' | 'flagged', Wording<string>> = {
  load: { screen: 'Load', en: 'Load', zh: '负荷' },
  median: { screen: 'median load', en: 'median load', zh: '负荷中位数' },
  flagged: {
    screen: ': agencies at or above it are flagged',
    en: ': agencies at or above it are flagged',
    zh: '：达到即标记为过载',
  },
};

export function rankingLegend(
  x: number,
  y: number,
  weights: WorkloadWeights,
  stats: OverloadStats,
  ranked: readonly Workload[],
  lang?: SceneLang,
): { marks: SceneMark[]; height: number } {
  const has = (role: 'cooperated' | 'responsible') => ranked.some((w) => w[role] > 0);
  const roles: Role[] = [
    'lead',
    ...(has('cooperated') ? (['cooperate'] as const) : []),
    ...(has('responsible') ? (['responsible'] as const) : []),
  ];
  const parts = roles.map((r) => `${fmt(weights[r])} × ${say(lang, NOUNS[r])}`);
  const formula = `${say(lang, WORDS.load)} = ${parts.join(' + ')}`;
  const marks: SceneMark[] = [
    { type: 'text', x, y, text: formula, size: 13, fill: INK, weight: 600, baseline: 'top' },
  ];
  let at = x;
  const line = y + 30;
  for (const role of roles) {
    marks.push(...segment(role, at, line - 7, 22, 14, {}));
    const text = `${roleName(role, lang)} × ${fmt(weights[role])}`;
    marks.push({ type: 'text', x: at + 30, y: line, text, size: 13, fill: INK, baseline: 'middle' });
    at += 30 + textWidth(text, 13) + 24;
  }
  const rules = line + 24;
  marks.push({ type: 'path', d: `M${x},${rules}H${x + 22}`, stroke: MUTED_INK, strokeWidth: 1 });
  const median = `${say(lang, WORDS.median)} ${fmt(stats.median)}`;
  marks.push({ type: 'text', x: x + 30, y: rules, text: median, size: 13, fill: INK, baseline: 'middle' });
  const second = x + 30 + textWidth(median, 13) + 24;
  marks.push({
    type: 'path',
    d: `M${second},${rules}H${second + 22}`,
    stroke: INK,
    strokeWidth: 2,
    dash: [6, 4],
  });
  const flag = `${thresholdText(stats, lang === 'zh' ? 'zh' : 'en')}${say(lang, WORDS.flagged)}`;
  marks.push({ type: 'text', x: second + 30, y: rules, text: flag, size: 13, fill: INK, baseline: 'middle' });
  return { marks, height: rules + 10 - y };
}
