// The page's way to lay a graph out: fcose on the page for a graph of a few hundred nodes (the page
// has Cytoscape already, and a worker would load a second copy of it, 170 KB gzipped, before it could
// start), in the layout worker (headless Cytoscape) for larger ones, when the browser allows one; the
// ring and layered layouts directly, being cheap and pure. Positions are cached by job, so returning
// to a view or a layout shows it at once.
import type { GraphLook } from '../graph/look.ts';
import { layeredLayout } from './layered.ts';
import { circleLayout, concentricLayout } from './rings.ts';
import { bodyPositions, layoutInput, type LayoutName, type Point, type Positions } from './layout-input.ts';
import type { GraphData } from '../graph/network.ts';
import type { LayoutRequest, LayoutResponse } from '../worker/layout.worker.ts';
import { expandBlocks } from './blocks.ts';
import { jobKey, prepareLayout, type LayoutJob, type PositionRecord } from './layout-job.ts';

interface Pending {
  resolve(positions: PositionRecord): void;
  reject(error: Error): void;
}

const cache = new Map<string, Positions>();
const CACHE_SIZE = 24;
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** Up to this many nodes (sections count as one block each) fcose runs on the page: about 0.3 s at
 *  150 nodes, less than loading and starting the worker takes; the seed's network has about 50. */
export const PAGE_LAYOUT_MAX_NODES = 200;

let fcoseModule: Promise<typeof import('./fcose.ts')> | null = null;
const loadFcose = () => (fcoseModule ??= import('./fcose.ts'));

async function onMainThread(job: LayoutJob): Promise<PositionRecord> {
  const { runFcose } = await loadFcose();
  return runFcose(job);
}

function abandonWorker(): void {
  worker?.terminate();
  worker = null;
  const jobs = [...pending.values()];
  pending.clear();
  jobs.forEach((job) => job.reject(new Error('The layout worker stopped.')));
}

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('../worker/layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'graph-layout',
    });
    worker.addEventListener('message', ({ data }: MessageEvent<LayoutResponse>) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (data.ok) job?.resolve(data.positions);
      else job?.reject(new Error(data.error));
    });
    worker.addEventListener('error', abandonWorker);
  } catch {
    worker = null;
  }
  return worker;
}

function inWorker(job: LayoutJob): Promise<PositionRecord> {
  const target = layoutWorker();
  if (!target) return onMainThread(job);
  const id = nextId++;
  const request: LayoutRequest = { id, job };
  return new Promise<PositionRecord>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage(request);
  }).catch(() => onMainThread(job)); // A worker that dies mid-job hands it on rather than leave the view blank.
}

function layOut(job: LayoutJob, offPage: boolean): Promise<PositionRecord> {
  return job.nodes.length <= PAGE_LAYOUT_MAX_NODES && !offPage ? onMainThread(job) : inWorker(job);
}

/** Starts loading fcose while the notice is still being read, so the first layout does not wait for it. */
export function prewarmLayout(): void {
  void loadFcose().catch(() => (fcoseModule = null));
}

function toPositions(record: PositionRecord): Positions {
  return new Map(Object.entries(record).map(([id, [x, y]]): [string, Point] => [id, { x, y }]));
}

function remember(key: string, positions: Positions): Positions {
  cache.delete(key);
  cache.set(key, positions);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return positions;
}

/** Positions for every leaf node of `graph` under `name`; the same graph always gets the same ones. */
export interface LayoutContext {
  /** The section each agency works in most: ring layouts keep an area's agencies together. */
  readonly agencySection: ReadonlyMap<string, number>;
  /** A node to hold in the middle (an ego view's agency). */
  readonly centre: string | null;
  /** Lay out in the worker whatever the size: a picture folded from a large notice (issue #15) is
   *  small, but fcose still takes half a second on it, while the page has the large notice's other
   *  views to build. */
  readonly offPage?: boolean;
}

export async function computeLayout(
  name: LayoutName,
  graph: GraphData,
  look: GraphLook,
  context: LayoutContext,
): Promise<Positions> {
  return bodyPositions(await footprintCentres(name, graph, look, context), look);
}

async function footprintCentres(
  name: LayoutName,
  graph: GraphData,
  look: GraphLook,
  { agencySection, centre, offPage = false }: LayoutContext,
): Promise<Positions> {
  if (name !== 'fcose') {
    const input = layoutInput(graph, look, agencySection);
    if (name === 'layered') return layeredLayout(input);
    return name === 'circle' ? circleLayout(input) : concentricLayout(input);
  }
  const { job, blocks } = prepareLayout(graph, look, centre);
  const key = jobKey(job);
  const cached = cache.get(key);
  if (cached) return remember(key, cached);
  return remember(key, expandBlocks(toPositions(await layOut(job, offPage)), blocks));
}

/** Positions for a force-layout job built elsewhere (the comparison's change network): fcose on the
 *  page or in the worker as for any graph, cached by job. */
export async function jobLayout(job: LayoutJob): Promise<Positions> {
  const key = jobKey(job);
  const cached = cache.get(key);
  if (cached) return remember(key, cached);
  return remember(key, toPositions(await layOut(job, false)));
}
