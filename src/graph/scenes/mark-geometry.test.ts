// Geometry on scene marks: text boxes aligned as drawn, paths read as polylines, edges cut round boxes.
import { describe, expect, it } from 'vitest';
import { textWidth } from '../label-text.ts';
import {
  clipPath,
  markShape,
  pathCrossesRect,
  polylines,
  rect,
  rectsOverlap,
  shapeOverlapsRect,
  textBox,
} from './mark-geometry.ts';

describe('textBox', () => {
  it('covers the text as anchored and aligned', () => {
    const mark = { type: 'text', x: 100, y: 50, text: '商务厅', size: 10 } as const;
    expect(textBox({ ...mark, anchor: 'middle', baseline: 'middle' })).toEqual({ x0: 85, y0: 43.5, x1: 115, y1: 56.5 }); // prettier-ignore
    expect(textBox({ ...mark, anchor: 'end', baseline: 'top' })).toMatchObject({ x0: 70, x1: 100, y0: 50 });
    expect(textBox({ ...mark, baseline: 'bottom' })).toMatchObject({ x0: 100, y1: 50 });
    expect(textBox({ ...mark, text: 'Customs' }).x1 - 100).toBeCloseTo(textWidth('Customs', 10));
  });
});

describe('shapes', () => {
  it('tells a disc from its bounding box: a box by the corner does not touch the disc', () => {
    const disc = markShape({ type: 'circle', cx: 0, cy: 0, r: 10 })!;
    expect(shapeOverlapsRect(disc, rect(8, 8, 10, 10))).toBe(false);
    expect(shapeOverlapsRect(disc, rect(5, -2, 10, 4))).toBe(true);
    const diamond = markShape({ type: 'path', d: 'M 0 -5 L 5 0 L 0 5 L -5 0 Z', fill: '#000' })!;
    expect(diamond).toEqual({ kind: 'rect', rect: { x0: -5, y0: -5, x1: 5, y1: 5 } });
    expect(markShape({ type: 'path', d: 'M 0 0 L 5 5', stroke: '#000' })).toBeNull();
  });

  it('does not count boxes that merely touch as overlapping', () => {
    expect(rectsOverlap(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(false);
    expect(rectsOverlap(rect(0, 0, 10, 10), rect(9, 9, 10, 10))).toBe(true);
  });
});

describe('polylines', () => {
  it('reads lines, sub-paths and quadratic curves', () => {
    expect(polylines('M 0 0 L 10 0 M 20 0 L 30 5')).toEqual([
      [
        [0, 0],
        [10, 0],
      ],
      [
        [20, 0],
        [30, 5],
      ],
    ]);
    const curve = polylines('M 0 0 Q 50 50 100 0')[0]!;
    expect(curve.at(-1)).toEqual([100, 0]);
    expect(Math.max(...curve.map((p) => p[1]))).toBeCloseTo(25);
  });
});

describe('clipPath', () => {
  const box = rect(40, -5, 20, 10);

  it('cuts an edge where it runs through a box, leaving the box clear and the end in place', () => {
    const cut = clipPath('M 0 0 L 100 0', [box])!;
    expect(cut).toBe('M 0 0 L 40 0 M 60 0 L 100 0');
    expect(pathCrossesRect(cut, box)).toBe(false);
    expect(pathCrossesRect('M 0 0 L 100 0', box)).toBe(true);
  });

  it('cuts curves too, and leaves untouched edges as they were', () => {
    const curve = 'M 0 0 Q 50 0 100 0';
    expect(pathCrossesRect(clipPath(curve, [box])!, box)).toBe(false);
    expect(clipPath('M 0 20 L 100 20', [box])).toBe('M 0 20 L 100 20');
    expect(clipPath('M 45 0 L 55 0', [box])).toBeNull();
  });
});
