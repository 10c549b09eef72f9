// Search by Chinese substring, pinyin and initials, on the Manzhouli agencies.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { shortAgencyName } from '../graph/labels.ts';
import { parseNotice } from '../notice/parse.ts';
import { searchEntries } from './match.ts';
import { makeEntries, syllablesOf } from './pinyin.ts';

const model = parseNotice(seedBytes());
const entries = makeEntries(model.agencies.map((a) => ({ value: a.name, text: shortAgencyName(a.name) })));
const top = (query: string) => searchEntries(entries, query)[0]?.value;

describe('searchEntries', () => {
  it('finds by Chinese substring', () => {
    expect(top('商务')).toBe('自治区商务厅');
    expect(top('海关')).toBe('满洲里海关');
  });

  it('finds by pinyin initials: swt → 商务厅', () => {
    expect(top('swt')).toBe('自治区商务厅');
  });

  it('finds 发展改革委 by its abbreviation’s sounds: fgw, fagai, and by its initials fzggw', () => {
    expect(top('fgw')).toBe('自治区发展改革委');
    expect(top('fagai')).toBe('自治区发展改革委');
    expect(top('fzggw')).toBe('自治区发展改革委');
    expect(top('fazhangaige')).toBe('自治区发展改革委');
  });

  it('finds by full pinyin and reads polyphones in context (银行 is yin hang)', () => {
    expect(top('shangwuting')).toBe('自治区商务厅');
    expect(syllablesOf('人民银行')).toEqual(['ren', 'min', 'yin', 'hang']);
    expect(top('renminyinhang')).toBe('人民银行呼和浩特中心支行');
  });

  it('returns the matched characters for highlighting', () => {
    const hit = searchEntries(entries, 'swt')[0];
    expect(hit?.matched).toEqual([0, 1, 2]);
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(searchEntries(entries, 'xqxqxq')).toEqual([]);
    expect(searchEntries(entries, '  ')).toEqual([]);
  });
});
