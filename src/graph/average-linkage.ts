// Average-linkage (UPGMA) hierarchical clustering by the nearest-neighbour chain: O(n²) time on a dense
// distance matrix, where the textbook "merge the closest pair, repeat" is O(n³). Average linkage is
// reducible (merging two clusters never brings the result closer to a third than either part was), so
// merging mutual nearest neighbours as the chain finds them yields the same dendrogram as the greedy
// order (Murtagh 1983; Müllner 2011, "Modern hierarchical, agglomerative clustering algorithms").
import { runSteps } from './steps.ts';

/** Merge m joins nodes `left[m]` and `right[m]` into node n + m; nodes 0 … n − 1 are the leaves. */
export interface Dendrogram {
  readonly leaves: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/** The clusters not yet merged away, by slot, ascending: scans skip the merged ones, so on average
 *  they read half a row rather than all of it. */
class Alive {
  readonly slots: Int32Array;
  count: number;

  constructor(n: number) {
    this.slots = Int32Array.from({ length: n }, (_, i) => i);
    this.count = n;
  }

  remove(slot: number): void {
    const at = this.slots.subarray(0, this.count).indexOf(slot);
    this.slots.copyWithin(at, at + 1, this.count);
    this.count--;
  }
}

/** The live cluster nearest to `a`. Ties go to `previous` (the chain's element below `a`), which keeps
 *  the chain from cycling, and otherwise to the lowest slot, so every run merges alike. */
function nearest(distances: Float64Array, n: number, alive: Alive, a: number, previous: number): number {
  const row = a * n;
  const { slots, count } = alive;
  let best = previous >= 0 ? distances[row + previous]! : Infinity;
  let found = previous;
  for (let t = 0; t < count; t++) {
    const k = slots[t]!;
    if (k === a) continue;
    const d = distances[row + k]!;
    if (d < best || found < 0) {
      best = d;
      found = k;
    }
  }
  return found;
}

/** Lance–Williams for average linkage: the merged cluster's distance to k is the size-weighted mean. */
function mergeInto(
  distances: Float64Array,
  n: number,
  alive: Alive,
  size: Int32Array,
  keep: number,
  drop: number,
): void {
  const a = size[keep]!;
  const b = size[drop]!;
  alive.remove(drop);
  const { slots, count } = alive;
  for (let t = 0; t < count; t++) {
    const k = slots[t]!;
    if (k === keep) continue;
    const d = (a * distances[keep * n + k]! + b * distances[drop * n + k]!) / (a + b);
    distances[keep * n + k] = d;
    distances[k * n + keep] = d;
  }
  size[keep] = a + b;
}

/** `averageLinkage` in steps: yields after each merge. Overwrites `distances` (row-major n × n). */
export function* averageLinkageSteps(distances: Float64Array, n: number): Generator<void, Dendrogram> {
  const merges = Math.max(0, n - 1);
  const left = new Int32Array(merges);
  const right = new Int32Array(merges);
  const alive = new Alive(n);
  const size = new Int32Array(n).fill(1);
  const node = Int32Array.from({ length: n }, (_, i) => i);
  const chain = new Int32Array(n);
  let length = 0;
  for (let m = 0; m < merges; m++) {
    if (length === 0) chain[length++] = alive.slots[0]!;
    // Walk to nearer and nearer neighbours until two clusters are each other's nearest.
    for (;;) {
      const a = chain[length - 1]!;
      const previous = length > 1 ? chain[length - 2]! : -1;
      const b = nearest(distances, n, alive, a, previous);
      if (b === previous) break;
      chain[length++] = b;
    }
    const a = chain[--length]!;
    const b = chain[--length]!;
    const keep = Math.min(a, b);
    const drop = Math.max(a, b);
    mergeInto(distances, n, alive, size, keep, drop);
    left[m] = node[keep]!;
    right[m] = node[drop]!;
    node[keep] = n + m;
    yield;
  }
  return { leaves: n, left, right };
}

/** The average-linkage dendrogram of n items from their row-major n × n distances (overwritten). */
export function averageLinkage(distances: Float64Array, n: number): Dendrogram {
  return runSteps(averageLinkageSteps(distances, n));
}

/** The leaves left to right, the heavier branch first at every merge (ties: the branch holding the
 *  lower leaf first), so the most loaded cluster leads and the order is the same on every run. */
export function leafOrder(tree: Dendrogram, weights: readonly number[]): number[] {
  const n = tree.leaves;
  if (n === 0) return [];
  const weight = new Float64Array(2 * n - 1);
  const lowest = new Int32Array(2 * n - 1);
  for (let i = 0; i < n; i++) {
    weight[i] = weights[i] ?? 0;
    lowest[i] = i;
  }
  for (let m = 0; m < n - 1; m++) {
    const l = tree.left[m]!;
    const r = tree.right[m]!;
    weight[n + m] = weight[l]! + weight[r]!;
    lowest[n + m] = Math.min(lowest[l]!, lowest[r]!);
  }
  const order: number[] = [];
  // Depth-first without recursion: a chain-shaped dendrogram is n deep.
  const stack = [2 * n - 2];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at < n) {
      order.push(at);
      continue;
    }
    const l = tree.left[at - n]!;
    const r = tree.right[at - n]!;
    const leftFirst = weight[l]! > weight[r]! || (weight[l] === weight[r] && lowest[l]! < lowest[r]!);
    const [first, second] = leftFirst ? [l, r] : [r, l];
    stack.push(second, first);
  }
  return order;
}
