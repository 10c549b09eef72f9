// The page's way to a matrix's clustering order: in its own small Web Worker when the browser allows
// one, else on the main thread in slices that yield to the page between them. Orders are kept by their
// input, so showing the same matrix again (another tab, back to this order) shows it at once.
import type { ClusterInput } from '../graph/matrix.ts';
import { clusterOrderSteps } from '../graph/order.ts';
import {
  clusterInputKey,
  packClusterInput,
  unpackClusterInput,
  type ClusterOrderRequest,
  type ClusterOrderResponse,
  type PackedClusterInput,
} from './cluster-order-protocol.ts';

interface Pending {
  readonly input: PackedClusterInput;
  resolve(order: number[]): void;
  reject(error: Error): void;
}

/** Time the page computes for before it lets the page answer: under a frame, so typing and scrolling
 *  stay smooth while a large order is worked out. */
const SLICE_MS = 12;
const CACHE_SIZE = 8;

const cache = new Map<string, Promise<number[]>>();
const settled = new Map<string, readonly number[]>();
const pending = new Map<number, Pending>();
let worker: Worker | null | undefined;
let nextId = 1;

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

function abandonWorker(): void {
  worker?.terminate();
  worker = null;
  const jobs = [...pending.values()];
  pending.clear();
  // A worker that dies mid-job hands its jobs to the page rather than leave the rows unordered.
  for (const job of jobs) onPage(job.input).then(job.resolve, job.reject);
}

function orderWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./cluster-order.worker.ts', import.meta.url), {
      type: 'module',
      name: 'cluster-order',
    });
    worker.addEventListener('message', ({ data }: MessageEvent<ClusterOrderResponse>) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (data.ok) job?.resolve(Array.from(data.order));
      else job?.reject(new Error(data.error));
    });
    worker.addEventListener('error', abandonWorker);
    worker.addEventListener('messageerror', abandonWorker);
  } catch {
    worker = null;
  }
  return worker;
}

function compute(packed: PackedClusterInput): Promise<number[]> {
  const target = orderWorker();
  if (!target) return onPage(packed);
  const id = nextId++;
  const request: ClusterOrderRequest = { id, input: packed };
  return new Promise<number[]>((resolve, reject) => {
    pending.set(id, { input: packed, resolve, reject });
    // Copied, not transferred: if the worker dies, the page still has the input to work from.
    target.postMessage(request);
  });
}

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
