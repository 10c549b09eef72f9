import { describe, expect, it } from 'vitest';
import type { SceneMark } from '../graph/scene.ts';
import { indexMarks, markBox, marksIn } from './mark-index.ts';

const cell = (x: number, y: number): SceneMark => ({
  type: 'rect',
  x,
  y,
  width: 10,
  height: 10,
  fill: '#000',
});

describe('indexMarks / marksIn', () => {
  const grid: SceneMark = { type: 'path', d: 'M0,0H1000', stroke: '#ccc' };
  const shade: SceneMark = { type: 'rect', x: 0, y: 0, width: 50, height: 1000, fill: '#eee' };
  const cells = Array.from({ length: 100 }, (_, i) => cell((i % 10) * 100, Math.floor(i / 10) * 100));
  const index = indexMarks([shade, grid, ...cells]);

  it('returns the marks in a window, each once, in scene order', () => {
    const found = marksIn(index, { x: 0, y: 0, width: 150, height: 150 });
    expect(found).toEqual([shade, grid, cells[0], cells[1], cells[10], cells[11]]);
  });

  it('skips marks outside the window however far the scene runs', () => {
    const found = marksIn(index, { x: 520, y: 720, width: 60, height: 60 });
    expect(found).toEqual([grid]);
  });

  it('boxes rotated text upwards from its anchor', () => {
    const box = markBox({ type: 'text', x: 100, y: 200, text: '创新口岸', size: 13, rotate: -90 });
    expect(box && box.y + box.height).toBeGreaterThanOrEqual(200);
    expect(box && box.y).toBeLessThanOrEqual(200 - 4 * 13);
  });
});
