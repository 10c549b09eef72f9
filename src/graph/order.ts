// Row orders for matrices: by load, by name (pinyin), a clustering order that puts agencies with
// similar task profiles side by side (average-linkage agglomerative clustering on Jaccard distance),
// and by coordination bloc.

/** Indices sorted by a numeric key, heaviest first, ties in original order. */
export function orderByValue(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
}

/** Agencies grouped by bloc, the blocs in their given order (heaviest first) and each bloc's agencies
 *  in its own order (heaviest first); agencies in no bloc (collective actors) last, heaviest first. */
export function orderByBloc(
  ids: readonly string[],
  blocs: readonly (readonly string[])[],
  weights: readonly number[],
): number[] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const grouped = blocs.flatMap((members) => members.flatMap((id) => index.get(id) ?? []));
  const placed = new Set(grouped);
  const rest = orderByValue(weights).filter((i) => !placed.has(i));
  return [...grouped, ...rest];
}

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Indices sorted by name in pinyin order, as a Chinese reader looks a name up. */
export function orderByName(names: readonly string[]): number[] {
  return names.map((_, i) => i).sort((a, b) => collator.compare(names[a] ?? '', names[b] ?? '') || a - b);
}

function jaccardDistance(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return 1 - shared / (a.size + b.size - shared);
}

interface Cluster {
  members: number[];
  weight: number;
}

/** Leaves in the order of an average-linkage dendrogram: the heavier branch first at every merge,
 *  so the most loaded cluster leads and the order is the same on every run. */
export function orderByCluster(
  profiles: readonly ReadonlySet<number>[],
  weights: readonly number[],
): number[] {
  const n = profiles.length;
  if (n <= 2) return orderByValue(weights);
  const distance: Float64Array[] = profiles.map((p, i) => {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = i === j ? 0 : jaccardDistance(p, profiles[j] as ReadonlySet<number>);
    return row;
  });
  const clusters: (Cluster | null)[] = profiles.map((_, i) => ({ members: [i], weight: weights[i] ?? 0 }));
  for (let merges = 0; merges < n - 1; merges++) {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!clusters[i]) continue;
      const row = distance[i] as Float64Array;
      for (let j = i + 1; j < n; j++) {
        if (clusters[j] && (row[j] as number) < best) {
          best = row[j] as number;
          bi = i;
          bj = j;
        }
      }
    }
    const a = clusters[bi] as Cluster;
    const b = clusters[bj] as Cluster;
    // Average linkage: the new cluster's distance to k is the size-weighted mean of its parts'.
    for (let k = 0; k < n; k++) {
      if (!clusters[k] || k === bi || k === bj) continue;
      const d =
        ((distance[bi]?.[k] ?? 0) * a.members.length + (distance[bj]?.[k] ?? 0) * b.members.length) /
        (a.members.length + b.members.length);
      (distance[bi] as Float64Array)[k] = d;
      (distance[k] as Float64Array)[bi] = d;
    }
    const [first, second] = a.weight >= b.weight ? [a, b] : [b, a];
    clusters[bi] = { members: [...first.members, ...second.members], weight: a.weight + b.weight };
    clusters[bj] = null;
  }
  return clusters.find((c) => c !== null)?.members ?? [];
}
