// A large workspace: ten synthetic notices (hundreds of agencies, hundreds of tasks, over 100,000 grid
// cells) open in the agency × task matrix on a canvas, repaint as it scrolls, and still answer hover
// and click. How fast is measured by `npm run bench -- matrix-canvas`, against a bare canvas page in
// the same run: a wall-clock limit here failed one run in two on a shared machine.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../corpus/synthetic.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { importFiles, closeImport } from './workspace-helpers.ts';

let browser: Browser;
let page: Page;

const painted = () =>
  page.$eval('.layered-canvas', (c) => Number((c as HTMLCanvasElement).dataset.painted ?? 0));

/** Share of sampled canvas pixels that are not white: a blank canvas would give 0. */
const inked = () =>
  page.$eval('.layered-canvas', (c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    let seen = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      seen++;
      if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    }
    return ink / seen;
  });

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
  ({ page } = await openApp(browser));
  const files = generateCorpus(10, 7).map((text, i) => ({
    name: `synthetic-${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  }));
  await importFiles(page, files);
  await closeImport(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the matrix of a large workspace', () => {
  it('opens on a canvas, inked, with no SVG', async () => {
    await page.click('.view-tab[data-view="matrix"]');
    await page.waitForSelector('.layered-matrix[data-renderer="canvas"] .layered-canvas[data-painted]');
    const rows = Number(await page.getAttribute('.layered-matrix', 'data-rows'));
    const columns = Number(await page.getAttribute('.layered-matrix', 'data-columns'));
    expect(rows * columns).toBeGreaterThan(100_000);
    expect(await inked()).toBeGreaterThan(0.02);
    // Nothing of the matrix is in the page as SVG: the canvas draws it all.
    expect(await page.locator('.layered-matrix svg').count()).toBe(0);
  });

  it('repaints what comes into view as it scrolls', async () => {
    const before = await painted();
    await page.$eval('.layered-matrix', (m) => m.scrollTo(2000, 3000));
    await expect.poll(painted).toBeGreaterThan(before);
    expect(await inked()).toBeGreaterThan(0.02);
    await waitForFonts(page);
    await page.waitForTimeout(100);
    await page.screenshot({ path: fileURLToPath(new URL('matrix-large-canvas.png', SCREENSHOT_DIR)) });
  });

  it('answers hover and click on the canvas from the geometry', async () => {
    const box = (await page.locator('.layered-matrix').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + box.height - 40);
    const card = page.locator('.hover-card .hover-card-title');
    await card.waitFor();
    const name = await card.textContent();
    await page.mouse.click(box.x + 40, box.y + box.height - 40);
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(window.location.hash)))
      .toContain(`sel=agency:ag:${name}`);
  });
});
