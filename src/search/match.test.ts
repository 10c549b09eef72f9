// Search that ranks: the whole name, its start, a run inside it, then sounds from word starts;
// agencies before tasks before items; never letters scattered across a title.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { shortAgencyName } from '../notice/agency-labels.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { searchEntries, type SearchKind } from './match.ts';
import { makeEntries, syllablesOf } from './pinyin.ts';

const model = parseNotice(seedBytes());
const manzhouli = makeEntries([
  ...model.agencies.map((a) => ({ value: a.name, kind: 'agency' as const, text: a.name })),
  ...model.tasks.map((t) => ({ value: t.title, kind: 'task' as const, text: t.title })),
  ...model.items.flatMap((i) => (i.title ? [{ value: i.title, kind: 'item' as const, text: i.title }] : [])),
]);
const found = (query: string) => searchEntries(manzhouli, query).map((h) => h.value);
const top = (query: string) => found(query)[0];

/** Invented entries, to pin the ranking rules one at a time. */
function invented(items: readonly [SearchKind, string][]) {
  return makeEntries(items.map(([kind, text]) => ({ value: text, kind, text })));
}
const rank = (items: readonly [SearchKind, string][], query: string) =>
  searchEntries(invented(items), query).map((h) => h.value);

describe('searchEntries on the Manzhouli notice', () => {
  it('finds by Chinese: 商务 is the start of 自治区商务厅, 海关 the end of 满洲里海关', () => {
    expect(top('商务')).toBe('自治区商务厅');
    expect(top('海关')).toBe('满洲里海关');
  });

  it('finds 商务厅 by swt, and swt matches no title whose letters it would pick apart', () => {
    expect(found('swt')).toEqual(['自治区商务厅']);
    expect(found('swt')).not.toContain('完善公共教育服务体系');
  });

  it('finds 发展改革委 by its abbreviation’s sounds (fgw, fagai), its initials and its full pinyin', () => {
    expect(top('fgw')).toBe('自治区发展改革委');
    expect(top('fagai')).toBe('自治区发展改革委');
    expect(top('fzggw')).toBe('自治区发展改革委');
    expect(top('fazhangaige')).toBe('自治区发展改革委');
  });

  it('reads the common abbreviations word by word: jxw 经信委, rst 人社厅, zjt 住建厅', () => {
    expect(top('jxw')).toBe('自治区经济和信息化委');
    expect(top('rst')).toBe('自治区人力资源社会保障厅');
    expect(top('zjt')).toBe('自治区住房城乡建设厅');
  });

  it('finds by full pinyin and reads polyphones in context (银行 is yin hang)', () => {
    expect(top('shangwuting')).toBe('自治区商务厅');
    expect(syllablesOf('人民银行')).toEqual(['ren', 'min', 'yin', 'hang']);
    expect(top('renminyinhang')).toBe('人民银行呼和浩特中心支行');
  });

  it('puts the agencies named 公安 before the tasks and items that mention it', () => {
    const hits = searchEntries(manzhouli, 'gongan');
    expect(hits.slice(0, 3).map((h) => h.kind)).toEqual(['agency', 'agency', 'agency']);
    expect(hits[0]?.value).toBe('自治区公安厅');
  });

  it('returns the matched characters for highlighting', () => {
    expect(searchEntries(manzhouli, 'swt')[0]?.matched).toEqual([3, 4, 5]);
    expect(searchEntries(manzhouli, 'fgw')[0]?.matched).toEqual([3, 5, 7]);
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(searchEntries(manzhouli, 'xqxqxq')).toEqual([]);
    expect(searchEntries(manzhouli, '  ')).toEqual([]);
  });

  it('finds a short name (商务厅) as the agency’s whole name', () => {
    const entries = makeEntries(
      model.agencies.map((a) => ({ value: a.name, kind: 'agency' as const, text: shortAgencyName(a.name) })),
    );
    expect(searchEntries(entries, '商务厅')[0]?.quality).toBe('exact');
  });
});

describe('ranking rules, on invented names', () => {
  it('ranks the whole name, then its start, then a run inside it', () => {
    const items: [SearchKind, string][] = [
      ['agency', '青岭市港务交通局'],
      ['agency', '青岭市交通局'],
      ['agency', '青岭市交通运输厅'],
    ];
    expect(rank(items, '交通局')).toEqual(['青岭市交通局', '青岭市港务交通局']);
    expect(rank(items, '交通')).toEqual(['青岭市交通局', '青岭市交通运输厅', '青岭市港务交通局']);
    expect(searchEntries(invented(items), 'jtj').map((h) => [h.value, h.quality])).toEqual([
      ['青岭市交通局', 'exact'],
      ['青岭市港务交通局', 'substring'],
    ]);
  });

  it('puts agencies before tasks before items at equal quality, whatever order they come in', () => {
    const items: [SearchKind, string][] = [
      ['item', '港务规划'],
      ['task', '港务建设'],
      ['agency', '港务局'],
    ];
    expect(rank(items, '港务')).toEqual(['港务局', '港务建设', '港务规划']);
    expect(rank(items, 'gw')).toEqual(['港务局', '港务建设', '港务规划']);
  });

  it('ranks a better match of a task above a worse match of an agency', () => {
    const items: [SearchKind, string][] = [
      ['agency', '青岭市物流港务局'],
      ['task', '港务建设'],
    ];
    expect(rank(items, '港务')).toEqual(['港务建设', '青岭市物流港务局']);
  });

  it('matches initials on word starts in agency names, never letters scattered in a title', () => {
    expect(rank([['agency', '青岭市生态环境局']], 'sthjj')).toEqual(['青岭市生态环境局']);
    expect(rank([['agency', '青岭市生态环境局']], 'shj')).toEqual(['青岭市生态环境局']);
    // 生态环境局 in words is 生态|环境|局: t (态) does not begin a word, so `tj` is no abbreviation of it.
    expect(rank([['agency', '青岭市生态环境局']], 'tj')).toEqual([]);
    expect(rank([['task', '完善公共教育服务体系']], 'swt')).toEqual([]);
    expect(rank([['task', '完善公共教育服务体系']], 'fwtx')).toEqual(['完善公共教育服务体系']);
    expect(rank([['task', '完善公共教育服务体系']], 'wsggjy')).toEqual(['完善公共教育服务体系']);
  });

  it('lets a title’s words begin after punctuation', () => {
    expect(rank([['item', '加强港口建设、物流服务']], 'wlfw')).toEqual(['加强港口建设、物流服务']);
    expect(rank([['item', '加强港口建设、物流服务']], 'jqwl')).toEqual(['加强港口建设、物流服务']);
  });

  it('prefers fewer runs of sounds, then an earlier start, then a shorter name', () => {
    const items: [SearchKind, string][] = [
      ['agency', '青岭市发展改革委'],
      ['agency', '青岭市发展和改革委员会'],
    ];
    expect(rank(items, 'fgw')).toEqual(['青岭市发展改革委', '青岭市发展和改革委员会']);
  });
});
