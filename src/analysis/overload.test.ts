// The overload flag: a robust outlier rule on load, checked on the seed and on hand-made loads.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import type { Agency, AgencyId } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { comparedWithTypical, explainLoad, overloadStats, overloadVerdicts, spreadUnit } from './overload.ts';
import { computeWorkload, rankByLoad, type Workload } from './workload.ts';

const model = parseNotice(seedBytes());
const ranked = rankByLoad(computeWorkload(model));
const nameOf = new Map(model.agencies.map((a) => [a.id, a.name]));

describe('overload on the Manzhouli notice', () => {
  const stats = overloadStats(ranked, model.agencies);
  const verdicts = overloadVerdicts(ranked, model.agencies, stats);
  const flagged = ranked.filter((w) => verdicts.get(w.agencyId)?.flagged).map((w) => nameOf.get(w.agencyId));

  it('takes the median and MAD of the 45 loads', () => {
    const loads = ranked.map((w) => w.load).sort((a, b) => a - b);
    expect(loads[22]).toBe(7);
    expect(stats).toMatchObject({ median: 7, mad: 4, spread: 4, threshold: 5, cutoff: 27 });
  });

  it('flags the agencies whose load is 5 MADs or more above the median', () => {
    expect(flagged).toEqual([
      '自治区发展改革委',
      '自治区商务厅',
      '自治区经济和信息化委',
      '自治区住房城乡建设厅',
      '自治区国土资源厅',
      '自治区环保厅',
      '自治区财政厅',
    ]);
    for (const w of ranked) expect(verdicts.get(w.agencyId)?.flagged).toBe(w.load >= 27);
  });

  it('flags fewer agencies when the threshold is raised', () => {
    const strict = overloadStats(ranked, model.agencies, 10);
    const v = overloadVerdicts(ranked, model.agencies, strict);
    expect(ranked.filter((w) => v.get(w.agencyId)?.flagged).map((w) => nameOf.get(w.agencyId))).toEqual([
      '自治区发展改革委',
      '自治区商务厅',
      '自治区经济和信息化委',
    ]);
  });

  it('explains a flag from the figures, in English and Chinese', () => {
    const ndrc = ranked[0] as Workload;
    const verdict = verdicts.get(ndrc.agencyId);
    expect(verdict?.score).toBe(17.75);
    // In plain words: the typical (median) agency carries 7, 自治区发展改革委 78.
    expect(explainLoad('自治区发展改革委', ndrc, stats, 7)).toBe(
      "自治区发展改革委: 9 led, 51 joined, in all 7 sections — load 78, 11 times the typical agency's 7",
    );
    expect(explainLoad('自治区发展改革委', ndrc, stats, 7, 'zh')).toBe(
      '自治区发展改革委：牵头9项，参与51项，覆盖全部7个部分——负荷78，为一般单位（7）的11倍',
    );
  });

  it('compares with the typical agency when the median is small or 0, and names the spread used', () => {
    expect(comparedWithTypical(9, 6)).toBe("load 9, 1.5 times the typical agency's 6");
    expect(comparedWithTypical(12, 0)).toBe('load 12, where the typical agency carries 0');
    expect(comparedWithTypical(12, 0, 'zh')).toBe('负荷12，而一般单位为0');
    expect(spreadUnit({ mad: 4 })).toBe('MADs');
    expect(spreadUnit({ mad: 0 })).toBe('mean deviations');
  });
});

describe('overload on hand-made loads', () => {
  const agency = (id: string, generic = false): Agency =>
    ({
      id: id as AgencyId,
      name: id,
      aliases: [],
      generic,
      kind: generic ? 'generic' : 'regional',
    }) as Agency;
  const load = (id: string, value: number) => ({ agencyId: id as AgencyId, load: value }) as Workload;

  it('falls back to the mean absolute deviation when the MAD is 0', () => {
    const loads = [load('a', 1), load('b', 1), load('c', 1), load('d', 1), load('e', 20)];
    const stats = overloadStats(
      loads,
      ['a', 'b', 'c', 'd', 'e'].map((id) => agency(id)),
    );
    expect(stats.mad).toBe(0);
    expect(stats.spread).toBeCloseTo(19 / 5, 10);
    expect(overloadVerdicts(loads, [], stats).get('e' as AgencyId)?.flagged).toBe(true);
  });

  it('flags nobody when all loads are equal', () => {
    const loads = [load('a', 3), load('b', 3)];
    const stats = overloadStats(loads, [agency('a'), agency('b')]);
    expect([...overloadVerdicts(loads, [], stats).values()].some((v) => v.flagged)).toBe(false);
  });

  it('never flags a generic actor, nor counts it in the median', () => {
    const agencies = [agency('a'), agency('b'), agency('c'), agency('各地', true)];
    const loads = [load('a', 1), load('b', 2), load('c', 3), load('各地', 100)];
    const stats = overloadStats(loads, agencies);
    expect(stats.median).toBe(2);
    expect(overloadVerdicts(loads, agencies, stats).get('各地' as AgencyId)?.flagged).toBe(false);
  });
});
