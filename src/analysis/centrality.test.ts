// Centrality on small graphs whose values are known by hand.
import { describe, expect, it } from 'vitest';
import { betweennessCentrality, degreeCentrality } from './centrality.ts';

function graph(edges: [string, string, number?][]): Map<string, Map<string, number>> {
  const g = new Map<string, Map<string, number>>();
  for (const [a, b, w = 1] of edges) {
    if (!g.has(a)) g.set(a, new Map());
    if (!g.has(b)) g.set(b, new Map());
    g.get(a)?.set(b, w);
    g.get(b)?.set(a, w);
  }
  return g;
}

describe('betweennessCentrality', () => {
  it('gives the middle of a path of three all the paths between the ends', () => {
    const b = betweennessCentrality(
      ['a', 'b', 'c'],
      graph([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    );
    expect([b.get('a'), b.get('b'), b.get('c')]).toEqual([0, 1, 0]);
  });

  it('gives the centre of a star of five 1 and the leaves 0', () => {
    const nodes = ['c', 'l1', 'l2', 'l3', 'l4'];
    const b = betweennessCentrality(nodes, graph(nodes.slice(1).map((l) => ['c', l] as [string, string])));
    expect(b.get('c')).toBe(1);
    expect(b.get('l1')).toBe(0);
  });

  it('splits paths between two equal routes: a square gives each node 1/6', () => {
    const b = betweennessCentrality(
      ['a', 'b', 'c', 'd'],
      graph([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ]),
    );
    for (const node of ['a', 'b', 'c', 'd']) expect(b.get(node)).toBeCloseTo(1 / 6, 10);
  });

  it('gives isolated nodes 0', () => {
    expect(betweennessCentrality(['x'], new Map()).get('x')).toBe(0);
  });
});

describe('degreeCentrality', () => {
  it('counts partners and sums link weights', () => {
    const d = degreeCentrality(
      ['a', 'b', 'c'],
      graph([
        ['a', 'b', 3],
        ['a', 'c', 2],
      ]),
    );
    expect(d.get('a')).toEqual({ degree: 2, strength: 5 });
    expect(d.get('c')).toEqual({ degree: 1, strength: 2 });
  });
});
