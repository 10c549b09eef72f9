// "Current view" exports keep what the user sees: nodes on the stage, rows and columns in the window.
import { describe, expect, it } from 'vitest';
import { columnsInWindow, hideOutside, matrixColumnBands, nodesInViewport, rowsInWindow } from './in-view.ts';

describe('nodesInViewport', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 50 }],
    ['c', { x: 900, y: 50 }],
  ]);

  it('keeps the nodes drawn on the stage at this zoom and pan', () => {
    const seen = nodesInViewport(positions, { zoom: 2, pan: { x: 10, y: 10 } }, { width: 400, height: 300 });
    expect([...seen]).toEqual(['a', 'b']);
  });

  it('finds nothing when the stage is panned away', () => {
    const seen = nodesInViewport(
      positions,
      { zoom: 1, pan: { x: -5000, y: 0 } },
      { width: 400, height: 300 },
    );
    expect(seen.size).toBe(0);
  });
});

describe('hideOutside', () => {
  const nodes = [{ id: 's1' }, { id: 't1', parent: 's1' }, { id: 'a' }, { id: 'b' }];

  it('hides nodes out of view, keeping their own classes, and the section of a task in view', () => {
    const classes = new Map([['b', ['dimmed']]]);
    const out = hideOutside(classes, nodes, new Set(['t1', 'a']));
    expect(out.get('s1')).toBeUndefined();
    expect(out.get('a')).toBeUndefined();
    expect(out.get('b')).toEqual(['dimmed', 'hidden']);
  });
});

describe('rowsInWindow', () => {
  const rows = [0, 1, 2, 3, 4].map((i) => ({ key: `r${i}`, y: 40 + i * 20, height: 20 }));

  it("keeps rows whose middle is below the sticky head and above the window's bottom", () => {
    expect(rowsInWindow(rows, { scrollTop: 0, clientHeight: 100, top: 40 })).toEqual(['r0', 'r1', 'r2']);
    expect(rowsInWindow(rows, { scrollTop: 40, clientHeight: 100, top: 40 })).toEqual(['r2', 'r3', 'r4']);
  });
});

describe('columnsInWindow', () => {
  const columns = matrixColumnBands({ left: 100, cellWidth: 20 }, ['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);

  it('bands the columns right of the row heads', () => {
    expect(columns[2]).toEqual({ key: 'c2', x: 140, width: 20 });
  });

  it("keeps columns whose middle is right of the sticky row heads and left of the window's edge", () => {
    expect(columnsInWindow(columns, { scrollLeft: 0, clientWidth: 160, left: 100 })).toEqual([
      'c0',
      'c1',
      'c2',
    ]);
    // Scrolled 60 across: c0–c2 (middles at 110–150) slide under the row heads, which end at 160.
    expect(columnsInWindow(columns, { scrollLeft: 60, clientWidth: 200, left: 100 })).toEqual([
      'c3',
      'c4',
      'c5',
    ]);
  });
});
