// Offline for real: after a first visit the service worker has the app, its workers and the font
// slices the page used; with the network gone a reload opens the app on the stored workspace, every
// view draws, and the Chinese text still has its font.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_IN_AUTOMATION } from '../../src/offline/register.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('opens the app and the workspace with no network after the first visit', async () => {
    const { page, errors } = await openApp(browser, {
      initScript: () => localStorage.setItem('fengong-atlas:offline-in-automation', 'on'),
    });
    // Installed (every file of the app cached), in control, and the page's font slices kept.
    expect(OFFLINE_IN_AUTOMATION).toBe('fengong-atlas:offline-in-automation');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const fontsKept = () =>
      page.evaluate(async () => {
        let fonts = 0;
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          fonts += (await cache.keys()).filter((r) => r.url.endsWith('.woff2')).length;
        }
        return fonts;
      });
    await expect.poll(fontsKept, { timeout: 15_000 }).toBeGreaterThan(0);

    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('.notice-count[data-count="items"] dd')).toBe('77');
    // The network view's layout worker and the ranking come from the cache too.
    await page.click('.view-tab[data-view="graph"]');
    await page.waitForSelector('.graph-view canvas, .graph-stage canvas', { timeout: 15_000 });
    await page.click('.view-tab[data-view="ranking"]');
    await page.waitForSelector('.ranking-view');
    const missingFont = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'error')
        .length;
    });
    expect(missingFont).toBe(0);
    await page.screenshot({ path: new URL('offline.png', SCREENSHOT_DIR).pathname });
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.context().close();
  });
});
