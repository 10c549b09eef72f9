// The app as the import benchmark drives it: built into a temporary folder, served on 127.0.0.1, opened in
// headless Chromium with an observer of long main-thread tasks installed before the app's own scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServedApp {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function serveApp(): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'fengong-bench-'));
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, sourcemap: false, emptyOutDir: true, minify: process.env.NOMINIFY ? false : undefined },
  });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    /** Long tasks (over 50 ms, as Chromium reports them) seen so far: start and duration, ms. */
    __longTasks: { start: number; duration: number }[];
  }
}

/** Installed before the app: every long task the page runs from its first script on. */
function observeLongTasks(): void {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export async function openPage(app: ServedApp): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForSelector('.app[data-status="ready"]', { timeout: 60_000 });
  await settle(page);
  return page;
}

/** Waits until the page has run no long task for `quietMs`: the app has drawn its first screen (the
 *  network's layout and first paint come after `ready`), so what is measured next is not start-up. */
export async function settle(page: Page, quietMs = 1000): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const last = window.__longTasks.at(-1);
      return performance.now() - (last ? last.start + last.duration : 0) >= quiet;
    },
    quietMs,
    { timeout: 30_000, polling: 100 },
  );
}

/** The long tasks that started at or after `since` (page time, ms). */
export function longTasksSince(page: Page, since: number): Promise<{ start: number; duration: number }[]> {
  return page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), since);
}
