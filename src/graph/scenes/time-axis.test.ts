import { describe, expect, it } from 'vitest';
import { dayNumber, timeAxis, timeTicks } from './time-axis.ts';

describe('timeAxis', () => {
  it('maps days linearly, padded and widened to whole months', () => {
    const axis = timeAxis(['2014-12-31', '2016-12-31'], 0, 1000);
    expect(axis.x('2014-12-31')).toBeGreaterThan(0);
    expect(axis.x('2016-12-31')).toBeLessThan(1000);
    expect(new Date(axis.from * 86_400_000).getUTCDate()).toBe(1);
    expect(new Date(axis.to * 86_400_000).getUTCDate()).toBe(1);
    const mid = axis.x('2015-12-31');
    // 2015 has 365 days, 2016 has 366.
    expect((mid - axis.x('2014-12-31')) / (axis.x('2016-12-31') - mid)).toBeCloseTo(365 / 366, 6);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('keeps one day in the middle of its axis', () => {
    const axis = timeAxis(['2025-06-30'], 100, 300);
    expect(axis.x('2025-06-30')).toBeGreaterThan(150);
    expect(axis.x('2025-06-30')).toBeLessThan(250);
  });
});

describe('timeTicks', () => {
  it('names months, and each January by its year, no closer than the gap asked', () => {
    const axis = timeAxis(['2014-12-31', '2016-12-31'], 0, 1000);
    const ticks = timeTicks(axis, 'zh');
    expect(ticks.map((t) => t.text)).toContain('2016年');
    expect(ticks.some((t) => /^\d+月$/.test(t.text))).toBe(true);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(60);
    expect(timeTicks(axis, 'en').map((t) => t.text)).toContain('Jul');
  });

  it('falls back to years over a long stretch', () => {
    const axis = timeAxis(['2001-01-01', '2030-12-31'], 0, 600);
    const ticks = timeTicks(axis, 'en');
    expect(ticks.every((t) => /^\d{4}$/.test(t.text))).toBe(true);
    expect(ticks.length).toBeGreaterThan(3);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(60);
  });
});
