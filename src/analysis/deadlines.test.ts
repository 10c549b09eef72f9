import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../projects/parse-notice.ts';
import {
  dueDate,
  itemDeadlines,
  itemsDueBy,
  noticeYear,
  readDeadline,
  readIsoDate,
  type NoticeYear,
} from './deadlines.ts';

const Y2024: NoticeYear = { year: 2024, from: 'published' };
const spans = (text: string, year: NoticeYear | null = Y2024) =>
  readDeadline(text, year).dates.map((d) => [d.start, d.end]);

describe('readDeadline: dated phrases', () => {
  it.each([
    ['2025年底前', null, '2025-12-31'],
    ['2025年底前完成', null, '2025-12-31'],
    ['2024年6月底前', null, '2024-06-30'],
    ['2015年6月底前', null, '2015-06-30'],
    ['2022年12月底前', null, '2022-12-31'],
    ['2024年2月底前', null, '2024-02-29'],
    ['2025年10月15日前', null, '2025-10-15'],
    ['2024年第三季度', '2024-07-01', '2024-09-30'],
    ['2024年一季度', '2024-01-01', '2024-03-31'],
    ['2024—2025年', '2024-01-01', '2025-12-31'],
    ['2024-2025年', '2024-01-01', '2025-12-31'],
    ['2023年6月至2024年底', '2023-06-01', '2024-12-31'],
    ['"十四五"期间', '2021-01-01', '2025-12-31'],
    ['“十三五”时期', '2016-01-01', '2020-12-31'],
    ['十四五末', null, '2025-12-31'],
    ['二〇二五年十二月底前', null, '2025-12-31'],
    ['２０２５年９月底前', null, '2025-09-30'],
    ['2025年3月中旬前', '2025-03-11', '2025-03-20'],
    ['2025年', '2025-01-01', '2025-12-31'],
  ])('%s → %s … %s', (text, start, end) => {
    const reading = readDeadline(text, null);
    expect(reading.kind).toBe('dated');
    expect(reading.dates.map((d) => [d.start, d.end])).toEqual([[start, end]]);
    expect(reading.unreadWords).toBe('');
  });

  it("reads words tied to the notice's year against it, and says where the year came from", () => {
    expect(spans('上半年')).toEqual([['2024-01-01', '2024-06-30']]);
    expect(spans('下半年')).toEqual([['2024-07-01', '2024-12-31']]);
    expect(spans('年内')).toEqual([[null, '2024-12-31']]);
    expect(spans('年底前')).toEqual([[null, '2024-12-31']]);
    expect(spans('9月底前')).toEqual([[null, '2024-09-30']]);
    expect(spans('明年6月底前')).toEqual([[null, '2025-06-30']]);
    expect(spans('全年')).toEqual([['2024-01-01', '2024-12-31']]);
    expect(readDeadline('年内', { year: 2025, from: 'title' }).yearFrom).toBe('title');
    expect(readDeadline('2025年底前', Y2024).yearFrom).toBeNull();
  });

  it("keeps words tied to the notice's year unread when the notice has no year", () => {
    const reading = readDeadline('年底前', null);
    expect(reading.kind).toBe('unread');
    expect(reading.dates).toEqual([]);
    expect(reading.unreadWords).toBe('年底前');
  });

  it('reads each date of a phrase with several, a month after a year in that year', () => {
    expect(spans('2014年底前完成试点，2015年6月底前全面推开')).toEqual([
      [null, '2014-12-31'],
      [null, '2015-06-30'],
    ]);
    expect(spans('2022年6月底前出台方案，12月底前全面实施', null)).toEqual([
      [null, '2022-06-30'],
      [null, '2022-12-31'],
    ]);
  });

  it('keeps a relative clause beside the dates', () => {
    const reading = readDeadline('年内持续推进', Y2024);
    expect(reading.kind).toBe('dated');
    expect(reading.relative).toEqual(['continuing']);
    expect(readDeadline('2023—2025年每年', null).relative).toEqual(['yearly']);
  });

  it('keeps words it does not know beside a date', () => {
    const reading = readDeadline('力争2025年第三季度内开业', null);
    expect(reading.dates.map((d) => d.end)).toEqual(['2025-09-30']);
    expect(reading.unreadWords).toBe('开业');
  });
});

describe('readDeadline: deadlines with no date', () => {
  it.each([
    ['长期坚持', 'long-term'],
    ['常态化推进', 'long-term'],
    ['持续推进', 'continuing'],
    ['持续实施', 'continuing'],
    ['逐步推进', 'continuing'],
    ['每年', 'yearly'],
    ['按年度', 'yearly'],
    ['每年开展', 'yearly'],
    ['定期', 'periodic'],
    ['每季度', 'periodic'],
    ['按月调度', 'periodic'],
  ])('%s is %s', (text, kind) => {
    const reading = readDeadline(text, Y2024);
    expect(reading.kind).toBe(kind);
    expect(reading.dates).toEqual([]);
    expect(dueDate(reading)).toBeNull();
  });

  it('reads `2025年起` as a continuing duty from a day, not a due date', () => {
    const reading = readDeadline('2025年起', null);
    expect(reading).toMatchObject({ kind: 'continuing', dates: [], since: '2025-01-01' });
  });

  it('never guesses: what it cannot read stays as written, kind unread', () => {
    for (const text of ['明天', '尽快', '2024年13月', '2025年2月30日前', '3年内', '']) {
      const reading = readDeadline(text, Y2024);
      expect(reading.kind, text).toBe('unread');
      expect(reading.dates, text).toEqual([]);
      expect(reading.text).toBe(text);
    }
  });

  it('does not read a quarter or a year part out of a recurring phrase', () => {
    expect(readDeadline('每季度', Y2024).dates).toEqual([]);
    expect(readDeadline('每半年', Y2024).dates).toEqual([]);
    expect(readDeadline('每年', Y2024).dates).toEqual([]);
  });
});

describe('noticeYear', () => {
  it('takes the header date, else the one year a title states', () => {
    expect(noticeYear({ published: '2014-02-26', title: '2015年工作要点' })).toEqual({
      year: 2014,
      from: 'published',
    });
    expect(noticeYear({ published: null, title: '2025年开发区重点工作及责任清单' })).toEqual({
      year: 2025,
      from: 'title',
    });
    expect(noticeYear({ published: null, title: '2023—2025年行动方案' })).toBeNull();
    expect(noticeYear({ published: null, title: '关于印发工作方案的通知' })).toBeNull();
  });
});

describe('readIsoDate', () => {
  it('accepts real days only', () => {
    expect(readIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(readIsoDate('2023-02-29')).toBeNull();
    expect(readIsoDate('2024-2-3')).toBeNull();
    expect(readIsoDate(null)).toBeNull();
  });
});

const fixture = (path: string) =>
  parseNotice(readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url)));

describe('the deadlines real notices write', () => {
  // Every distinct phrase the parser takes out of the fixtures' markers and time columns (the seed and
  // the notices of samples/ and corpus/ state none inside their markers).
  it('reads every one the fixtures hold, none left unread', () => {
    const notices = [
      'pdf/manzhouli-table.txt',
      'extra/06-henan-2022-wenzhu-jingji-fangdichan.txt',
      'word/hunan-2021-table.txt',
      'blind/04-guowuyuan-2020-gongzuo-baogao-fengong.txt',
      'blind/14-huoshan-kaifaqu-2025-zeren-qingdan.txt',
    ];
    const read = new Map<string, string>();
    for (const path of notices)
      for (const d of itemDeadlines(fixture(path)))
        read.set(d.reading.text, `${d.reading.kind} ${d.reading.dates.map((x) => x.end).join(' ')}`.trim());
    expect(Object.fromEntries([...read].sort())).toEqual({
      '2014年底前': 'dated 2014-12-31',
      '2015年6月底前': 'dated 2015-06-30',
      '2016年底前': 'dated 2016-12-31',
      '2022年10月底前': 'dated 2022-10-31',
      '2022年12月底前': 'dated 2022-12-31',
      '2022年6月底前': 'dated 2022-06-30',
      // The State Council's 2020 opinion states no date in its header or title: 年内 stays unread
      // as a date, the continuing duty is read.
      年内持续推进: 'continuing',
      // The 2025 responsibility list has no header date; its title says 2025年.
      全年: 'dated 2025-12-31',
      持续推进: 'continuing',
      长期坚持: 'long-term',
    });
  });

  it('finds the items due by a date, relative ones never', () => {
    const deadlines = itemDeadlines(fixture('pdf/manzhouli-table.txt'));
    expect(deadlines).toHaveLength(77);
    const byEnd2014 = itemsDueBy(deadlines, '2014-12-31');
    expect(byEnd2014.size).toBe(deadlines.filter((d) => d.reading.text === '2014年底前').length);
    const all = itemsDueBy(deadlines, '2099-01-01');
    expect(all.size).toBe(deadlines.filter((d) => d.reading.kind === 'dated').length);
    expect(itemsDueBy(deadlines, '2014-12-30').size).toBe(0);
  });

  it("reads each item against its own notice's year in a workspace of several", () => {
    const model = fixture('blind/14-huoshan-kaifaqu-2025-zeren-qingdan.txt');
    const parts = [
      { notice: { published: '2019-05-01', title: '' }, textStart: 0, textEnd: model.text.length },
    ];
    expect(itemDeadlines(model, parts).map((d) => d.due)).toEqual(['2019-12-31', '2019-12-31', '2019-12-31']);
  });
});
