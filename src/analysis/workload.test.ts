// Workload figures on the Manzhouli notice, checked against counts made from the hand-read table.
import { describe, expect, it } from 'vitest';
import { handItems, sectionOfTask } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import type { NoticeModel } from '../notice/model.ts';
import {
  DEFAULT_WEIGHTS,
  computeWorkload,
  rankByLoad,
  reweighted,
  workloadInSteps,
  workloadIsCostly,
} from './workload.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const byName = new Map(model.agencies.map((a) => [a.name, workloads.get(a.id)]));
const items = handItems();

/** Counts made from the hand-read table alone. */
function handCount(name: string) {
  const led = items.filter((i) => i.leads.includes(name));
  const joined = items.filter((i) => i.cooperators.includes(name));
  const mine = [...led, ...joined];
  const partners = new Set(mine.flatMap((i) => [...i.leads, ...i.cooperators]));
  partners.delete(name);
  return {
    led: led.length,
    joined: joined.length,
    tasks: new Set(mine.map((i) => i.task)).size,
    sections: new Set(mine.map((i) => sectionOfTask(i.task))).size,
    partners: partners.size,
  };
}

describe('computeWorkload on the Manzhouli notice', () => {
  it('gives 自治区发展改革委 9 led, 51 joined, 25 tasks, all 7 sections', () => {
    expect(byName.get('自治区发展改革委')).toMatchObject({
      led: 9,
      joined: 51,
      cooperated: 51,
      responsible: 0,
      tasks: 25,
      sections: 7,
    });
  });

  it('gives every agency the figures a count of the hand-read table gives', () => {
    const names = new Set(items.flatMap((i) => [...i.leads, ...i.cooperators]));
    expect(names.size).toBe(45);
    for (const name of names) {
      const w = byName.get(name);
      expect({
        name,
        led: w?.led,
        joined: w?.joined,
        tasks: w?.tasks,
        sections: w?.sections,
        partners: w?.partners,
      }).toEqual({
        name,
        ...handCount(name),
      });
    }
  });

  it('weighs a lead three times a cooperation by default', () => {
    expect(DEFAULT_WEIGHTS).toEqual({ lead: 3, cooperate: 1, responsible: 2 });
    expect(byName.get('自治区发展改革委')?.load).toBe(9 * 3 + 51);
    expect(byName.get('自治区商务厅')?.load).toBe(14 * 3 + 17);
    const custom = computeWorkload(model, { lead: 1, cooperate: 1, responsible: 1 });
    const ndrc = model.agencies.find((a) => a.name === '自治区发展改革委')?.id;
    expect(custom.get(ndrc as never)?.load).toBe(60);
  });

  it('gives shares of all assignments that sum to 1', () => {
    let sum = 0;
    workloads.forEach((w) => (sum += w.share));
    expect(sum).toBeCloseTo(1, 10);
    const roles = items.reduce((n, i) => n + i.leads.length + i.cooperators.length, 0);
    expect(byName.get('自治区发展改革委')?.share).toBeCloseTo(60 / roles, 10);
  });

  it('ranks 自治区发展改革委 as the most loaded agency, then 商务厅 and 经济和信息化委', () => {
    const ranked = rankByLoad(workloads).map((w) => model.agencies.find((a) => a.id === w.agencyId)?.name);
    expect(ranked.slice(0, 3)).toEqual(['自治区发展改革委', '自治区商务厅', '自治区经济和信息化委']);
  });

  it('puts 自治区发展改革委 at the centre of the coordination network', () => {
    const top = [...workloads.values()].sort((a, b) => b.betweenness - a.betweenness)[0];
    expect(model.agencies.find((a) => a.id === top?.agencyId)?.name).toBe('自治区发展改革委');
  });

  it('does not mutate the model', () => {
    const before = JSON.stringify(model);
    computeWorkload(model);
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe('workloads in steps and under other weights', () => {
  it('gives in steps what computeWorkload gives in one go', () => {
    const steps = workloadInSteps(model);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect([...step.value]).toEqual([...computeWorkload(model)]);
  });

  it('reweights loads without counting again, as computeWorkload with those weights would', () => {
    const weights = { lead: 5, cooperate: 2, responsible: 1 };
    expect([...reweighted(computeWorkload(model), weights)]).toEqual([...computeWorkload(model, weights)]);
  });

  it('calls a notice costly only when betweenness would hold a page', () => {
    expect(workloadIsCostly(model)).toBe(false);
    // 200 agencies, 300 items naming ten each: a dense network, one search per agency.
    const agencies = Array.from({ length: 200 }, (_, i) => ({ id: `ag:${i}` }));
    const wide = Array.from({ length: 300 }, (_, i) => ({
      leads: [`ag:${i % 200}`],
      cooperators: Array.from({ length: 9 }, (_, k) => `ag:${(i * 7 + k * 13) % 200}`),
      responsible: [],
    }));
    expect(workloadIsCostly({ ...model, agencies, items: wide } as unknown as NoticeModel)).toBe(true);
  });
});
