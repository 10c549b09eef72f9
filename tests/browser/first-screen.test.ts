// The first screen is never blank (issue #16): index.html alone paints the notice's title and an outline
// skeleton, before any script has arrived; the app keeps a title on screen from then until the network
// is drawn, and the next visit paints the title of what it last showed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, VIEWPORT } from './app.ts';

const SEED_TITLE =
  '内蒙古自治区人民政府办公厅关于印发《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案的通知';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Records, from the page's first moment, any time the document holds no title at all. */
function watchTitles(): void {
  const scope = window as unknown as { titleGaps: number; titleSeen: boolean };
  scope.titleGaps = 0;
  scope.titleSeen = false;
  new MutationObserver(() => {
    const shown = document.querySelector('.first-title, .notice-title, .scope-header .notice-title');
    if (shown) scope.titleSeen = true;
    else if (scope.titleSeen) scope.titleGaps += 1;
  }).observe(document, { childList: true, subtree: true });
}

it('paints the title and the outline skeleton before any script runs, and never goes blank', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(watchTitles);
  const page = await context.newPage();
  // Hold every script back: what shows meanwhile is index.html's own.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${inject('appUrl')}`, { waitUntil: 'commit' });
  await page.waitForSelector('.first-title');
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length))
    .toBe(1);
  expect((await page.textContent('.first-title'))?.trim()).toBe(SEED_TITLE);
  expect(await page.$$eval('.first-outline li', (items) => items.length)).toBeGreaterThan(8);
  expect(await page.evaluate(() => document.querySelector('.graph-canvas'))).toBeNull();
  await page.screenshot({ path: new URL('first-screen.png', SCREENSHOT_DIR).pathname });

  release();
  await page.waitForSelector('.graph-canvas:not([data-drawn=""])', { timeout: 60_000 });
  expect((await page.textContent('.notice-title'))?.trim()).toBe(SEED_TITLE);
  expect(await page.evaluate(() => (window as unknown as { titleGaps: number }).titleGaps)).toBe(0);
  await context.close();
});

it('paints the title of the notice last shown on the next visit, then the one in view', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}`);
  await page.waitForSelector('.graph-canvas:not([data-drawn=""])', { timeout: 60_000 });
  // Once drawn, the app remembers the title for the next first screen.
  expect(await page.evaluate(() => localStorage.getItem('fengong-atlas:first-screen-title'))).toBe(
    SEED_TITLE,
  );
  // A title another notice left behind: the first screen shows it until the app has read the workspace.
  await page.evaluate(() => localStorage.setItem('fengong-atlas:first-screen-title', '另一份通知'));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { firstTitles: string[] }).firstTitles = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.first-title')?.textContent?.trim();
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await page.waitForSelector('.graph-canvas:not([data-drawn=""])', { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { firstTitles: string[] }).firstTitles)).toContain(
    '另一份通知',
  );
  expect((await page.textContent('.notice-title'))?.trim()).toBe(SEED_TITLE);
  expect(await page.evaluate(() => localStorage.getItem('fengong-atlas:first-screen-title'))).toBe(
    SEED_TITLE,
  );
  await context.close();
});
