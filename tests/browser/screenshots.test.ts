// Screenshots of the app at 1440×900: the notice as it opens, with an item selected, and diagnostics. The
// first (outline-and-source) is compared with a tolerance with tests/browser/reference/ (see
// screenshot-match.ts); the others are artefacts for people.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { expectScreenshot, SCREENSHOT_LANG } from './screenshot-match.ts';

let browser: Browser;
const shot = (name: string) => fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR));

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('draws the app with its Chinese font, opened and with an item selected', async () => {
  const { page } = await openApp(browser, { lang: SCREENSHOT_LANG });
  // With no Chinese font the text falls back to boxes: the bundled Noto Sans SC must be in use.
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '分工图谱'))).toBe(true);
  await expectScreenshot(page, 'outline-and-source');

  await page.locator('.outline-entry', { hasText: '拓展国际金融业务' }).locator('button').click();
  await page.waitForSelector('.source-block.is-selected');
  await waitForFonts(page);
  await page.screenshot({ path: shot('item-selected') });

  await page.click('.diagnostics-toggle');
  await page.locator('.diagnostics-list button').first().click();
  await page.waitForSelector('.source-line.is-target');
  // Let the flash fade so the picture shows the settled state.
  await page.waitForTimeout(2200);
  await waitForFonts(page);
  await page.screenshot({ path: shot('diagnostic-line') });
});
