// Screenshots of the matrices, the ranking and the measures table at 1440×900: the agency × task matrix
// (with a hover card, by sections, and in greyscale to check the roles still part), the agency × agency
// matrix, the ranking and the measures table. The plain views (matrix-tasks, matrix-coassignment,
// ranking, measures-table) are compared with a tolerance with tests/browser/reference/ (see
// screenshot-match.ts); the hover card, sections and greyscale pictures are artefacts for people. The
// diagrams themselves are pinned byte for byte by tests/golden/seed-matrix.svg, seed-coassignment.svg
// and seed-ranking.svg.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { expectScreenshot, SCREENSHOT_LANG } from './screenshot-match.ts';

let browser: Browser;
let page: Page;
const shot = async (name: string) => {
  await waitForFonts(page);
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR)) });
};

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
  ({ page } = await openApp(browser, { lang: SCREENSHOT_LANG }));
});

afterAll(async () => {
  await browser?.close();
});

it('draws the agency × task matrix with its key, a hover card, by sections and in greyscale', async () => {
  await page.click('.view-tab[data-view="matrix"]');
  await page.waitForSelector('.matrix-view .layer-body');
  expect(await page.evaluate(() => document.fonts.check('13px "Noto Sans SC"', '发展改革委'))).toBe(true);
  await expectScreenshot(page, 'matrix-tasks');

  await page.click('.layer-rows [data-ref-id="ag:自治区商务厅"]');
  await page.hover('.layer-body [data-ref-id="ag:自治区发展改革委|manzhouli-2014/task-13"]');
  await page.waitForSelector('.hover-card');
  await shot('matrix-hover');
  await page.mouse.move(5, 5);

  await page.click('.segmented[data-setting="columns"] [data-value="section"]');
  await page.waitForSelector('.matrix-view[data-mode="section"]');
  await shot('matrix-sections');
  await page.click('.segmented[data-setting="columns"] [data-value="task"]');
  await page.waitForSelector('.matrix-view[data-mode="task"]');

  // Greyscale print: a lead square and a cooperate ring must still be told apart by shape.
  const grey = await page.addStyleTag({ content: '.app { filter: grayscale(1); }' });
  await shot('matrix-greyscale');
  await grey.evaluate((node) => (node as Element).remove());
});

it('draws the agency × agency matrix', async () => {
  await page.click('.view-tab[data-view="coassignment"]');
  await page.waitForSelector('.coassignment-view .layer-body');
  await page.click('.segmented[data-setting="order"] [data-value="cluster"]');
  await expectScreenshot(page, 'matrix-coassignment');
});

it('draws the ranking with the threshold and the flagged agencies explained', async () => {
  await page.click('.view-tab[data-view="ranking"]');
  await page.waitForSelector('.ranking-view .ranking-body');
  await expectScreenshot(page, 'ranking');
});

it('draws the measures table, heaviest agency first', async () => {
  await page.click('.view-tab[data-view="measures"]');
  await page.waitForSelector('.measures-table tbody tr[data-agency]');
  await expectScreenshot(page, 'measures-table');
});
