import { describe, expect, it } from 'vitest';
import { deadlineParamValues, readDeadlineParams, todayIso } from './deadline-params.ts';

describe("the deadlines view's address", () => {
  it('reads a chosen day and order, and falls back on anything else', () => {
    expect(readDeadlineParams({ asof: '2015-01-01', lanes: 'load' })).toEqual({
      asOf: '2015-01-01',
      order: 'load',
    });
    expect(readDeadlineParams({ asof: '2015-13-01', lanes: 'size' })).toEqual({
      asOf: null,
      order: 'earliest',
    });
    expect(readDeadlineParams({})).toEqual({ asOf: null, order: 'earliest' });
  });

  it('writes only what is not the default, and reads back what it wrote', () => {
    expect(deadlineParamValues({ asOf: null, order: 'earliest' })).toEqual({ asof: null, lanes: null });
    const written = deadlineParamValues({ asOf: '2016-06-30', order: 'load' });
    expect(readDeadlineParams(written as Record<string, string>)).toEqual({
      asOf: '2016-06-30',
      order: 'load',
    });
  });

  it('names today by the local calendar', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
