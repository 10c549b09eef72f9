import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import type { AgencyId } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { agenciesIn, partnersOf } from './partners.ts';

const model = parseNotice(
  [
    '青岭市人民政府关于印发重点工作分工方案的通知',
    '一、扩大开放',
    '（一）推进口岸建设。加快通关。（市商务局牵头，市财政局、市交通局配合）',
    '（二）完善物流。建设园区。（市交通局牵头，市商务局配合）',
    '（三）优化服务。推行一网通办。（市商务局、市财政局负责）',
  ].join('\n'),
);
const id = (name: string) => model.agencies.find((a) => a.name === name)?.id as AgencyId;
const named = (rows: ReturnType<typeof partnersOf>) =>
  rows.map((p) => [
    model.agencies.find((a) => a.id === p.agency)?.name,
    p.items.length,
    p.leads,
    p.cooperates,
    p.responsible,
  ]);

describe('partnersOf', () => {
  it("ranks an agency's partners by the items they share, with the partner's part in them", () => {
    expect(named(partnersOf(model, id('市商务局')))).toEqual([
      ['市交通局', 2, 1, 1, 0],
      ['市财政局', 2, 0, 1, 1],
    ]);
    expect(partnersOf(model, id('市商务局'))[0]?.items).toEqual(['item-1', 'item-2']);
  });

  it("ranks a task's agencies by the items that name them", () => {
    const items = model.items.filter((a) => a.sectionId === model.sections[0]?.id);
    expect(named(agenciesIn(items))[0]).toEqual(['市商务局', 3, 1, 1, 1]);
  });

  it('answers "who works most with 自治区商务厅?" on the Manzhouli notice', () => {
    const seed = parseNotice(seedBytes());
    const commerce = seed.agencies.find((a) => a.name === '自治区商务厅')?.id as AgencyId;
    const partners = partnersOf(seed, commerce);
    const workload = partners.reduce((n, p) => n + p.items.length, 0);
    expect(partners.length).toBeGreaterThan(20);
    expect(workload).toBeGreaterThan(partners.length);
    for (let i = 1; i < partners.length; i++)
      expect(partners[i - 1]!.items.length).toBeGreaterThanOrEqual(partners[i]!.items.length);
  });
});
