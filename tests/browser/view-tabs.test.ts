// The view tabs on a laptop: nine English labels and the bar's actions did not fit in 1280–1366 px, and
// the help and language buttons ran off the window. The tabs that do not fit now go behind More, which
// names the current view when that view is behind it; with room, every tab shows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const view = (page: Page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('view'));

/** The bar fits the window, and its last control (the language switch) is inside it. */
async function barFits(page: Page, width: number): Promise<void> {
  const bar = await page
    .locator('.top-bar')
    .evaluate((b) => ({ scroll: b.scrollWidth, client: b.clientWidth }));
  expect(bar.scroll).toBe(bar.client);
  const lang = await page.locator('.lang-switch').boundingBox();
  expect((lang?.x ?? Infinity) + (lang?.width ?? 0)).toBeLessThanOrEqual(width);
}

it('puts the views that do not fit behind More in English at 1280 px, and opens them from there', async () => {
  const { page, errors } = await openApp(browser, {
    view: 'ranking',
    lang: 'en',
    viewport: { width: 1280, height: 800 },
  });
  await barFits(page, 1280);
  const more = page.locator('.view-more-button');
  expect(await more.textContent()).toBe('More');
  const shown = await page.locator('.view-tabs .view-tab').count();
  expect(shown).toBeGreaterThanOrEqual(4);
  expect(shown).toBeLessThan(9);

  await more.click();
  const items = page.locator('.view-more-menu [role="menuitemradio"]');
  expect(await items.count()).toBe(9 - shown);
  expect(await items.last().textContent()).toBe('Deadlines');
  await items.last().click();
  await expect.poll(() => view(page)).toBe('deadlines');
  await page.waitForSelector('.view-more-menu', { state: 'detached' });
  // The current view, behind More, is named on it and marked as current.
  expect(await more.textContent()).toBe('Deadlines');
  expect(await more.getAttribute('class')).toContain('is-current');
  await barFits(page, 1280);

  // The keyboard: Home opens the first view from the More button; End goes back to the last.
  await more.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => view(page)).toBe('graph');
  await page.keyboard.press('End');
  await expect.poll(() => view(page)).toBe('deadlines');
  expect(await page.evaluate(() => document.activeElement?.className)).toContain('view-more-button');
  // Arrow down opens the menu on the current view; Escape closes it and returns to the button.
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-checked')))
    .toBe('true');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.view-more-menu', { state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.className)).toContain('view-more-button');
  // Enter on an item opens its view and hands the keyboard back to the bar, not to the page's body.
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector('.view-more-menu');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.view-more-menu', { state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.closest('.view-strip') !== null)).toBe(true);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('closes the menu when More goes away, and measures the tabs again past the 1600 px breakpoint', async () => {
  const { page, errors } = await openApp(browser, {
    view: 'graph',
    lang: 'en',
    viewport: { width: 1280, height: 800 },
  });
  await page.click('.view-more-button');
  await page.waitForSelector('.view-more-menu');
  // Wide enough for every tab (and larger type): More and its menu go.
  await page.setViewportSize({ width: 1700, height: 800 });
  await page.waitForSelector('.view-more-button', { state: 'detached' });
  expect(await page.locator('.view-tabs .view-tab').count()).toBe(9);
  await barFits(page, 1700);
  // Narrow again: More is back, its menu shut until asked for, and the bar fits in the smaller type.
  await page.setViewportSize({ width: 1440, height: 800 });
  await barFits(page, 1440);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForSelector('.view-more-button');
  expect(await page.locator('.view-more-menu').count()).toBe(0);
  await barFits(page, 1280);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('shows every view when there is room, in either language', async () => {
  for (const [lang, width] of [
    ['en', 1600],
    ['zh', 1280],
  ] as const) {
    const { page, errors } = await openApp(browser, {
      view: 'graph',
      lang,
      viewport: { width, height: 800 },
    });
    expect(await page.locator('.view-tabs .view-tab').count()).toBe(9);
    expect(await page.locator('.view-more-button').count()).toBe(0);
    await barFits(page, width);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

it('follows the language: switching to English at 1366 px moves views behind More, back to Chinese shows them all', async () => {
  const { page, errors } = await openApp(browser, {
    view: 'graph',
    lang: 'zh',
    viewport: { width: 1366, height: 800 },
  });
  expect(await page.locator('.view-more-button').count()).toBe(0);
  await page.click('.lang-choice:has-text("English")');
  await page.waitForSelector('.view-more-button');
  await barFits(page, 1366);
  await page.click('.lang-choice:has-text("中文")');
  await page.waitForSelector('.view-more-button', { state: 'detached' });
  expect(await page.locator('.view-tabs .view-tab').count()).toBe(9);
  expect(errors).toEqual([]);
  await page.context().close();
});
