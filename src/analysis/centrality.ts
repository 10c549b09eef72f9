// Centrality in the coordination network: degree and betweenness (Brandes' algorithm, unweighted),
// small pure functions over an adjacency map.

export type Adjacency<K> = ReadonlyMap<K, ReadonlyMap<K, number>>;

/** Degree: the number of distinct partners; strength: the sum of link weights. */
export function degreeCentrality<K>(
  nodes: readonly K[],
  adjacency: Adjacency<K>,
): Map<K, { degree: number; strength: number }> {
  const result = new Map<K, { degree: number; strength: number }>();
  for (const node of nodes) {
    const neighbours = adjacency.get(node);
    let strength = 0;
    neighbours?.forEach((w) => (strength += w));
    result.set(node, { degree: neighbours?.size ?? 0, strength });
  }
  return result;
}

/** Betweenness: the share of shortest paths between other pairs that pass through a node,
 *  normalised to [0, 1] by the number of pairs (n − 1)(n − 2) / 2 in an undirected graph. */
export function betweennessCentrality<K>(nodes: readonly K[], adjacency: Adjacency<K>): Map<K, number> {
  const score = new Map<K, number>(nodes.map((n) => [n, 0]));
  for (const source of nodes) {
    const stack: K[] = [];
    const predecessors = new Map<K, K[]>();
    const paths = new Map<K, number>([[source, 1]]);
    const distance = new Map<K, number>([[source, 0]]);
    const queue: K[] = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as K;
      stack.push(v);
      const dv = distance.get(v) as number;
      adjacency.get(v)?.forEach((_, w) => {
        if (!distance.has(w)) {
          distance.set(w, dv + 1);
          queue.push(w);
        }
        if (distance.get(w) === dv + 1) {
          paths.set(w, (paths.get(w) ?? 0) + (paths.get(v) ?? 0));
          const list = predecessors.get(w);
          if (list) list.push(v);
          else predecessors.set(w, [v]);
        }
      });
    }
    const dependency = new Map<K, number>();
    while (stack.length > 0) {
      const w = stack.pop() as K;
      for (const v of predecessors.get(w) ?? []) {
        const share = ((paths.get(v) ?? 0) / (paths.get(w) ?? 1)) * (1 + (dependency.get(w) ?? 0));
        dependency.set(v, (dependency.get(v) ?? 0) + share);
      }
      if (w !== source) score.set(w, (score.get(w) ?? 0) + (dependency.get(w) ?? 0));
    }
  }
  const n = nodes.length;
  // Each undirected path was counted from both ends.
  const pairs = ((n - 1) * (n - 2)) / 2;
  for (const [node, value] of score) score.set(node, pairs > 0 ? value / 2 / pairs : 0);
  return score;
}
