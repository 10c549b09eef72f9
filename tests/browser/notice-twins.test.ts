// Two imports of one notice and a renamed copy share a title (and so a name): the notices list and the
// table of notices number them in the order they were added and show the file and the minute each came
// from, in 中文 and English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { closeImport, gbkFile, openPanel, PORT_TITLE } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const shot = (name: string) => ({ path: new URL(name, SCREENSHOT_DIR).pathname });

/** Imports one file in an import of its own, as a user who imports the same notice again does. */
async function importOne(page: Page, name: string): Promise<void> {
  await page.click('.import-open');
  await page.waitForSelector('.import-dialog');
  if ((await page.getAttribute('.import-dialog', 'data-phase')) === 'done')
    await page.click('.import-foot .ws-button:not(.is-primary)');
  await page.setInputFiles('.import-dialog .import-file-input', [{ ...gbkFile(), name }]);
  await page.waitForSelector('.import-dialog[data-phase="done"]');
  await closeImport(page);
  await page.waitForSelector('.app[data-status="ready"]');
}

async function twinsIn(lang: 'zh' | 'en') {
  const { page, errors } = await openApp(browser, { view: 'graph', lang });
  await importOne(page, '口岸方案.txt');
  await importOne(page, '口岸方案.txt');
  await importOne(page, '口岸方案-修订.txt');
  await openPanel(page, 'notices');
  await waitForFonts(page);
  return { page, errors };
}

describe('notices of the same title', () => {
  it('are numbered in the notices list with the minute each was added (中文)', async () => {
    const { page, errors } = await twinsIn('zh');
    // A notice is named by its title: the three imports take one name.
    const names = await page.locator('.notice-row:has(.notice-twin) .notice-name').allTextContents();
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(1);
    const twins = page.locator('.notice-row .notice-twin');
    expect((await twins.allTextContents()).sort()).toEqual(['同名 1/3', '同名 2/3', '同名 3/3']);
    const origins = await page.locator('.notice-row:has(.notice-twin) .notice-origin').allTextContents();
    for (const origin of origins) expect(origin).toMatch(/\.txt · \d{4}-\d\d-\d\d \d\d:\d\d · /);
    expect(origins.filter((o) => o.includes('口岸方案-修订.txt'))).toHaveLength(1);
    // The seed notice's name is its own: no mark on it.
    expect(await page.locator('.notice-row:not(:has(.notice-twin))').count()).toBeGreaterThan(0);
    await page.screenshot({
      ...shot('notice-twins-list-zh.png'),
      clip: (await page.locator('.notices-panel').boundingBox())!,
    });

    // In the table the title is the notice's own: all three imports share it.
    await page.click('.notices-table-open');
    await page.waitForSelector('.corpus-table tbody tr');
    await page.waitForFunction(() => !document.querySelector('.corpus-reading'));
    const rows = page.locator('.corpus-table tbody tr:has(.corpus-twin)');
    expect(await rows.count()).toBe(3);
    const lines = await rows.locator('.corpus-twin').allTextContents();
    expect(lines.some((l) => l.includes('口岸方案-修订.txt'))).toBe(true);
    expect(lines.filter((l) => l.includes('口岸方案.txt'))).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^同名 [123]\/3.*导入于 \d{4}-\d\d-\d\d \d\d:\d\d$/);
    const titles = await rows.locator('.corpus-title').allTextContents();
    expect(titles.every((t) => t.includes(PORT_TITLE))).toBe(true);
    // The seed notice's title is its own: no mark on it.
    expect(await page.locator('.corpus-table tbody tr:not(:has(.corpus-twin))').count()).toBeGreaterThan(0);
    await page.screenshot({
      ...shot('notice-twins-table-zh.png'),
      clip: (await page.locator('.corpus-dialog').boundingBox())!,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('are told apart in English too', async () => {
    const { page, errors } = await twinsIn('en');
    expect((await page.locator('.notice-row .notice-twin').allTextContents()).sort()).toEqual([
      'same name 1/3',
      'same name 2/3',
      'same name 3/3',
    ]);
    await page.click('.notices-table-open');
    await page.waitForSelector('.corpus-table tbody tr');
    await page.waitForFunction(() => !document.querySelector('.corpus-reading'));
    const lines = await page.locator('.corpus-twin').allTextContents();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^same name [123]\/3.*added \d{4}-\d\d-\d\d \d\d:\d\d$/);
    await page.screenshot({
      ...shot('notice-twins-table-en.png'),
      clip: (await page.locator('.corpus-dialog').boundingBox())!,
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
