// The PowerPoint briefing from the export dialog, as a user gets it: English chosen, the button
// clicked, the file unzipped — slides with the notice's title and the findings, tables, and the
// diagrams drawn by the browser's canvas as PNGs that are neither blank nor tiny.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { pngFacts } from './export-files.ts';
import { waitForDrawn } from './graph-app.ts';

const OUTPUT = new URL('./output/', import.meta.url);

let browser: Browser;
let page: Page;
let errors: readonly string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { view: 'graph' }));
  await waitForDrawn(page);
  await openExportDialog(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the PowerPoint briefing', () => {
  it('saves an English deck with its findings, tables and PNG diagrams', async () => {
    await page.click('.export-dialog [data-setting="briefing-lang"] [data-value="en"]');
    const file = await downloadFrom(page, '.export-briefing-pptx', 120_000);
    expect(file.name).toMatch(/-briefing-2014-02-26-en\.pptx$/);
    // Kept for a look in PowerPoint, WPS or Impress.
    writeFileSync(new URL('export-briefing-en.pptx', OUTPUT), file.bytes);
    const files = unzipSync(new Uint8Array(file.bytes));
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBeGreaterThanOrEqual(7);
    const slide = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
    expect(slide(1)).toContain('内蒙古满洲里重点开发开放试验区建设总体规划');
    expect(slide(2)).toContain('What the figures say');
    expect(slide(slides.length)).toContain('<a:tbl>');
    const media = Object.keys(files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    expect(media.length).toBeGreaterThanOrEqual(3);
    for (const name of media) {
      const png = await pngFacts(page, Buffer.from(files[name]!));
      expect(png.width).toBeGreaterThan(1000);
      expect(png.inked).toBeGreaterThan(png.width * png.height * 0.01);
    }
    expect(errors).toEqual([]);
  });
});
