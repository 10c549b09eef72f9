import { describe, expect, it } from 'vitest';
import { translateMark, translatePath } from './scene-translate.ts';

describe('translatePath', () => {
  it('moves absolute pairs, H and V, and the end of an arc, not its radii or flags', () => {
    expect(translatePath('M1,2 L3 4 H5 V6 Z', 10, 20)).toBe('M 11 22 L 13 24 H 15 V 26 Z');
    expect(translatePath('M0 0 A 5 5 0 0 1 10 10', 1, 2)).toBe('M 1 2 A 5 5 0 0 1 11 12');
    expect(translatePath('M0 0 Q 1 2 3 4 C 1 1 2 2 3 3', 1, 1)).toBe('M 1 1 Q 2 3 4 5 C 2 2 3 3 4 4');
  });

  it('leaves relative commands alone but the first pair of a leading m', () => {
    expect(translatePath('m1 1 l2 2 h3 v4 z', 10, 10)).toBe('m 11 11 l 2 2 h 3 v 4 z');
  });
});

describe('translateMark', () => {
  it('moves every kind of mark', () => {
    expect(translateMark({ type: 'rect', x: 1, y: 2, width: 3, height: 4 }, 1, 1)).toMatchObject({
      x: 2,
      y: 3,
    });
    expect(translateMark({ type: 'circle', cx: 1, cy: 2, r: 3 }, 1, 1)).toMatchObject({ cx: 2, cy: 3 });
    expect(translateMark({ type: 'text', x: 1, y: 2, text: 'a', size: 9 }, 1, 1)).toMatchObject({
      x: 2,
      y: 3,
    });
  });
});
