// The address keeps the view and the selection: a reload returns the user where they were.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the address', () => {
  it('keeps the selected item across a reload', async () => {
    const { page } = await openApp(browser);
    await page.locator('.outline-entry[data-item="manzhouli-2014/item-40"] button').click();
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(window.location.hash)))
      .toContain('sel=item:manzhouli-2014/item-40');
    expect(await page.evaluate(() => window.location.hash)).toContain('view=outline');

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    await page.waitForSelector('.outline-entry.is-selected');
    expect(await page.getAttribute('.outline-entry.is-selected', 'data-item')).toBe('manzhouli-2014/item-40');
    expect(
      await page.$$eval(
        '.source-text .is-selected[data-item="manzhouli-2014/item-40"]',
        (nodes) => nodes.length,
      ),
    ).toBeGreaterThan(0);
    await page.context().close();
  });
});
