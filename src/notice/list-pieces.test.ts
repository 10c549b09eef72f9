// Splitting a list: the one-pass split of a list without brackets gives what splitting it into runs,
// then each run into names, gives.
import { describe, expect, it } from 'vitest';
import { LIST_SEPARATORS, NAME_SEPARATORS, splitAt, splitList } from './list-pieces.ts';

/** The list split as it always was: into runs at `，；`, then each run into names at `、/`. */
const runByRun = (text: string, start: number) =>
  splitAt(text, start, LIST_SEPARATORS)
    .map((run) => splitAt(run.text, run.start, NAME_SEPARATORS))
    .filter((names) => names.length > 0);

describe('splitList', () => {
  it('splits a list into runs of names with their offsets', () => {
    expect(splitList('满洲里海关、检验检疫局，自治区外事办', 10)).toEqual([
      [
        { text: '满洲里海关', start: 10 },
        { text: '检验检疫局', start: 16 },
      ],
      [{ text: '自治区外事办', start: 22 }],
    ]);
  });

  it('does not split inside brackets, and trims quotes and joining words', () => {
    expect(splitList('市住建局（市人防办、市地震局）、“市财政局”', 0)).toEqual([
      [
        { text: '市住建局（市人防办、市地震局）', start: 0 },
        { text: '市财政局', start: 17 },
      ],
    ]);
  });

  it('gives what splitting run by run gives, on lists with separators, brackets and trimmed ends', () => {
    const alphabet = [
      '局',
      '委',
      '办',
      '、',
      '/',
      '，',
      ';',
      '；',
      ',',
      '（',
      '）',
      '《',
      '》',
      '“',
      '”',
      '和',
      '由',
      ' ',
      '　',
    ];
    let state = 3;
    const random = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      return state % n;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let k = random(16); k > 0; k--) text += alphabet[random(alphabet.length)];
      expect(splitList(text, 5)).toEqual(runByRun(text, 5));
    }
  });
});
