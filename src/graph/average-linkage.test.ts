import { describe, expect, it } from 'vitest';
import { averageLinkage, leafOrder, type Dendrogram } from './average-linkage.ts';

/** A small deterministic generator, so the random cases are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random symmetric distances with no ties, row-major n × n. */
function randomDistances(n: number, seed: number): Float64Array {
  const next = random(seed);
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = next();
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  return d;
}

/** The textbook method: merge the closest pair of clusters (mean of all cross distances), repeat. */
function greedyClusters(d: Float64Array, n: number): string[] {
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  const formed: string[] = [];
  const mean = (a: number[], b: number[]) => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += d[i * n + j]!;
    return sum / (a.length * b.length);
  };
  while (clusters.length > 1) {
    let best = Infinity;
    let pair = [0, 1];
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        const v = mean(clusters[i]!, clusters[j]!);
        if (v < best) [best, pair] = [v, [i, j]];
      }
    const [i, j] = pair as [number, number];
    const merged = [...clusters[i]!, ...clusters[j]!].sort((a, b) => a - b);
    formed.push(merged.join(','));
    clusters = [...clusters.filter((_, k) => k !== i && k !== j), merged];
  }
  return formed.sort();
}

/** Every cluster a dendrogram forms, as its sorted leaves. */
function clustersOf(tree: Dendrogram): string[] {
  const n = tree.leaves;
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  for (let m = 0; m < n - 1; m++)
    members.push([...members[tree.left[m]!]!, ...members[tree.right[m]!]!].sort((a, b) => a - b));
  return members
    .slice(n)
    .map((c) => c.join(','))
    .sort();
}

describe('averageLinkage (nearest-neighbour chain)', () => {
  it('forms the same clusters as the greedy closest-pair method', () => {
    for (const [n, seed] of [
      [2, 1],
      [5, 2],
      [12, 3],
      [40, 4],
      [50, 5],
    ] as const) {
      const d = randomDistances(n, seed);
      expect(clustersOf(averageLinkage(d.slice(), n)), `n = ${n}`).toEqual(greedyClusters(d, n));
    }
  });

  it('merges n − 1 times, each node once, ending in one root', () => {
    const n = 30;
    const tree = averageLinkage(randomDistances(n, 9), n);
    const used = [...tree.left, ...tree.right].sort((a, b) => a - b);
    expect(used).toEqual(Array.from({ length: 2 * n - 2 }, (_, i) => i));
  });

  it('is the same on every run, ties and all', () => {
    const n = 20;
    const d = new Float64Array(n * n).fill(0.5);
    for (let i = 0; i < n; i++) d[i * n + i] = 0;
    const a = averageLinkage(d.slice(), n);
    const b = averageLinkage(d.slice(), n);
    expect([...a.left, ...a.right]).toEqual([...b.left, ...b.right]);
  });

  it('takes no input and one leaf', () => {
    expect(averageLinkage(new Float64Array(0), 0).left).toHaveLength(0);
    expect(leafOrder(averageLinkage(new Float64Array(1), 1), [3])).toEqual([0]);
    expect(leafOrder(averageLinkage(new Float64Array(0), 0), [])).toEqual([]);
  });
});

describe('leafOrder', () => {
  // ((0, 1), (2, 3)): leaves 0 and 1 merge into node 4, 2 and 3 into 5, then 4 and 5 into 6.
  const tree: Dendrogram = { leaves: 4, left: Int32Array.of(0, 2, 4), right: Int32Array.of(1, 3, 5) };

  it('puts the heavier branch first at every merge', () => {
    expect(leafOrder(tree, [1, 2, 5, 1])).toEqual([2, 3, 1, 0]);
  });

  it('breaks ties by the lower leaf', () => {
    expect(leafOrder(tree, [1, 1, 1, 1])).toEqual([0, 1, 2, 3]);
  });
});
