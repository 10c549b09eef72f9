import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { noticeChecks } from './checks.ts';

const model = parseNotice(
  [
    '青岭市人民政府关于印发重点工作分工方案的通知',
    '一、扩大开放',
    '（一）推进口岸建设。加快通关便利化建设。（市商务局牵头，市财政局、市发展和改革委员会配合）',
    '（二）完善物流体系。建设物流园区和配送中心。（市发改委、市交通局牵头，市商务局配合）',
    '（三）优化政务服务。推行一网通办改革。（市财政局配合）',
    '（四）加强基层治理。推进网格化管理工作。（各区政府负责）',
    '（五）推进口岸建设。加快通关便利化建设。（市商务局牵头，市财政局配合）',
    '（六）稳定市场预期。提振消费信心指数。（市商务局牵头，市统计局、市商务局配合）',
  ].join('\n'),
);
const checks = noticeChecks(model);
const of = (kind: string) => checks.filter((c) => c.kind === kind);

describe('noticeChecks', () => {
  it("finds one body written two ways, by the genre's abbreviations", () => {
    expect(of('same-body').map((c) => c.message)).toEqual([
      '市发展和改革委员会 and 市发改委 are probably one body written two ways.',
    ]);
  });

  it('finds items with no lead where leads are the rule, and items with several', () => {
    expect(of('no-lead').map((c) => c.items)).toEqual([['item-3'], ['item-4']]);
    expect(of('several-leads').map((c) => c.items)).toEqual([['item-2']]);
  });

  it('finds an agency both leading and cooperating in one item, and items left to collective actors', () => {
    expect(of('lead-and-cooperate').map((c) => c.items)).toEqual([['item-6']]);
    expect(of('only-collective').map((c) => c.items)).toEqual([['item-4']]);
  });

  it('finds an item written twice, and agencies named once', () => {
    expect(of('repeated-item').map((c) => c.items)).toEqual([['item-1', 'item-5']]);
    expect(of('named-once').map((c) => c.message)).toContain(
      '市统计局 is named in one item only: a misspelling, or a minor part.',
    );
  });

  it('lists what may be misread first', () => {
    expect(checks[0]?.kind).toBe('same-body');
  });

  it('has little to say of the Manzhouli notice, all of it true', () => {
    const seed = noticeChecks(parseNotice(seedBytes()));
    expect(seed.filter((c) => c.kind === 'not-read')).toEqual([]);
    expect(seed.filter((c) => c.kind === 'several-leads').length).toBeGreaterThan(0);
    expect(seed.filter((c) => c.kind === 'repeated-item')).toEqual([]);
  });
});
