// The ranking scene on the Manzhouli notice: bars in load order, stacked from what is led and joined,
// the threshold where the figures put it, and the seven flagged agencies explained.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { explainLoad, overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, DEFAULT_WEIGHTS, rankByLoad } from '../../analysis/workload.ts';
import type { AgencyId } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { ROLE_APPEARANCE } from '../appearance.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import type { SceneMark } from '../scene.ts';
import { thresholdText } from './ranking-marks.ts';
import { rankingScene, wordGaps } from './ranking-scene.ts';

const model = parseNotice(seedBytes());
const labels = agencyLabels(model.agencies);

function build(weights = DEFAULT_WEIGHTS, threshold = 5) {
  const workloads = computeWorkload(model, weights);
  const ranked = rankByLoad(workloads);
  const stats = overloadStats(ranked, model.agencies, threshold);
  const verdicts = overloadVerdicts(ranked, model.agencies, stats);
  const scene = rankingScene(workloads, stats, verdicts, labels, { weights, totalSections: 7 });
  return { workloads, ranked, stats, verdicts, scene };
}

const texts = (marks: readonly SceneMark[]) => marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));

describe('rankingScene', () => {
  const { ranked, stats, verdicts, scene } = build();

  it('has one row per agency, heaviest first', () => {
    expect(scene.rows.map((r) => r.agencyId)).toEqual(ranked.map((w) => w.agencyId));
    expect(scene.rows).toHaveLength(45);
  });

  it("explains exactly the seven flagged agencies, with the core's sentence", () => {
    const lines = texts(scene.marks).filter((t) => t.includes('times the typical agency'));
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      '发展改革委',
      '商务厅',
      '经济和信息化委',
      '住房城乡建设厅',
      '国土资源厅',
      '环保厅',
      '财政厅',
    ]);
    const ndrc = ranked[0]!;
    expect(lines[0]).toBe(explainLoad('发展改革委', ndrc, stats, 7));
    expect(lines[0]).toBe(
      "发展改革委: 9 led, 51 joined, in all 7 sections — load 78, 11 times the typical agency's 7",
    );
  });

  it('stacks 自治区发展改革委’s bar from 9 led × 3 and 51 cooperated × 1', () => {
    const ndrc = scene.marks.filter(
      (m) => m.ref?.id === 'ag:自治区发展改革委' && m.type === 'rect' && m.title,
    );
    const lead = ndrc.find((m) => m.type === 'rect' && m.fill === ROLE_APPEARANCE.lead.color);
    const joined = ndrc.find((m) => m.type === 'rect' && m.fill === ROLE_APPEARANCE.cooperate.color);
    expect(lead?.title).toBe('9 led × 3 = 27');
    expect(joined?.title).toBe('51 cooperated × 1 = 51');
    if (lead?.type !== 'rect' || joined?.type !== 'rect') throw new Error('bars missing');
    expect(joined.x).toBeCloseTo(lead.x + lead.width, 6);
    expect(joined.width / lead.width).toBeCloseTo(51 / 27, 6);
  });

  it('draws the threshold at load 27 and says how it was reached', () => {
    expect(stats.cutoff).toBe(27);
    expect(thresholdText(stats)).toBe('overload threshold 27 = median 7 + 5 × MAD 4');
    expect(texts(scene.marks)).toEqual(expect.arrayContaining(['threshold 27', 'median 7']));
    const lead = scene.marks.find(
      (m) =>
        m.ref?.id === 'ag:自治区发展改革委' && m.type === 'rect' && m.fill === ROLE_APPEARANCE.lead.color,
    );
    const dashed = scene.marks.find((m) => m.type === 'path' && m.dash && m.d.includes('V'));
    // 9 led × 3 = 27: the lead part of the top bar ends exactly on the threshold.
    if (lead?.type !== 'rect' || dashed?.type !== 'path') throw new Error('marks missing');
    expect(dashed.d.startsWith(`M${lead.x + lead.width},`)).toBe(true);
  });

  it('has a key: the load formula with its weights, the role swatches and the rules', () => {
    const key = texts(scene.marks);
    expect(key).toContain('Load = 3 × items led 牵头 + 1 × items cooperated 配合');
    expect(key).toEqual(
      expect.arrayContaining(['Leads (牵头) × 3', 'Cooperates (配合) × 1', 'median load 7']),
    );
  });

  it('follows the weights and the threshold', () => {
    const { scene: heavier, verdicts: strict } = build({ lead: 5, cooperate: 1, responsible: 2 }, 10);
    expect(texts(heavier.marks)).toContain('Load = 5 × items led 牵头 + 1 × items cooperated 配合');
    const flagged = [...strict.values()].filter((v) => v.flagged).map((v) => v.agencyId);
    expect(texts(heavier.marks).filter((t) => t.includes('times the typical')).length).toBe(flagged.length);
  });

  it('outlines the highlighted agency', () => {
    const workloads = computeWorkload(model);
    const id = 'ag:自治区外事办' as AgencyId;
    const outlined = rankingScene(workloads, stats, verdicts, labels, {
      weights: DEFAULT_WEIGHTS,
      totalSections: 7,
      highlight: id,
    });
    expect(outlined.marks.some((m) => m.type === 'rect' && m.ref?.id === id && m.stroke && !m.title)).toBe(
      true,
    );
  });

  it('breaks the rules where they would cross words, so every figure stays legible', () => {
    const text: SceneMark = {
      type: 'text',
      x: 100,
      y: 50,
      text: '9 led · 51 joined',
      size: 12,
      baseline: 'middle',
    };
    expect(wordGaps([text], 120)).toEqual([[41, 59]]);
    expect(wordGaps([text], 90)).toEqual([]);
    const dashed = scene.marks.find((m) => m.type === 'path' && m.dash && m.d.includes('V'));
    // The threshold crosses the explanation lines of the flagged agencies: one break for each at least.
    expect(dashed?.type === 'path' && (dashed.d.match(/M/g) ?? []).length).toBeGreaterThan(7);
  });
});

describe('the labels under the median and threshold rules', () => {
  const ruleLabels = (marks: readonly SceneMark[]) =>
    marks.flatMap((m) =>
      m.type === 'text' && /^(median|threshold) [\d.]+$/.test(m.text)
        ? [{ text: m.text, anchor: m.anchor }]
        : [],
    );

  it('sit centred under rules far apart', () => {
    expect(ruleLabels(build().scene.marks).map((l) => l.anchor)).toEqual(['middle', 'middle']);
  });

  it('lean away from each other when the rules are close, so they never run together', () => {
    const close = ruleLabels(build(DEFAULT_WEIGHTS, 0.5).scene.marks);
    expect(close.map((l) => l.text.split(' ')[0])).toEqual(['median', 'threshold']);
    expect(close.map((l) => l.anchor)).toEqual(['end', 'start']);
  });
});
