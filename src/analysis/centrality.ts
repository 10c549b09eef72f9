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
 *  normalised to [0, 1] by the number of pairs (n − 1)(n − 2) / 2 in an undirected graph.
 *  Brandes over integer indices and typed arrays: a workspace of hundreds of agencies is measured in
 *  tens of milliseconds rather than a second of Map lookups. */
export function betweennessCentrality<K>(nodes: readonly K[], adjacency: Adjacency<K>): Map<K, number> {
  return runSteps(betweennessInSteps(nodes, adjacency, Infinity));
}

/** Runs stepped work to its end, all at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Betweenness as above, pausing after every `sourcesPerStep` sources: one source's pass is a breadth-
 *  first search over the whole network, so 500 agencies in a dense network take hundreds of
 *  milliseconds in all, which a page must spread over several tasks (view-model/in-slices.ts). */
export function* betweennessInSteps<K>(
  nodes: readonly K[],
  adjacency: Adjacency<K>,
  sourcesPerStep = 16,
): Generator<void, Map<K, number>> {
  const n = nodes.length;
  const index = new Map<K, number>(nodes.map((node, i) => [node, i]));
  // Neighbours in compressed rows: those of node v are targets[offsets[v] .. offsets[v + 1]).
  const offsets = new Int32Array(n + 1);
  const lists: number[][] = nodes.map((node) => {
    const out: number[] = [];
    adjacency.get(node)?.forEach((_, w) => {
      const j = index.get(w);
      if (j !== undefined) out.push(j);
    });
    return out;
  });
  lists.forEach((list, v) => (offsets[v + 1] = (offsets[v] as number) + list.length));
  const targets = Int32Array.from(lists.flat());

  const score = new Float64Array(n);
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  for (let source = 0; source < n; source++) {
    if (source > 0 && source % sourcesPerStep === 0) yield;
    distance.fill(-1);
    paths.fill(0);
    dependency.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    order[0] = source;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head] as number;
      const next = (distance[v] as number) + 1;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        const w = targets[e] as number;
        if (distance[w] === -1) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) paths[w] = (paths[w] as number) + (paths[v] as number);
      }
    }
    // Back from the farthest: a node's predecessors are its neighbours one step nearer the source.
    for (let k = reached - 1; k > 0; k--) {
      const w = order[k] as number;
      const carried = (1 + (dependency[w] as number)) / (paths[w] as number);
      const previous = (distance[w] as number) - 1;
      for (let e = offsets[w] as number; e < (offsets[w + 1] as number); e++) {
        const v = targets[e] as number;
        if (distance[v] === previous)
          dependency[v] = (dependency[v] as number) + (paths[v] as number) * carried;
      }
      score[w] = (score[w] as number) + (dependency[w] as number);
    }
  }
  // Each undirected path was counted from both ends.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(nodes.map((node, i) => [node, pairs > 0 ? (score[i] as number) / 2 / pairs : 0]));
}
