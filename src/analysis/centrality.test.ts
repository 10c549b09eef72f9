// Centrality on small graphs whose values are known by hand.
import { describe, expect, it } from 'vitest';
import { betweennessCentrality, betweennessInSteps, degreeCentrality } from './centrality.ts';

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

/** Betweenness by its definition: for every pair, the share of its shortest paths through each node,
 *  counted by enumerating distances — slow, plain, and independent of Brandes' bookkeeping. */
function betweennessByDefinition(nodes: string[], g: Map<string, Map<string, number>>): Map<string, number> {
  const dist = new Map<string, Map<string, number>>();
  const count = new Map<string, Map<string, number>>();
  for (const s of nodes) {
    const d = new Map([[s, 0]]);
    const c = new Map([[s, 1]]);
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h] as string;
      for (const w of g.get(v)?.keys() ?? []) {
        if (!d.has(w)) {
          d.set(w, (d.get(v) as number) + 1);
          queue.push(w);
        }
        if (d.get(w) === (d.get(v) as number) + 1) c.set(w, (c.get(w) ?? 0) + (c.get(v) as number));
      }
    }
    dist.set(s, d);
    count.set(s, c);
  }
  const n = nodes.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(
    nodes.map((v) => {
      let total = 0;
      nodes.forEach((s, i) =>
        nodes.slice(i + 1).forEach((t) => {
          if (s === v || t === v) return;
          const st = dist.get(s)?.get(t);
          const sv = dist.get(s)?.get(v);
          const vt = dist.get(v)?.get(t);
          if (st === undefined || sv === undefined || vt === undefined || sv + vt !== st) return;
          total +=
            ((count.get(s)?.get(v) as number) * (count.get(v)?.get(t) as number)) /
            (count.get(s)?.get(t) as number);
        }),
      );
      return [v, pairs > 0 ? total / pairs : 0];
    }),
  );
}

describe('betweennessCentrality against its definition', () => {
  it('agrees on random graphs, connected or not', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const nodes = Array.from({ length: 4 + Math.floor(random() * 14) }, (_, i) => `n${i}`);
      const edges: [string, string][] = [];
      for (let k = 0; k < nodes.length * 1.5; k++) {
        const a = nodes[Math.floor(random() * nodes.length)] as string;
        const b = nodes[Math.floor(random() * nodes.length)] as string;
        if (a !== b) edges.push([a, b]);
      }
      const g = graph(edges);
      const fast = betweennessCentrality(nodes, g);
      const slow = betweennessByDefinition(nodes, g);
      for (const node of nodes) expect(fast.get(node)).toBeCloseTo(slow.get(node) as number, 10);
    }
  });
});

describe('betweenness in steps', () => {
  it('pauses between sources and ends with the same scores as in one go', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const links: [string, string][] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['b', 'e'],
      ['e', 'f'],
      ['f', 'd'],
    ];
    const adjacency = new Map(ids.map((id) => [id, new Map<string, number>()]));
    for (const [x, y] of links) {
      adjacency.get(x)?.set(y, 1);
      adjacency.get(y)?.set(x, 1);
    }
    const steps = betweennessInSteps(ids, adjacency, 2);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBe(2); // after sources 2 and 4 of 6
    expect([...step.value]).toEqual([...betweennessCentrality(ids, adjacency)]);
    expect(step.value.get('b')).toBeGreaterThan(step.value.get('a') ?? 0);
  });
});
