// "Current view" exports keep what the user sees: nodes on the stage, rows in the window.
import { describe, expect, it } from 'vitest';
import { hideOutside, nodesInViewport, rowsInWindow } from './in-view.ts';

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

  it('keeps rows whose middle is below the sticky head and above the window’s bottom', () => {
    expect(rowsInWindow(rows, { scrollTop: 0, clientHeight: 100, top: 40 })).toEqual(['r0', 'r1', 'r2']);
    expect(rowsInWindow(rows, { scrollTop: 40, clientHeight: 100, top: 40 })).toEqual(['r2', 'r3', 'r4']);
  });
});
