import { describe, expect, it } from 'vitest';
import { readCompareArgs } from './compare-args.ts';

describe('readCompareArgs', () => {
  it('reads two notices, the format, the output and the threshold', () => {
    expect(readCompareArgs(['a.txt', 'b.txt'])).toEqual({
      kind: 'run',
      older: 'a.txt',
      newer: 'b.txt',
      format: 'json',
      output: null,
      threshold: null,
      lang: 'zh',
    });
    expect(
      readCompareArgs(['a.txt', 'b.txt', '--format=csv', '-o', 'out.csv', '--threshold', '0.6']),
    ).toMatchObject({
      format: 'csv',
      output: 'out.csv',
      threshold: 0.6,
    });
    expect(readCompareArgs(['-', 'b.txt', '-o', '-'])).toMatchObject({ older: '-', output: null });
    expect(readCompareArgs(['a', 'b', '--format', 'pdf', '-o', 'c.pdf', '--lang=en'])).toMatchObject({
      format: 'pdf',
      output: 'c.pdf',
      lang: 'en',
    });
    expect(readCompareArgs(['a', 'b', '--format', 'svg'])).toMatchObject({ format: 'svg', output: null });
  });

  it('refuses what it cannot do, saying why', () => {
    expect(readCompareArgs(['a.txt'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['a', 'b', 'c'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['a', 'b', '--format', 'xml'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['a', 'b', '--threshold', '2'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['a', 'b', '-o'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['-', '-'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['a', 'b', '--lang', 'fr'])).toMatchObject({ kind: 'usage-error' });
    // A PNG or PDF on a terminal is no use: those need a file.
    expect(readCompareArgs(['a', 'b', '--format', 'png'])).toMatchObject({ kind: 'usage-error' });
    expect(readCompareArgs(['--help'])).toEqual({ kind: 'help' });
  });
});
