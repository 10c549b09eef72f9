// The pieces of a ranking bar and its key. A bar stacks the load's parts in the role colours: items led
// solid (like the lead square), items joined as a pale fill with a solid edge (like the cooperate ring),
// so the two parts stay apart in greyscale.
import { INK, MUTED_INK, ROLE_APPEARANCE } from '../appearance.ts';
import type { OverloadStats } from '../../analysis/overload.ts';
import type { Workload, WorkloadWeights } from '../../analysis/workload.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark, Tagged } from '../scene.ts';
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

/** What the rules mean, in the figures: `threshold 27 = median 7 + 5 × MAD 4`. */
export function thresholdText(stats: OverloadStats): string {
  if (!Number.isFinite(stats.cutoff)) return 'no threshold: every named agency carries the same load';
  const spread = stats.mad > 0 ? `MAD ${fmt(stats.mad)}` : `mean deviation ${fmt(stats.spread)}`;
  return `overload threshold ${fmt(stats.cutoff)} = median ${fmt(stats.median)} + ${fmt(stats.threshold)} × ${spread}`;
}

export function rankingLegend(
  x: number,
  y: number,
  weights: WorkloadWeights,
  stats: OverloadStats,
  ranked: readonly Workload[],
): { marks: SceneMark[]; height: number } {
  const has = (role: 'cooperated' | 'responsible') => ranked.some((w) => w[role] > 0);
  const roles: Role[] = [
    'lead',
    ...(has('cooperated') ? (['cooperate'] as const) : []),
    ...(has('responsible') ? (['responsible'] as const) : []),
  ];
  const noun: Record<Role, string> = {
    lead: 'items led 牵头',
    cooperate: 'items cooperated 配合',
    responsible: 'items responsible 负责',
  };
  const formula = `Load = ${roles.map((r) => `${fmt(weights[r])} × ${noun[r]}`).join(' + ')}`;
  const marks: SceneMark[] = [
    { type: 'text', x, y, text: formula, size: 13, fill: INK, weight: 600, baseline: 'top' },
  ];
  let at = x;
  const line = y + 30;
  for (const role of roles) {
    marks.push(...segment(role, at, line - 7, 22, 14, {}));
    const text = `${ROLE_APPEARANCE[role].label.en} × ${fmt(weights[role])}`;
    marks.push({ type: 'text', x: at + 30, y: line, text, size: 13, fill: INK, baseline: 'middle' });
    at += 30 + textWidth(text, 13) + 24;
  }
  const rules = line + 24;
  marks.push({ type: 'path', d: `M${x},${rules}H${x + 22}`, stroke: MUTED_INK, strokeWidth: 1 });
  const median = `median load ${fmt(stats.median)}`;
  marks.push({ type: 'text', x: x + 30, y: rules, text: median, size: 13, fill: INK, baseline: 'middle' });
  const second = x + 30 + textWidth(median, 13) + 24;
  marks.push({
    type: 'path',
    d: `M${second},${rules}H${second + 22}`,
    stroke: INK,
    strokeWidth: 2,
    dash: [6, 4],
  });
  const flag = `${thresholdText(stats)}: agencies at or above it are flagged`;
  marks.push({ type: 'text', x: second + 30, y: rules, text: flag, size: 13, fill: INK, baseline: 'middle' });
  return { marks, height: rules + 10 - y };
}
