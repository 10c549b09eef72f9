// Lines and their numbering heads: the headings read from a line's folded head are the headings read
// from the whole line folded, so only the head need be folded.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../tests/support/seed.ts';
import { readHeadings } from './headings.ts';
import { foldCode, indexLines, numberingHead, splitLines } from './lines.ts';

const foldWhole = (line: string) => String.fromCharCode(...[...line].map((c) => foldCode(c.charCodeAt(0))));

/** The headings of these lines, read from their heads and from the whole lines folded. */
function expectSameHeadings(lines: readonly string[]): void {
  expect(readHeadings(lines.map(numberingHead))).toEqual(readHeadings(lines.map(foldWhole)));
  const tableRow = /^\s*\d{1,3}\t/;
  expect(lines.map((l) => tableRow.test(numberingHead(l)))).toEqual(
    lines.map((l) => tableRow.test(foldWhole(l))),
  );
}

describe('numberingHead', () => {
  it('folds the numbering and the character after it', () => {
    expect(numberingHead('（十三）创新口岸管理')).toBe('(十三)创');
    expect(numberingHead('１２．推进')).toBe('12.推');
    expect(numberingHead('第一部分　总体要求')).toBe('第一部分 总');
    expect(numberingHead('推进')).toBe('推');
    expect(numberingHead('')).toBe('');
  });

  it('gives the headings the whole folded line gives, on every line of the notices in the fixtures', () => {
    const dir = new URL('../../tests/fixtures/samples/', import.meta.url);
    const texts = [
      seedText(),
      ...readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => readFileSync(new URL(n, dir), 'utf8')),
    ];
    for (const text of texts) expectSameHeadings(splitLines(text).map((l) => l.text));
  });

  it('gives the headings the whole folded line gives, on lines made of numbering characters', () => {
    const alphabet = [
      '一',
      '十',
      '第',
      '部分',
      '章',
      '（',
      '）',
      '(',
      ')',
      '１',
      '2',
      '3',
      '.',
      '．',
      '、',
      ' ',
      '　',
      '\t',
      '①',
      '推',
      '进',
      'A',
    ];
    let state = 5;
    const random = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      return state % n;
    };
    const lines: string[] = [];
    for (let round = 0; round < 3000; round++) {
      let line = '';
      for (let k = random(10); k > 0; k--) line += alphabet[random(alphabet.length)];
      lines.push(line);
    }
    expectSameHeadings(lines);
  });
});

describe('indexLines', () => {
  it('locates offsets by line and column, \\r\\n counting once', () => {
    const index = indexLines('一\r\n二\r三\n四');
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(3)).toEqual({ line: 2, column: 1 });
    expect(index.locate(5)).toEqual({ line: 3, column: 1 });
    expect(index.locate(7)).toEqual({ line: 4, column: 1 });
  });
});
