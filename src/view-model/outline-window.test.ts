// The virtualised outline's arithmetic: rows in reading order, offsets from measured or estimated
// heights, and the window of rows drawn round the viewport.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { buildOutlineTree } from './outline-tree.ts';
import { estimateRowHeight, outlineRows, rowAt, rowOffsets, rowWindow } from './outline-window.ts';

const model = parseNotice(seedBytes());
const { rows, sectionRow, itemRow } = outlineRows(buildOutlineTree(model));

describe('outlineRows', () => {
  it('lists gaps, sections, tasks and items in reading order, every item once', () => {
    expect(rows.filter((r) => r.kind === 'section')).toHaveLength(7);
    expect(rows.filter((r) => r.kind === 'gap')).toHaveLength(6);
    expect(rows.filter((r) => r.kind === 'task')).toHaveLength(29);
    const items = rows.filter((r) => r.kind === 'item').map((r) => r.key);
    expect(items).toEqual(model.items.map((i) => i.id));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    for (const [s, at] of sectionRow.entries()) expect(rows[at]).toMatchObject({ kind: 'section', s });
    for (const item of model.items) expect(rows[itemRow.get(item.id)!]?.key).toBe(item.id);
  });

  it('estimates taller rows for longer items and more agencies', () => {
    const heights = rows.filter((r) => r.kind === 'item').map(estimateRowHeight);
    expect(Math.min(...heights)).toBeGreaterThan(40);
    expect(Math.max(...heights)).toBeGreaterThan(Math.min(...heights));
  });
});

describe('rowOffsets, rowAt and rowWindow', () => {
  const offsets = rowOffsets([10, 20, 30, 40, 50]);

  it('sums heights into starts', () => {
    expect([...offsets]).toEqual([0, 10, 30, 60, 100, 150]);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 29.9)).toBe(1);
    expect(rowAt(offsets, 30)).toBe(2);
    expect(rowAt(offsets, 10_000)).toBe(4);
  });

  it('draws the rows in view and a margin round them, none when there are none', () => {
    expect(rowWindow(offsets, 35, 20, 0)).toEqual({ start: 2, end: 3 });
    expect(rowWindow(offsets, 35, 20, 20)).toEqual({ start: 1, end: 4 });
    expect(rowWindow(offsets, -50, 1000, 100)).toEqual({ start: 0, end: 5 });
    expect(rowWindow(rowOffsets([]), 0, 500, 100)).toEqual({ start: 0, end: 0 });
  });

  it('keeps a 3,000-row window small', () => {
    const many = rowOffsets(Array.from({ length: 3000 }, () => 75));
    const { start, end } = rowWindow(many, 150_000, 700, 700);
    expect(end - start).toBeLessThan(40);
    expect(start * 75).toBeLessThanOrEqual(150_000 - 700);
  });
});
