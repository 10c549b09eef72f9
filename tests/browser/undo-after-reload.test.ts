// "Undo last" survives a reload: the stored corrections are the history, so after a reload it is still
// offered, takes back the most recent correction, and then the one before — across notices too, in the
// order they were made, not the order the notices are in view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { closeImport, gbkFile, importFiles, inspectAgency, openPanel } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const corrections = (page: Page) => page.locator('.correction .correction-text').allTextContents();
const agencies = (page: Page) => page.textContent('.notice-count[data-count="agencies"] dd');

describe('undo after a reload', () => {
  it('undoes two corrections one after the other, newest first, after the page is reloaded', async () => {
    const { page, errors } = await openApp(browser);
    await inspectAgency(page, '满洲里海关');
    await page.fill('#rename-agency', '满洲里海关（口岸）');
    await page.click('.rename-form button[type="submit"]');
    await page.waitForSelector('.agency-inspector[data-agency="ag:满洲里海关（口岸）"]');
    await inspectAgency(page, '自治区外事办');
    await page.fill('#merge-agency', '自治区贸促会');
    await page.click('.merge-form button[type="submit"]');
    await expect
      .poll(() => corrections(page))
      .toEqual(['将 自治区贸促会 合并到 自治区外事办', '将 满洲里海关 改名为 满洲里海关（口岸）']);
    expect(await agencies(page)).toBe('44');

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    await openPanel(page, 'inspector');
    await expect.poll(() => corrections(page)).toHaveLength(2);
    await page.locator('.inspector-corrections').screenshot({
      path: `${SCREENSHOT_DIR.pathname}/undo-after-reload.png`,
    });

    await page.click('.undo-last');
    await expect.poll(() => corrections(page)).toEqual(['将 满洲里海关 改名为 满洲里海关（口岸）']);
    expect(await agencies(page)).toBe('45');
    await page.click('.undo-last');
    await expect.poll(() => corrections(page)).toEqual([]);
    expect(await page.locator('.undo-last').count()).toBe(0);
    expect(await page.locator('.outline-entry .agency-chip:text("满洲里海关（口岸）")').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('undoes the correction made last across two notices, though its notice comes first in view', async () => {
    const { page, errors } = await openApp(browser);
    await importFiles(page, [gbkFile()]);
    await closeImport(page);
    await openPanel(page, 'notices');
    if (!(await page.isChecked('.scope-all input'))) await page.check('.scope-all input');
    await page.waitForSelector('.app[data-status="ready"]');
    // First in the port notice (second in view), then in the Manzhouli notice (first in view).
    await inspectAgency(page, '满洲里市口岸办');
    await page.fill('#rename-agency', '满洲里市口岸办公室');
    await page.click('.rename-form button[type="submit"]');
    await page.waitForSelector('.agency-inspector[data-agency="ag:满洲里市口岸办公室"]');
    await inspectAgency(page, '自治区外事办');
    await page.fill('#rename-agency', '自治区外事办公室');
    await page.click('.rename-form button[type="submit"]');
    await page.waitForSelector('.agency-inspector[data-agency="ag:自治区外事办公室"]');
    await expect.poll(() => corrections(page)).toHaveLength(2);

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    await openPanel(page, 'inspector');
    await expect.poll(() => corrections(page)).toHaveLength(2);
    await page.click('.undo-last');
    await expect.poll(() => corrections(page)).toEqual(['将 满洲里市口岸办 改名为 满洲里市口岸办公室']);
    await page.click('.undo-last');
    await expect.poll(() => corrections(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
