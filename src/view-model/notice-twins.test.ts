import { describe, expect, it } from 'vitest';
import { addedMinute, noticeTwins, sameTitleKey } from './notice-twins.ts';

interface Row {
  readonly title: string;
  readonly added: string;
}

const twinsOf = (rows: readonly Row[]) =>
  noticeTwins(
    rows,
    (r) => r.title,
    (r) => r.added,
  );

describe('noticeTwins', () => {
  it('numbers the notices sharing a title in the order they were added', () => {
    const later = { title: '重点工作分工方案', added: '2026-12-02T10:00:00.000Z' };
    const first = { title: '重点工作分工方案', added: '2026-12-01T10:00:00.000Z' };
    const alone = { title: '另一份通知', added: '2026-12-01T09:00:00.000Z' };
    const twins = twinsOf([later, alone, first]);
    expect(twins.get(first)).toEqual({ n: 1, of: 2 });
    expect(twins.get(later)).toEqual({ n: 2, of: 2 });
    expect(twins.has(alone)).toBe(false);
  });

  it('keeps the given order for notices added at the same moment', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const rows = [0, 1, 2].map(() => ({ title: '方案', added: at }));
    const twins = twinsOf(rows);
    expect(rows.map((r) => twins.get(r)?.n)).toEqual([1, 2, 3]);
    expect(rows.every((r) => twins.get(r)?.of === 3)).toBe(true);
  });

  it('takes titles that differ only in spaces or case for the same', () => {
    expect(sameTitleKey(' 关于 印发\u3000方案 ')).toBe(sameTitleKey('关于印发方案'));
    const twins = twinsOf([
      { title: 'Work Plan', added: 'a' },
      { title: 'work  plan', added: 'b' },
    ]);
    expect(twins.size).toBe(2);
  });

  it('makes no twins of empty titles', () => {
    expect(
      twinsOf([
        { title: ' ', added: 'a' },
        { title: '', added: 'b' },
      ]).size,
    ).toBe(0);
    expect(twinsOf([]).size).toBe(0);
  });
});

describe('addedMinute', () => {
  it('writes the time to the minute, in local time', () => {
    const at = new Date(2026, 11, 3, 9, 5, 42);
    expect(addedMinute(at.toISOString())).toBe('2026-12-03 09:05');
  });

  it('gives back what is not a time', () => {
    expect(addedMinute('unknown')).toBe('unknown');
  });
});
