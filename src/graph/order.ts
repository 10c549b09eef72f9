// Row orders for matrices: by load, by name (pinyin), a clustering order that puts agencies with
// similar task profiles side by side (average-linkage clustering on Jaccard distance, O(n²) by the
// nearest-neighbour chain), and by coordination bloc.
import { averageLinkageSteps, leafOrder } from './average-linkage.ts';
import { jaccardDistanceSteps, type Profile } from './jaccard-distances.ts';
import { runSteps } from './steps.ts';

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

/** The clustering order in steps (yielding after each row of distances and each merge), for a caller
 *  that pauses between them; `orderByCluster` runs it straight through. O(n²) time and memory. */
export function* clusterOrderSteps(
  profiles: readonly Profile[],
  weights: readonly number[],
): Generator<void, number[]> {
  const n = profiles.length;
  if (n <= 2) return orderByValue(weights);
  const distances = yield* jaccardDistanceSteps(profiles);
  const tree = yield* averageLinkageSteps(distances, n);
  return leafOrder(tree, weights);
}

/** Leaves in the order of the average-linkage dendrogram on Jaccard distances between profiles: rows
 *  that share columns sit together, the heavier branch first at every merge, so the most loaded
 *  cluster leads and the order is the same on every run. */
export function orderByCluster(profiles: readonly Profile[], weights: readonly number[]): number[] {
  return runSteps(clusterOrderSteps(profiles, weights));
}
