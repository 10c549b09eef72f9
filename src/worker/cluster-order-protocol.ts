// Messages between the page and the clustering-order worker: the profiles packed flat into typed
// arrays (one copy of a few buffers, not thousands of small arrays), and the order back the same way.
import type { ClusterInput } from '../graph/matrix.ts';
import type { WorkerAnswer, WorkerRequest } from './jobs-on-worker.ts';

/** Profile i is `indices[offsets[i]] … indices[offsets[i + 1] − 1]`. */
export interface PackedClusterInput {
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly weights: Float64Array;
}

export type ClusterOrderRequest = WorkerRequest<PackedClusterInput>;

export type ClusterOrderResponse = WorkerAnswer<{ readonly order: Int32Array }>;

export function packClusterInput({ profiles, weights }: ClusterInput): PackedClusterInput {
  const lists = profiles.map((p) => Array.from(p));
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] ?? 0) + list.length));
  const indices = new Int32Array(offsets[lists.length] ?? 0);
  lists.forEach((list, i) => indices.set(list, offsets[i]));
  return { offsets, indices, weights: Float64Array.from(weights) };
}

export function unpackClusterInput({ offsets, indices, weights }: PackedClusterInput): ClusterInput {
  const profiles = Array.from({ length: offsets.length - 1 }, (_, i) =>
    indices.subarray(offsets[i], offsets[i + 1]),
  );
  return { profiles, weights: Array.from(weights) };
}

/** A key for a packed input (two 32-bit FNV-1a hashes of its words), so an order computed once is
 *  found again when the same matrix is shown again, even as a new object. */
export function clusterInputKey({ offsets, indices, weights }: PackedClusterInput): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (word: number) => {
    a = Math.imul(a ^ word, 0x01000193);
    b = Math.imul(b ^ word, 0x5bd1e995) ^ (b >>> 15);
  };
  for (const array of [
    offsets,
    indices,
    new Int32Array(weights.buffer, weights.byteOffset, weights.length * 2),
  ])
    for (const word of array) mix(word);
  return `${offsets.length - 1}:${indices.length}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
