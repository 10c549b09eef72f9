// Every popover, menu and dialog stays inside the window on the screens the app is laid out for (1280,
// 1440 and 1920 px wide): the network's filters (opened from near the bar's right end, they ran off a
// 1440 px screen) and search results in each network, the export, shortcuts and import dialogs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from './app.ts';
import { openGraph, waitForDrawn } from './graph-app.ts';

const WIDTHS = [1280, 1440, 1920] as const;
const HEIGHT = 800;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Fails naming the element and where it runs out, unless its box lies wholly inside the window. */
async function expectInWindow(page: Page, selector: string, what: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  expect(box, `${what}: not shown`).not.toBeNull();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const edges = { left: box!.x, top: box!.y, right: box!.x + box!.width, bottom: box!.y + box!.height };
  expect(edges.left, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(edges.top, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(edges.right, `${what}: right edge`).toBeLessThanOrEqual(width);
  expect(edges.bottom, `${what}: bottom edge`).toBeLessThanOrEqual(height);
}

describe.each(WIDTHS)('at %i px wide', (width) => {
  it('keeps the network’s filters and search results inside the window, in every network', async () => {
    const { page, errors } = await openGraph(browser, '', { viewport: { width, height: HEIGHT } });
    for (const mode of ['tasks', 'coordination', 'ego'] as const) {
      if (mode !== 'tasks') {
        await page.click(`.graph-modes [data-mode="${mode}"]`);
        if (mode === 'coordination') await waitForDrawn(page, 'coordination fcose');
      }
      await page.click('.graph-filters > button');
      await page.waitForSelector('.graph-filter-panel');
      await expectInWindow(page, '.graph-filter-panel', `filters, ${mode} network`);
      if (mode === 'tasks')
        await page.screenshot({ path: `${SCREENSHOT_DIR.pathname}/popover-filters-${width}.png` });
      // Every part of the panel can still be reached: what does not fit scrolls.
      await page.locator('.graph-filter-panel button:text("清除筛选")').scrollIntoViewIfNeeded();
      await page.click('.graph-filters > button');
      await page.waitForSelector('.graph-filter-panel', { state: 'detached' });

      await page.fill('.graph-search input', 'swt');
      await page.waitForSelector('.graph-search-hits li');
      await expectInWindow(page, '.graph-search-hits', `search results, ${mode} network`);
      await page.fill('.graph-search input', '');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the export, shortcuts and import dialogs inside the window', async () => {
    const { page, errors } = await openGraph(browser, '', { viewport: { width, height: HEIGHT } });
    await page.click('.export-open');
    await page.waitForSelector('.export-dialog[open]');
    await expectInWindow(page, '.export-dialog', 'export dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-dialog', { state: 'detached' });

    await page.click('.shortcuts-button');
    await page.waitForSelector('.shortcuts-dialog[open]');
    await expectInWindow(page, '.shortcuts-dialog', 'shortcuts dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.shortcuts-dialog[open]', { state: 'detached' });

    await page.click('.import-open');
    await page.waitForSelector('.import-dialog[open]');
    await expectInWindow(page, '.import-dialog', 'import dialog');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
