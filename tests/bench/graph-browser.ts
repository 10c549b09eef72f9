// For the graph benchmarks: build the app (and the panning and bare-Cytoscape pages) into a scratch folder, serve it on
// 127.0.0.1, and drive Debian's Chromium with playwright-core, as the browser tests do.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServedApp {
  /** The app's address, ending in `/`. */
  readonly url: string;
  readonly browser: Browser;
}

let built: Promise<string> | null = null;

/** One build per run of `npm run bench`, shared by the graph benchmarks, removed when the process ends. */
function buildOnce(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'fengong-bench-'));
    process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));
    const input = {
      index: join(root, 'index.html'),
      pan: join(root, 'tests/bench/graph-pan.html'),
      bare: join(root, 'tests/bench/seed-bare.html'),
    };
    await build({
      root,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input } },
    });
    return outDir;
  })();
  return built;
}

/** Serves the built app for `use`, then stops the server and the browser, whatever `use` does. */
export async function withServedApp<T>(use: (app: ServedApp) => Promise<T>): Promise<T> {
  const outDir = await buildOnce();
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const address = server.httpServer.address() as AddressInfo;
    return await use({ url: `http://127.0.0.1:${address.port}/`, browser });
  } finally {
    await browser.close();
    await server.close();
  }
}
