// The formats notices are published in, dropped into the app as a user does: the Manzhouli notice as a
// PDF (Chromium's print, read by pdf.js in the parse worker), a Word 97–2003 .doc, an OFD and its task
// table as an .xlsx — each read to the same 77 items as the text — and a scanned PDF that says why it
// cannot be read. Also: the progress of a long file, and a cancel that keeps what was read.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { closeImport, importFiles, type FileToImport } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const fixture = (path: string, name: string, mimeType: string): FileToImport => ({
  name,
  mimeType,
  buffer: readFileSync(new URL(`../fixtures/${path}`, import.meta.url)),
});

describe('importing the formats notices are published in', () => {
  it('reads a PDF, a .doc, an OFD and an .xlsx to the same items, and says why a scan cannot be read', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await importFiles(page, [
      fixture('pdf/manzhouli.pdf', '满洲里.pdf', 'application/pdf'),
      fixture('word/manzhouli-2014.doc', '满洲里.doc', 'application/msword'),
      fixture('ofd/manzhouli-pilot-zone-2014.ofd', '满洲里.ofd', 'application/ofd'),
      fixture('pdf/scanned.pdf', '扫描件.pdf', 'application/pdf'),
    ]);
    const counts = async (file: string) =>
      page.locator(`.import-outcome[data-file="${file}"] .import-counts`).textContent();
    expect(await counts('满洲里.pdf')).toBe('77 items · 45 agencies · PDF (32 pages)');
    expect(await counts('满洲里.doc')).toBe('77 items · 45 agencies · Word 97–2003');
    expect(await counts('满洲里.ofd')).toMatch(/^77 items · 45 agencies · OFD \(\d+ pages\)$/);
    expect(await page.locator('.import-outcome.is-failed[data-file="扫描件.pdf"]').textContent()).toContain(
      'holds page images, not text: run OCR on it first',
    );
    await page.screenshot({ path: new URL('import-formats.png', SCREENSHOT_DIR).pathname });
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('.scope-header h1')).toBe('3 notices in view');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a task table from a spreadsheet, and stops when the import is cancelled', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await importFiles(page, [
      fixture(
        'sheets/manzhouli-tasks.xlsx',
        '任务表.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    ]);
    expect(
      await page.locator('.import-outcome[data-file="任务表.xlsx"] .import-counts').textContent(),
    ).toMatch(/^77 items · 45 agencies · spreadsheet/);
    await page.click('.import-dialog button:has-text("Import more")');

    // A long PDF first, then files that are never read: the cancel lands while the PDF is read.
    const many = [
      fixture('pdf/henan.pdf', '河南.pdf', 'application/pdf'),
      ...Array.from({ length: 6 }, (_, i) =>
        fixture('pdf/manzhouli.pdf', `满洲里-${i}.pdf`, 'application/pdf'),
      ),
    ];
    await page.setInputFiles('.import-dialog .import-file-input', many);
    await page.waitForSelector('.import-dialog .import-cancel');
    expect(await page.textContent('.import-dialog .import-progress [role="status"]')).toMatch(
      /^Reading 1 of 7 files…/,
    );
    await page.click('.import-dialog .import-cancel');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    expect(await page.textContent('.import-cancelled')).toMatch(
      /^Import cancelled: [1-7] files? (?:was|were) not read\./,
    );
    expect(await page.locator('.import-outcome.is-imported').count()).toBeLessThan(7);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
