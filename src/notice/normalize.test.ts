// Normalisation keeps offsets: every offset of the cleaned text maps back to the original, through
// the steps of an OffsetMap rather than a table with one entry per character.
import { describe, expect, it } from 'vitest';
import { seedText } from '../../tests/support/seed.ts';
import { normalizeText, OffsetMap, originalOffset, originalSpan } from './normalize.ts';

/** A fixed sequence of pseudo-random numbers below `n`, the same on every run. */
function randomBelow(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
}

/** Drops `count` characters at random from `text`, as a dense table of the kept characters' offsets. */
function dropRandomly(length: number, count: number, random: (n: number) => number) {
  const dropped = new Set<number>();
  while (dropped.size < Math.min(count, length)) dropped.add(random(length));
  const kept: number[] = [];
  const map = new OffsetMap();
  for (let i = 0; i < length; i++) {
    if (dropped.has(i)) map.drop(kept.length);
    else kept.push(i);
  }
  kept.push(length);
  return { kept, map };
}

/** What the cleaning may do to a character: keep it, write it as another, or drop it. */
const REPLACED: Readonly<Record<string, string>> = {
  '\r': '\n',
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
};
const DROPPABLE = new Set(['\r', '\ufeff', '\u200b', ' ', '\u3000', '\n', ...Object.keys(REPLACED)]);

/** Every normalised character stands for the original one its offset maps to, in order, and every
 *  original character skipped is one the cleaning drops. */
function expectFaithful(original: string): void {
  const norm = normalizeText(original);
  let previous = -1;
  for (let i = 0; i < norm.text.length; i++) {
    const at = originalOffset(norm, i);
    expect(at).toBeGreaterThan(previous);
    for (let skipped = previous + 1; skipped < at; skipped++)
      expect(DROPPABLE.has(original[skipped] as string)).toBe(true);
    const was = original[at] as string;
    expect(norm.text[i]).toBe(REPLACED[was] ?? was);
    previous = at;
  }
  expect(originalOffset(norm, norm.text.length)).toBe(original.length);
}

describe('OffsetMap', () => {
  it('maps offsets back past the characters dropped before them', () => {
    const map = new OffsetMap();
    map.drop(2);
    map.drop(2);
    map.drop(5);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => map.toOriginal(i))).toEqual([0, 1, 4, 5, 6, 8, 9]);
  });

  it('composes with a map of a text made from its own text, as the dense tables compose', () => {
    const random = randomBelow(7);
    for (let round = 0; round < 200; round++) {
      const length = 1 + random(80);
      const inner = dropRandomly(length, random(length), random);
      const middle = inner.kept.length - 1;
      const outer = dropRandomly(middle, random(middle + 1), random);
      const both = inner.map.then(outer.map);
      for (let i = 0; i < outer.kept.length; i++) {
        // Looked up out of order too: the finger the lookups keep must not change an answer.
        const j = random(outer.kept.length);
        expect(both.toOriginal(j)).toBe(inner.kept[outer.kept[j] as number]);
        expect(both.toOriginal(i)).toBe(inner.kept[outer.kept[i] as number]);
      }
    }
  });
});

describe('normalizeText', () => {
  it('drops a single space beside Chinese text and keeps the offsets of what follows', () => {
    const norm = normalizeText('满洲里 —俄罗斯赤塔');
    expect(norm.text).toBe('满洲里—俄罗斯赤塔');
    expect(originalSpan(norm, 3, 5)).toEqual({ start: 4, end: 6 });
  });

  it('keeps runs of spaces (the cells of a flattened table) and spaces between Latin words', () => {
    expect(normalizeText('序号  任务　　牵头单位').text).toBe('序号  任务　　牵头单位');
    expect(normalizeText('GDP growth 5%').text).toBe('GDP growth 5%');
  });

  it('unifies line breaks and odd spaces, and drops invisible marks', () => {
    // The no-break space is a space, and a single space beside Chinese text is dropped.
    const norm = normalizeText('一、任务\r\n（一）内容\r二\u200b、\u00a0A\ufeff');
    expect(norm.text).toBe('一、任务\n（一）内容\n二、A');
    expect(normalizeText('GDP\u00a0growth').text).toBe('GDP growth');
    expectFaithful('一、任务\r\n（一）内容\r二\u200b、\u00a0A\ufeff');
  });

  it('joins a paragraph broken across lines, mapping the rest of the text past the break', () => {
    const original = '推进口岸通关服务环境建设，深化海关分类通关\n改革和能力建设。\n二、任务';
    const norm = normalizeText(original);
    expect(norm.text).toBe('推进口岸通关服务环境建设，深化海关分类通关改革和能力建设。\n二、任务');
    expect(originalOffset(norm, norm.text.indexOf('改革'))).toBe(original.indexOf('改革'));
    expectFaithful(original);
  });

  it('returns the text itself when nothing needs cleaning', () => {
    const text = '一、任务\n（一）内容。';
    expect(normalizeText(text).text).toBe(text);
  });

  it('maps every offset faithfully on the seed and on texts full of what cleaning changes', () => {
    expectFaithful(seedText());
    const random = randomBelow(11);
    const pieces = [
      '满洲里',
      '海关',
      ' ',
      '　',
      '\r\n',
      '\r',
      '\n',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '，',
      'A',
      '1',
      '\t',
      '  ',
    ];
    for (let round = 0; round < 100; round++) {
      let text = '';
      for (let k = random(60); k > 0; k--) text += pieces[random(pieces.length)];
      expectFaithful(text);
    }
  });
});
