// The large-workspace matrix in headless Chromium: 500 agencies × 3,000 items (and the same by 240
// tasks) opened on a canvas, from data ready to the frame on screen, median of several runs; and the
// repaint of one scrolled frame. The page is bundled from tests/bench/matrix-bench-page.ts with Vite and
// served from 127.0.0.1 with the app's Chinese font, so glyphs are drawn as in the app.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';
import type { Benchmark, BenchRow } from './benchmark.ts';
import type { MatrixBenchApi, MatrixBenchRun } from './matrix-bench-page.ts';
import { median } from './measure.ts';
import { MATRIX_OPEN_TARGET, SCROLL_FRAME_TARGET } from './matrix-targets.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FONT_DIR = join(ROOT, 'node_modules/@fontsource/noto-sans-sc/');
const RUNS = 7;
const WARMUP = 2;

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="/font/400.css"><link rel="stylesheet" href="/font/600.css">
<style>html,body{margin:0;overflow:hidden}canvas{display:block}</style></head>
<body><canvas id="matrix"></canvas><script src="/bench.js"></script></body></html>`;

async function bundlePage(): Promise<string> {
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'tests/bench/matrix-bench-page.ts'), formats: ['iife'], name: 'MatrixBench' },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  const chunk = output.output.find((c): c is Rollup.OutputChunk => c.type === 'chunk');
  if (!chunk) throw new Error('The benchmark page did not bundle.');
  return chunk.code;
}

const TYPES: Record<string, string> = { '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

function serve(script: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = (type: string, body: string | Buffer) =>
      response.writeHead(200, { 'content-type': type }).end(body);
    if (path === '/') return send('text/html; charset=utf-8', PAGE);
    if (path === '/bench.js') return send('text/javascript; charset=utf-8', script);
    const file = normalize(join(FONT_DIR, path.replace(/^\/font\//, '')));
    if (!path.startsWith('/font/') || !file.startsWith(FONT_DIR)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) => send(TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type BenchWindow = Window & { matrixBench: MatrixBenchApi };

/** Every run, the first (cold: nothing compiled yet, as when a user first opens the view) included. */
async function timeOpen(page: Page, mode: 'item' | 'task'): Promise<MatrixBenchRun[]> {
  const runs: MatrixBenchRun[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++)
    runs.push(await page.evaluate((m) => (window as unknown as BenchWindow).matrixBench.open(m), mode));
  return runs;
}

function row(
  name: string,
  input: string,
  times: readonly number[],
  target: BenchRow['target'],
  heap = 0,
): BenchRow {
  const ms = median(times);
  return {
    benchmark: name,
    input,
    runs: times.length,
    medianMs: ms,
    value: ms,
    unit: 'ms',
    peakHeapBytes: heap,
    target,
  };
}

async function paintAll(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const ms = await page.evaluate(() => (window as unknown as BenchWindow).matrixBench.paintAll('item'));
    if (i >= WARMUP) times.push(ms);
  }
  return times;
}

async function measure(page: Page): Promise<BenchRow[]> {
  const size = await page.evaluate(() => (window as unknown as BenchWindow).matrixBench.prepare());
  const rows: BenchRow[] = [];
  for (const mode of ['item', 'task'] as const) {
    const all = await timeOpen(page, mode);
    const first = all[0] as MatrixBenchRun;
    const runs = all.slice(WARMUP);
    const input = `${size.agencies} agencies × ${first.columns} ${mode}s (${first.cells} cells)`;
    const heap = Math.max(...runs.map((r) => r.heapBytes));
    if (mode === 'item')
      rows.push(row('matrix-open-cold', input, [first.openMs], MATRIX_OPEN_TARGET, first.heapBytes));
    rows.push(
      row(
        'matrix-open',
        input,
        runs.map((r) => r.openMs),
        MATRIX_OPEN_TARGET,
        heap,
      ),
    );
    rows.push(
      row(
        'matrix-draw',
        input,
        runs.map((r) => r.drawMs),
        MATRIX_OPEN_TARGET,
        heap,
      ),
    );
  }
  const whole = `every mark of ${size.agencies} agencies × ${size.items} items, at 1:10`;
  rows.push(row('matrix-paint-all', whole, await paintAll(page), MATRIX_OPEN_TARGET));
  const frames = await page.evaluate(() =>
    (window as unknown as BenchWindow).matrixBench.scrollFrames('item', 60),
  );
  const scrolled = `${size.agencies} agencies × ${size.items} items, 60 positions`;
  rows.push(row('matrix-scroll-frame', scrolled, frames, SCROLL_FRAME_TARGET));
  return rows;
}

export const matrixCanvas: Benchmark = {
  name: 'matrix-canvas',
  async run() {
    const server = await serve(await bundlePage());
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => 'matrixBench' in window);
      return await measure(page);
    } finally {
      await browser.close();
      server.close();
    }
  },
};
