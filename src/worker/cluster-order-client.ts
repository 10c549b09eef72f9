// The page's way to a matrix's clustering order: in its own small Web Worker when the browser allows
// one, else on the main thread in slices that yield to the page between them. Orders are kept by their
// input, so showing the same matrix again (another tab, back to this order) shows it at once.
import type { ClusterInput } from '../graph/matrix.ts';
import { clusterOrderSteps } from '../graph/order.ts';
import {
  clusterInputKey,
  packClusterInput,
  unpackClusterInput,
  type ClusterOrderResponse,
  type PackedClusterInput,
} from './cluster-order-protocol.ts';
import { jobsOnWorker } from './jobs-on-worker.ts';

/** Time the page computes for before it lets the page answer: under a frame, so typing and scrolling
 *  stay smooth while a large order is worked out. */
const SLICE_MS = 12;
const CACHE_SIZE = 8;

const cache = new Map<string, Promise<number[]>>();
const settled = new Map<string, readonly number[]>();

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function onPage(packed: PackedClusterInput): Promise<number[]> {
  const { profiles, weights } = unpackClusterInput(packed);
  const steps = clusterOrderSteps(profiles, weights);
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since > SLICE_MS) {
      await pause();
      since = performance.now();
    }
  }
}

const compute = jobsOnWorker<PackedClusterInput, number[], Extract<ClusterOrderResponse, { ok: true }>>({
  start: () =>
    new Worker(new URL('./cluster-order.worker.ts', import.meta.url), {
      type: 'module',
      name: 'cluster-order',
    }),
  result: (answer) => Array.from(answer.order),
  onPage,
});

function remember(key: string, order: Promise<number[]>): Promise<number[]> {
  cache.set(key, order);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value as string;
    cache.delete(oldest);
    settled.delete(oldest);
  }
  order.then(
    (done) => cache.has(key) && settled.set(key, done),
    () => {
      cache.delete(key);
      settled.delete(key);
    },
  );
  return order;
}

/** A clustering order already computed for this input, if there is one: a view opens with it. */
export function knownClusterOrder(input: ClusterInput): readonly number[] | null {
  return settled.get(clusterInputKey(packClusterInput(input))) ?? null;
}

/** The clustering order of the rows (`orderByCluster`), computed off the main thread. */
export function clusterOrder(input: ClusterInput): Promise<readonly number[]> {
  const packed = packClusterInput(input);
  const key = clusterInputKey(packed);
  return cache.get(key) ?? remember(key, compute(packed));
}
