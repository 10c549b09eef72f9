// What a first visit downloads, as Chromium reports it: the built app served on 127.0.0.1, opened in a
// fresh browser context (nothing cached), every request of the page and of its workers recorded until
// the seed network is drawn and the network has been quiet for a while. Each file is sized as served
// and gzipped (level 9, what a server's compression would send); fonts are counted apart (WOFF2 is
// compressed already). Automated browsers get no service worker (src/offline/register.ts), so its
// background copy of the whole app, made once after the page has loaded, is not in these figures.
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type FileKind = 'js' | 'worker' | 'css' | 'font' | 'html' | 'other';

export interface Downloaded {
  readonly path: string;
  readonly kind: FileKind;
  /** Bytes as served (the preview server does not compress). */
  readonly bytes: number;
  readonly gzip: number;
  /** What Chromium says it received for the body. */
  readonly received: number;
}

function kindOf(path: string, resourceType: string, workers: ReadonlySet<string>): FileKind {
  if (/\.woff2?$|\.ttf$|\.otf$/.test(path)) return 'font';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.html') || path === '/' || path === '') return 'html';
  if (path.endsWith('.js')) return workers.has(path) || /\.worker-/.test(path) ? 'worker' : 'js';
  return resourceType === 'script' ? 'js' : 'other';
}

/** Opens the app served from `outDir` and lists what it downloaded until the network is drawn. */
export async function firstVisit(outDir: string, quietMs = 1500): Promise<readonly Downloaded[]> {
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { port } = server.httpServer.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const seen = new Map<string, { resourceType: string; received: number }>();
    const workers = new Set<string>();
    page.on('worker', (worker) => workers.add(new URL(worker.url()).pathname));
    context.on('requestfinished', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) return;
      void request.sizes().then(
        (sizes) =>
          seen.set(url.pathname, { resourceType: request.resourceType(), received: sizes.responseBodySize }),
        () => seen.set(url.pathname, { resourceType: request.resourceType(), received: NaN }),
      );
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector('.graph-canvas:not([data-drawn=""])', { timeout: 60_000 });
    // Quiet: no new request for `quietMs` (lazy parts the first screen asks for after drawing count too).
    for (let count = -1; count !== seen.size;) {
      count = seen.size;
      await page.waitForTimeout(quietMs);
    }
    await context.close();
    return [...seen].map(([path, { resourceType, received }]) => {
      const file = join(outDir, path === '/' ? 'index.html' : decodeURIComponent(path));
      const body = readFileSync(file);
      return {
        path,
        kind: kindOf(path, resourceType, workers),
        bytes: statSync(file).size,
        gzip: gzipSync(body, { level: 9 }).length,
        received,
      };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
