// The workspace never ends blank: with no notice in view the notices list opens and the Manzhouli
// notice is one click away — stored again if it was deleted. Rename and Delete show without hovering.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { openPanel } from './workspace-helpers.ts';

const SEED_ROW = '.notice-row[data-notice="manzhouli-2014"]';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('with no notice in view', () => {
  it('opens the notices list and shows the Manzhouli notice in one click, even after it was deleted', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await openPanel(page, 'notices');
    expect(await page.isVisible(`${SEED_ROW} .notice-row-actions`)).toBe(true);

    // Unticked: the message, the list open, and one click back.
    await page.click(`${SEED_ROW} .notice-in-view`);
    await page.waitForSelector('.empty-scope');
    expect(await page.isVisible('.notices-panel')).toBe(true);
    expect(await page.textContent('.empty-scope-seed')).toBe('Show the Manzhouli notice');
    await page.screenshot({ path: new URL('empty-scope.png', SCREENSHOT_DIR).pathname });
    await page.click('.empty-scope-seed');
    await expect.poll(() => page.textContent('.notice-count[data-count="items"] dd')).toBe('77');

    // Deleted: the same button stores it again.
    await page.click(`${SEED_ROW} .notice-row-actions button:has-text("Delete")`);
    await page.click(`${SEED_ROW} .notice-confirm .is-danger`);
    await page.waitForSelector('.empty-scope');
    expect(await page.textContent('.empty-scope-seed')).toBe('Add the Manzhouli notice');
    await page.click('.empty-scope-seed');
    await expect.poll(() => page.textContent('.notice-count[data-count="items"] dd')).toBe('77');
    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('.notice-count[data-count="items"] dd')).toBe('77');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
