// The ranking in the language asked for, and a notice whose MAD is 0: the rule then uses the mean
// deviation, and nothing on the diagram may call it "MAD".
import { describe, expect, it } from 'vitest';
import { overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { DEFAULT_WEIGHTS, type Workload } from '../../analysis/workload.ts';
import type { Agency, AgencyId } from '../../notice/model.ts';
import { thresholdText } from './ranking-marks.ts';
import { rankingScene } from './ranking-scene.ts';

const id = (n: number) => `ag:${n}` as AgencyId;
const workload = (n: number, led: number, joined: number): Workload =>
  ({
    agencyId: id(n),
    led,
    cooperated: joined,
    responsible: 0,
    joined,
    load: led * 3 + joined,
    tasks: 1,
    sections: 1,
    partners: 1,
    items: led + joined,
  }) as unknown as Workload;

// Nine agencies with load 3 and one with 40: the median deviation is 0, the mean deviation 3.7.
const loads = [...Array.from({ length: 9 }, (_, i) => workload(i, 1, 0)), workload(9, 10, 10)];
const agencies = loads.map(
  (w, i) => ({ id: w.agencyId, name: `机构${i}`, generic: false }) as unknown as Agency,
);

function scene(lang?: 'zh' | 'en') {
  const stats = overloadStats(loads, agencies);
  const verdicts = overloadVerdicts(loads, agencies, stats);
  const labels = new Map(agencies.map((a) => [a.id, a.name]));
  const workloads = new Map(loads.map((w) => [w.agencyId, w]));
  const built = rankingScene(workloads, stats, verdicts, labels, {
    weights: DEFAULT_WEIGHTS,
    totalSections: 1,
    ...(lang ? { lang } : {}),
  });
  return { stats, words: built.marks.flatMap((m) => (m.type === 'text' ? [m.text] : [])) };
}

describe('a ranking whose MAD is 0', () => {
  it('never says MAD, and rounds its threshold', () => {
    for (const lang of [undefined, 'en', 'zh'] as const) {
      const { stats, words } = scene(lang);
      expect(stats.mad).toBe(0);
      expect(
        words.filter((w) => /\bMADs?\b|中位数绝对偏差/.test(w)),
        String(lang),
      ).toEqual([]);
      expect(
        words.filter((w) => /\d\.\d{2,}/.test(w)),
        String(lang),
      ).toEqual([]);
    }
    expect(thresholdText(scene().stats)).toBe('overload threshold 21.5 = median 3 + 5 × mean deviation 3.7');
    expect(thresholdText(scene().stats, 'zh')).toBe('过载线 21.5 = 中位数 3 + 5 × 平均绝对偏差 3.7');
  });
});

describe("the ranking's own words", () => {
  it('are English only in English, Chinese only in Chinese, glossed on screen', () => {
    const en = scene('en').words;
    expect(en).toContain('Load = 3 × items led + 1 × items cooperated');
    expect(en.filter((w) => /\p{Script=Han}/u.test(w) && !/^机构\d/.test(w))).toEqual([]);
    const zh = scene('zh').words;
    expect(zh).toContain('负荷 = 3 × 牵头事项 + 1 × 配合事项');
    expect(zh.filter((w) => /[A-Za-z]{3,}/.test(w))).toEqual([]);
    expect(scene().words).toContain('Load = 3 × items led 牵头 + 1 × items cooperated 配合');
  });
});
