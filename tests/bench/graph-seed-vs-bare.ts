// The app's first network against a bare page (issue #16): navigation to the seed network drawn, in the
// built app and in a page that only draws the same 74 nodes and 269 edges with Cytoscape and fcose.
// Both are timed the same way (the `graph-drawn` mark: layout done, elements rendered, a frame
// painted), each run in a fresh browser context (nothing cached), the two pages alternating in one
// run so that the machine's load falls on both alike. The ratio of the medians is the figure.
import type { Page } from 'playwright-core';
import type { Benchmark, BenchRow } from './benchmark.ts';
import { withServedApp, type ServedApp } from './graph-browser.ts';
import { median } from './measure.ts';
import { seedGraph, type BareGraph } from './seed-graph.ts';

const RUNS = 9;
/** Issue #16: the app draws its first network within 1.15× of the bare page. */
export const SEED_VS_BARE_TARGET = 1.15;

async function timeDrawn(
  { url, browser }: ServedApp,
  path: string,
  drawn: string,
  graph: BareGraph,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript((g) => {
      (window as unknown as { seedGraph: unknown }).seedGraph = g;
    }, graph);
    const page: Page = await context.newPage();
    await page.goto(`${url}${path}`);
    await page.waitForSelector(drawn, { timeout: 60_000 });
    return await page.evaluate(() => performance.getEntriesByName('graph-drawn')[0]?.startTime ?? NaN);
  } finally {
    await context.close();
  }
}

/** Each page's times, warm-up runs dropped, the order of the two swapped every round. */
export async function seedVsBare(app: ServedApp, runs = RUNS): Promise<{ app: number[]; bare: number[] }> {
  const graph = seedGraph();
  const times = { app: [] as number[], bare: [] as number[] };
  const appRun = () => timeDrawn(app, '#view=graph', '.graph-canvas:not([data-drawn=""])', graph);
  const bareRun = () => timeDrawn(app, 'tests/bench/seed-bare.html', '#graph[data-drawn]', graph);
  for (let i = 0; i <= runs; i++) {
    const order = i % 2 === 0 ? ([appRun, bareRun] as const) : ([bareRun, appRun] as const);
    const [first, second] = [await order[0](), await order[1]()];
    const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
    if (i === 0) continue; // warm-up: the server's and the browser's first files
    times.app.push(a);
    times.bare.push(b);
  }
  return times;
}

const spread = (values: readonly number[]) =>
  `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))} ms`;

export const graphSeedVsBare: Benchmark = {
  name: 'graph-seed-vs-bare',
  run: () =>
    withServedApp(async (app): Promise<BenchRow[]> => {
      const times = await seedVsBare(app);
      const appMs = median(times.app);
      const bareMs = median(times.bare);
      process.stderr.write(
        `  app ${Math.round(appMs)} ms (${spread(times.app)}), bare ${Math.round(bareMs)} ms (${spread(times.bare)})\n`,
      );
      const row = (input: string, ms: number): BenchRow => ({
        benchmark: 'graph-seed-vs-bare',
        input,
        runs: times.app.length,
        medianMs: ms,
        value: Math.round(ms),
        unit: 'ms',
        peakHeapBytes: 0,
        target: null,
      });
      return [
        row('bare Cytoscape + fcose page, same 74 nodes / 269 edges, navigation → drawn', bareMs),
        row('the app, seed network, navigation → drawn', appMs),
        {
          benchmark: 'graph-seed-vs-bare',
          input: `app ÷ bare page = ${(appMs / bareMs).toFixed(2)} (medians of one interleaved run)`,
          runs: times.app.length,
          medianMs: appMs,
          value: Math.round((appMs / bareMs) * 100) / 100,
          unit: '×',
          peakHeapBytes: 0,
          target: { max: SEED_VS_BARE_TARGET, label: `≤ ${SEED_VS_BARE_TARGET}×` },
        },
      ];
    }),
};
