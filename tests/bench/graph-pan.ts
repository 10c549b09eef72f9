// Panning a synthetic network of 2,000 agencies and 20,000 links in headless Chromium (no GPU): the
// median time between redraws while the mouse drags the background (the median of three drags, each of
// 300 moves sent as fast as the browser takes them, faster than it can draw), with the large-graph
// viewport options the app picks (a texture while moving, edges hidden meanwhile) and, for comparison,
// without them. Also reports how long the worker took to lay the network out.
import type { Page } from 'playwright-core';
import type { Benchmark, BenchRow } from './benchmark.ts';
import { withServedApp } from './graph-browser.ts';
import type { PanBenchWindow } from './graph-pan-page.ts';
import { PAN_FRAME_TARGET_MS } from './graph-targets.ts';
import { median } from './measure.ts';

const DRAGS = 3;
const INPUT = '2,000 agencies, 20,000 links';

/** One drag from the graph's left margin (background, never a node), swinging 300 px to and fro. */
async function dragFrames(page: Page): Promise<number[]> {
  const start = { x: 14, y: 450 };
  await page.mouse.move(start.x, start.y);
  await page.evaluate(() => {
    const scope = window as unknown as PanBenchWindow & { stopFrames?: () => number[] };
    scope.stopFrames = scope.recordFrames?.();
  });
  await page.mouse.down();
  for (let i = 1; i <= 300; i++)
    await page.mouse.move(start.x + 300 * Math.sin(i / 48), start.y + 120 * Math.sin(i / 69));
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as { stopFrames: () => number[] }).stopFrames());
}

async function panRun(page: Page, url: string): Promise<{ frames: number[]; layoutMs: number }> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as PanBenchWindow).graphBench !== undefined,
    undefined,
    {
      timeout: 120_000,
    },
  );
  const layoutMs = await page.evaluate(
    () => (window as unknown as PanBenchWindow).graphBench?.layoutMs ?? NaN,
  );
  const frames: number[] = [];
  for (let i = 0; i < DRAGS; i++) frames.push(median(await dragFrames(page)));
  return { frames, layoutMs };
}

function row(name: string, input: string, frames: number[], target: boolean): BenchRow {
  const ms = median(frames);
  return {
    benchmark: name,
    input,
    runs: frames.length,
    medianMs: ms,
    value: 1000 / ms,
    unit: 'fps',
    peakHeapBytes: 0,
    target: target ? { min: 1000 / PAN_FRAME_TARGET_MS, label: `frame ≤ ${PAN_FRAME_TARGET_MS} ms` } : null,
  };
}

export const graphPan: Benchmark = {
  name: 'graph-pan',
  run: () =>
    withServedApp(async ({ url, browser }): Promise<BenchRow[]> => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const tuned = await panRun(page, `${url}tests/bench/graph-pan.html`);
      const plain = await panRun(page, `${url}tests/bench/graph-pan.html?plain`);
      await context.close();
      return [
        row('graph-pan', `${INPUT}, texture while panning`, tuned.frames, true),
        row('graph-pan-plain', `${INPUT}, every frame drawn (reference)`, plain.frames, false),
        {
          benchmark: 'graph-layout',
          input: `${INPUT}, fcose (draft) in the layout worker`,
          runs: 1,
          medianMs: tuned.layoutMs,
          value: 2000 / (tuned.layoutMs / 1000),
          unit: 'nodes/s',
          peakHeapBytes: 0,
          target: null,
        },
      ];
    }),
};
