// The page's way to lay a graph out: fcose in the layout worker (headless Cytoscape) when the browser
// allows one, else on the main thread; the ring and layered layouts directly, being cheap and pure.
// Positions are cached by job, so returning to a view or a layout shows it at once.
import type { GraphLook } from '../graph/graph-look.ts';
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

async function onMainThread(job: LayoutJob): Promise<PositionRecord> {
  const { runFcose } = await import('./fcose.ts');
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

/** Starts the layout worker and has it lay out a tiny graph, so that loading Cytoscape and compiling
 *  fcose are done before the first real layout is asked for. */
export function prewarmLayoutWorker(): void {
  if (worker !== undefined) return;
  const nodes = [
    { id: 'a', width: 20, height: 20 },
    { id: 'b', width: 20, height: 20 },
  ];
  void inWorker({
    nodes,
    edges: [{ source: 'a', target: 'b', length: 50, elasticity: 0.45 }],
    quality: 'proof',
    fixed: [],
  }).catch(() => undefined);
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
  { agencySection, centre }: LayoutContext,
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
  return remember(key, expandBlocks(toPositions(await inWorker(job)), blocks));
}
