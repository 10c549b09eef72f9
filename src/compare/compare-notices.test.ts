// Comparing two notices: invented small notices, and the Manzhouli notice against a copy changed in
// known ways — the comparison must find exactly the changes made.
import { describe, expect, it } from 'vitest';
import { coordinationLinks } from '../analysis/coordination.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { seedText } from '../../tests/support/seed.ts';
import { compareNotices, sortAgencies } from './compare-notices.ts';

const OLDER = `青岭市人民政府办公室关于印发2023年重点工作分工方案的通知
一、优化营商环境
（一）推进政务服务改革。全面推行一网通办，压缩企业开办和工程建设项目审批时限。（市发展改革委牵头，市财政局、市人社局配合）
（二）加强质量监管。开展质量提升行动，严格产品质量抽查。（市市场监管局牵头，市财政局配合）
`;

const NEWER = `青岭市人民政府办公室关于印发2024年重点工作分工方案的通知
一、优化营商环境
（一）推进政务服务改革。全面推行一网通办，进一步压缩企业开办和工程建设项目审批时限。（市发展和改革委员会牵头，市财政局、市人力资源和社会保障局、市住建局配合）
二、建设宜居城市
（一）推进老旧小区改造。完成老旧小区改造一百个。（市住房和城乡建设局牵头，市财政局配合）
`;

describe('compareNotices on two invented notices', () => {
  const c = compareNotices(parseNotice(OLDER), parseNotice(NEWER));
  const row = (name: string) => c.agencies.find((r) => [...r.namesA, ...r.namesB].includes(name));

  it('matches agencies by the rules: same name, and one body written two ways', () => {
    expect(row('市财政局')).toMatchObject({ rule: 'same-name', a: { load: 2 }, b: { load: 2 }, change: 0 });
    expect(row('市发展改革委')).toMatchObject({
      rule: 'same-body',
      namesA: ['市发展改革委'],
      namesB: ['市发展和改革委员会'],
      change: 0,
    });
    expect(row('市人社局')?.namesB).toEqual(['市人力资源和社会保障局']);
  });

  it('finds the agencies new and gone, a new body written two ways in B counted once', () => {
    const news = c.agencies.filter((r) => r.rule === 'new');
    expect(news.map((r) => r.namesB)).toEqual([['市住建局', '市住房和城乡建设局']]);
    expect(news[0]?.b).toEqual({ load: 4, led: 1, joined: 1, items: 2 });
    expect(c.agencies.filter((r) => r.rule === 'gone').map((r) => r.namesA)).toEqual([['市市场监管局']]);
  });

  it('pairs the reworded item and explains the pair', () => {
    expect(c.items.pairs).toHaveLength(1);
    const [pair] = c.items.pairs;
    expect(pair?.score).toBeGreaterThan(0.9);
    expect(pair?.identical).toBe(false);
    expect(pair?.change.added).toBe('进一步');
    expect(pair?.others.added).toEqual(['市住建局']);
    expect(pair?.leads).toEqual({ added: [], removed: [] });
    expect(pair?.explanation).toContain('now also 市住建局');
    expect(c.items.removed.map((i) => i.text)).toEqual([
      '加强质量监管。开展质量提升行动，严格产品质量抽查。',
    ]);
    expect(c.items.added.map((i) => i.text)).toEqual(['推进老旧小区改造。完成老旧小区改造一百个。']);
  });

  it('finds the tasks added and dropped', () => {
    expect(c.tasks.pairs.map((p) => p.b.title)).toEqual(['推进政务服务改革']);
    expect(c.tasks.added.map((t) => t.title)).toEqual(['推进老旧小区改造']);
    expect(c.tasks.added[0]?.section?.title).toBe('建设宜居城市');
    expect(c.tasks.dropped.map((t) => t.title)).toEqual(['加强质量监管']);
  });

  it('counts the links gained and lost', () => {
    const names = (links: readonly { names: readonly [string, string] }[]) =>
      links.map((l) => [...l.names].sort().join('—')).sort();
    expect(names(c.links.lost)).toEqual(['市市场监管局—市财政局']);
    expect(names(c.links.gained)).toEqual(
      ['市人力资源和社会保障局—市住建局', '市住建局—市发展和改革委员会', '市住建局—市财政局'].sort(),
    );
    expect(c.links.gained.find((l) => l.names.includes('市财政局'))?.itemsB).toBe(2);
  });

  it("keeps two cities' bureaus apart", () => {
    const other = compareNotices(parseNotice(OLDER), parseNotice(NEWER.replace('青岭市', '钦南市')));
    expect(other.agencies.filter((r) => r.idsA.length > 0 && r.idsB.length > 0)).toEqual([]);
    expect(other.links.kept).toBe(0);
  });

  it('a rejected pair is not made again', () => {
    const pair = c.items.pairs[0]!;
    const again = compareNotices(parseNotice(OLDER), parseNotice(NEWER), { rejected: new Set([pair.id]) });
    expect(again.items.pairs).toEqual([]);
    expect(again.items.removed).toHaveLength(2);
    expect(again.items.added).toHaveLength(2);
  });

  it('sorts agencies by change either way, by gain and by loss', () => {
    expect(sortAgencies(c.agencies, 'change').map((r) => r.change)).toEqual([4, -3, 0, 0, 0]);
    expect(sortAgencies(c.agencies, 'loss')[0]?.namesA).toEqual(['市市场监管局']);
  });
});

describe('the Manzhouli notice against a changed copy', () => {
  const text = seedText();
  const older = parseNotice(text);
  const removed = older.items[12]!;
  const extended = older.items[10]!;
  // The copy: 发展改革委 written in full throughout, item 13 (转变外贸发展方式…) taken out, and
  // 自治区统计局 added as a cooperator of item 11.
  const marker = text.slice(extended.marker.start, extended.marker.end);
  const copy = (
    text.slice(0, extended.marker.start) +
    marker.replace('等部门配合', '、自治区统计局等部门配合') +
    text.slice(extended.marker.end, removed.start) +
    text.slice(removed.end)
  ).replaceAll('发展改革委', '发展和改革委员会');
  const newer = parseNotice(copy);
  const c = compareNotices(older, newer);

  it('the copy is what the test says', () => {
    expect(newer.items).toHaveLength(older.items.length - 1);
    expect(newer.agencies.map((a) => a.name)).toContain('自治区发展和改革委员会');
    expect(newer.agencies.map((a) => a.name)).not.toContain('自治区发展改革委');
    expect(newer.agencies.map((a) => a.name)).toContain('自治区统计局');
  });

  it('sees 自治区发展改革委 and 自治区发展和改革委员会 as one agency with the same load', () => {
    const ndrc = c.agencies.find((r) => r.namesA.includes('自治区发展改革委'));
    expect(ndrc).toMatchObject({ rule: 'same-body', namesB: ['自治区发展和改革委员会'], change: 0 });
    expect(ndrc?.a).toEqual(ndrc?.b);
  });

  it('finds one agency new, none gone, and every other agency once', () => {
    expect(c.agencies.filter((r) => r.rule === 'new').map((r) => r.name)).toEqual(['自治区统计局']);
    expect(c.agencies.filter((r) => r.rule === 'gone')).toEqual([]);
    expect(c.agencies).toHaveLength(older.agencies.length + 1);
    const matched = c.agencies.filter((r) => r.idsA.length > 0 && r.idsB.length > 0);
    expect(matched.every((r) => r.namesA.length === 1 && r.namesB.length === 1)).toBe(true);
  });

  it("changes the load of exactly the removed item's agencies, by their role in it", () => {
    const changed = Object.fromEntries(
      c.agencies.filter((r) => r.change !== 0 && r.rule !== 'new').map((r) => [r.name, r.change]),
    );
    const name = new Map(older.agencies.map((a) => [a.id, a.name]));
    const expected: Record<string, number> = {};
    for (const id of removed.leads) expected[name.get(id)!] = -3;
    for (const id of removed.cooperators) expected[name.get(id)!] = -1;
    expect(changed).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(7);
  });

  it('pairs every other item, all the same text, and reports the removed one', () => {
    expect(c.items.pairs).toHaveLength(older.items.length - 1);
    expect(c.items.pairs.every((p) => p.score === 1)).toBe(true);
    expect(c.items.removed.map((i) => i.id)).toEqual([removed.id]);
    expect(c.items.added).toEqual([]);
    const withNew = c.items.pairs.filter((p) => p.others.added.length > 0 || p.others.removed.length > 0);
    expect(withNew.map((p) => [p.a.id, p.others.added])).toEqual([[extended.id, ['自治区统计局']]]);
  });

  it('drops no task and adds none', () => {
    expect(c.tasks.pairs).toHaveLength(older.tasks.length);
    expect(c.tasks.added).toEqual([]);
    expect(c.tasks.dropped).toEqual([]);
  });

  it("loses the links only the removed item made and gains the new agency's", () => {
    const onlyThere = coordinationLinks(older).filter(
      (l) => l.items.length === 1 && l.items[0] === removed.id,
    );
    expect(c.links.lost).toHaveLength(onlyThere.length);
    expect(c.links.gained.every((l) => l.names.includes('自治区统计局') && l.itemsB === 1)).toBe(true);
    const partners = new Set([...extended.leads, ...extended.cooperators]);
    expect(c.links.gained).toHaveLength(partners.size);
    expect(c.links.changed.every((l) => l.itemsA - l.itemsB === 1)).toBe(true);
  });
});

describe('compareNotices at scale', () => {
  it('compares notices of a thousand items in well under the time of a quadratic scan', () => {
    const lines = (seed: number) =>
      Array.from(
        { length: 1000 },
        (_, i) =>
          `（${i + 1}）推进第${(i * seed) % 1000}号重点项目建设，完善${i % 37}类配套设施，加快${i % 11}批审批事项办理。（市发展改革委牵头，市财政局配合）`,
      ).join('\n');
    const a = parseNotice(`青岭市人民政府关于印发分工方案的通知\n一、重点任务\n${lines(1)}\n`);
    const b = parseNotice(`青岭市人民政府关于印发分工方案的通知\n一、重点任务\n${lines(1)}\n`);
    const started = performance.now();
    const c = compareNotices(a, b);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(c.items.pairs.length).toBe(a.items.length);
  });
});
