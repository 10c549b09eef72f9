// Jaccard distances between agencies' profiles (the columns, or the partners, each is named in), as one
// dense n × n matrix: the input of the clustering order, and the O(n²) floor any method reading all
// pairs must pay. The shared counts come from whichever of two ways costs less on the data at hand.
import { runSteps } from './steps.ts';

/** An agency's profile: the indices (columns, partners) it is named in. Repeats are ignored. */
export type Profile = Iterable<number>;

/** Profiles as sorted, de-duplicated index lists, and one past the largest index. */
function normalise(profiles: readonly Profile[]): { lists: Int32Array[]; universe: number } {
  let universe = 0;
  const lists = profiles.map((profile) => {
    const list = Int32Array.from(new Set(profile)).sort();
    const last = list[list.length - 1];
    if (last !== undefined) universe = Math.max(universe, last + 1);
    return list;
  });
  return { lists, universe };
}

/** Which agencies hold each index, in ascending order. */
function holdersOf(lists: readonly Int32Array[], universe: number): Int32Array[] {
  const counts = new Int32Array(universe);
  for (const list of lists) for (const c of list) counts[c]!++;
  const holders = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(universe);
  lists.forEach((list, i) => {
    for (const c of list) (holders[c] as Int32Array)[filled[c]!++] = i;
  });
  return holders;
}

/** Shared counts into the upper triangle, through each index's holders: Σ holders² / 2 steps, fast
 *  when indices are held by few agencies (items, most tasks). */
function* sharedByHolders(lists: readonly Int32Array[], holders: readonly Int32Array[], out: Float64Array) {
  const n = lists.length;
  // Rows go in ascending order, so each index's next holder after row i sits at a cursor that only advances.
  const cursor = new Int32Array(holders.length);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (const c of lists[i] as Int32Array) {
      const held = holders[c] as Int32Array;
      const from = ++cursor[c]!;
      for (let h = from; h < held.length; h++) out[row + held[h]!]!++;
    }
    yield;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Shared counts into the upper triangle, by AND-ing bitsets: n² / 2 × universe / 32 steps, the cheaper
 *  way when a few indices are held by nearly everyone (a partner everyone works with). */
function* sharedByBitsets(lists: readonly Int32Array[], universe: number, out: Float64Array) {
  const n = lists.length;
  const words = Math.ceil(universe / 32);
  const bits = new Uint32Array(n * words);
  lists.forEach((list, i) => {
    for (const c of list) bits[i * words + (c >>> 5)]! |= 1 << (c & 31);
  });
  for (let i = 0; i < n; i++) {
    const a = i * words;
    for (let j = i + 1; j < n; j++) {
      const b = j * words;
      let shared = 0;
      for (let w = 0; w < words; w++) shared += popcount(bits[a + w]! & bits[b + w]!);
      out[i * n + j] = shared;
    }
    yield;
  }
}

/** Rough relative cost of the bitset way per word compared: a popcount is a dozen operations, against
 *  one increment per step through the holders. */
const BITSET_WORD_COST = 4;

/** Side of the square tiles the upper triangle is copied down in: a column written a row at a time
 *  misses the cache on every write (five times slower at n = 2,000); a tile stays in it. */
const TILE = 32;

/** Turns shared counts (upper triangle) into Jaccard distances; two empty profiles are at 0. */
function* toDistances(lists: readonly Int32Array[], out: Float64Array) {
  const n = lists.length;
  for (let i = 0; i < n; i++) {
    const a = (lists[i] as Int32Array).length;
    for (let j = i + 1; j < n; j++) {
      const shared = out[i * n + j]!;
      const union = a + (lists[j] as Int32Array).length - shared;
      out[i * n + j] = union === 0 ? 0 : 1 - shared / union;
    }
    if (i % TILE === 0) yield;
  }
}

/** Copies the upper triangle onto the lower one, tile by tile. */
function* mirrorUpper(out: Float64Array, n: number) {
  for (let bi = 0; bi < n; bi += TILE) {
    for (let bj = bi; bj < n; bj += TILE)
      for (let i = bi; i < Math.min(bi + TILE, n); i++)
        for (let j = Math.max(bj, i + 1); j < Math.min(bj + TILE, n); j++) out[j * n + i] = out[i * n + j]!;
    yield;
  }
}

/** `jaccardDistances` in steps: yields after each row, so a caller on the page can pause between them. */
export function* jaccardDistanceSteps(profiles: readonly Profile[]): Generator<void, Float64Array> {
  const n = profiles.length;
  const { lists, universe } = normalise(profiles);
  const out = new Float64Array(n * n);
  const holders = holdersOf(lists, universe);
  let viaHolders = 0;
  for (const held of holders) viaHolders += (held.length * (held.length - 1)) / 2;
  const viaBitsets = ((n * (n - 1)) / 2) * Math.ceil(universe / 32) * BITSET_WORD_COST;
  if (viaHolders <= viaBitsets) yield* sharedByHolders(lists, holders, out);
  else yield* sharedByBitsets(lists, universe, out);
  yield* toDistances(lists, out);
  yield* mirrorUpper(out, n);
  return out;
}

/** Row-major n × n Jaccard distances (1 − shared / union) between the profiles. */
export function jaccardDistances(profiles: readonly Profile[]): Float64Array {
  return runSteps(jaccardDistanceSteps(profiles));
}
