// The page the matrix benchmark runs in headless Chromium: it builds the synthetic workspace and its
// workloads (the data ready, untimed), then times what the app does when the matrix opens — the matrix
// data, the scene, the mark index and the first canvas paint — until the frame is on screen.
import { computeWorkload, type Workload } from '../../src/analysis/workload.ts';
import { agencyTaskMatrix, type ColumnMode } from '../../src/graph/matrix.ts';
import { sceneCharacters } from '../../src/graph/scene.ts';
import { matrixScene } from '../../src/graph/scenes/matrix-scene.ts';
import type { AgencyId, NoticeModel } from '../../src/notice/model.ts';
import { indexLayers, paintLayered } from '../../src/views/matrix/canvas-paint.ts';
import { syntheticMatrixModel } from './matrix-synthetic.ts';

export interface MatrixBenchRun {
  /** Matrix data, scene, index and paint, until the frame is presented. */
  readonly openMs: number;
  /** The same from matrix data ready: scene, index and paint. */
  readonly drawMs: number;
  readonly rows: number;
  readonly columns: number;
  readonly cells: number;
  /** JS heap in use after the run (Chromium's performance.memory, coarse), bytes. */
  readonly heapBytes: number;
}

const heapInUse = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

let data: { model: NoticeModel; workloads: ReadonlyMap<AgencyId, Workload> } | null = null;

function canvas(): { ctx: CanvasRenderingContext2D; width: number; height: number } {
  const element = document.getElementById('matrix') as HTMLCanvasElement;
  const width = window.innerWidth;
  const height = window.innerHeight;
  element.width = width;
  element.height = height;
  return { ctx: element.getContext('2d') as CanvasRenderingContext2D, width, height };
}

/** Two animation frames: the paint has been composited and presented. */
const presented = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function prepare(): Promise<{ agencies: number; items: number }> {
  const model = syntheticMatrixModel();
  data = { model, workloads: computeWorkload(model) };
  // The app loads the labels' glyphs before it paints them; so does the benchmark, untimed.
  const scene = matrixScene(agencyTaskMatrix(model, data.workloads, 'item'), 'load');
  await document.fonts.load(`13px 'Noto Sans SC'`, [...sceneCharacters(scene)].join(''));
  return { agencies: model.agencies.length, items: model.items.length };
}

async function open(mode: ColumnMode): Promise<MatrixBenchRun> {
  if (!data) throw new Error('prepare() first');
  const { ctx, width, height } = canvas();
  const start = performance.now();
  const matrix = agencyTaskMatrix(data.model, data.workloads, mode);
  const ready = performance.now();
  const scene = matrixScene(matrix, 'load');
  paintLayered(ctx, scene, indexLayers(scene), { scrollX: 0, scrollY: 0, width, height, pixelRatio: 1 });
  await presented();
  const end = performance.now();
  return {
    openMs: end - start,
    drawMs: end - ready,
    rows: matrix.rows.length,
    columns: matrix.columns.length,
    cells: matrix.cells.length,
    heapBytes: heapInUse(),
  };
}

/** Every mark of the scene painted at a tenth of its size: the whole matrix at once, not just a window. */
async function paintAll(mode: ColumnMode): Promise<number> {
  if (!data) throw new Error('prepare() first');
  const scene = matrixScene(agencyTaskMatrix(data.model, data.workloads, mode), 'load');
  const indexes = indexLayers(scene);
  const element = document.getElementById('matrix') as HTMLCanvasElement;
  const scale = 0.1;
  element.width = Math.ceil(scene.width * scale);
  element.height = Math.ceil(scene.height * scale);
  const ctx = element.getContext('2d') as CanvasRenderingContext2D;
  const start = performance.now();
  const view = { scrollX: 0, scrollY: 0, width: scene.width, height: scene.height, pixelRatio: scale };
  paintLayered(ctx, scene, indexes, view);
  await presented();
  return performance.now() - start;
}

/** Milliseconds to repaint the window at each of `steps` scroll positions across the matrix. */
function scrollFrames(mode: ColumnMode, steps: number): number[] {
  if (!data) throw new Error('prepare() first');
  const { ctx, width, height } = canvas();
  const scene = matrixScene(agencyTaskMatrix(data.model, data.workloads, mode), 'load');
  const indexes = indexLayers(scene);
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const scrollX = ((scene.width - width) * i) / steps;
    const scrollY = ((scene.height - height) * ((i * 7) % steps)) / steps;
    const start = performance.now();
    paintLayered(ctx, scene, indexes, { scrollX, scrollY, width, height, pixelRatio: 1 });
    // Reading one pixel waits for the drawing to be done, as showing the frame would.
    ctx.getImageData(0, 0, 1, 1);
    times.push(performance.now() - start);
  }
  return times;
}

const bench = { prepare, open, scrollFrames, paintAll };
export type MatrixBenchApi = typeof bench;
(window as unknown as { matrixBench: MatrixBenchApi }).matrixBench = bench;
