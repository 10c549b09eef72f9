// Screenshots of the workspace at 1440×900 for review: the import dialog before and after a mixed batch,
// and the inspector with an agency corrected and the list of corrections. Artefacts for people, never
// compared (see SCREENSHOT_DIR in app.ts).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { closeImport, docxFile, gbkFile, importFiles, inspectAgency } from './workspace-helpers.ts';

let browser: Browser;
const shot = (name: string) => fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR));

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('draws the import dialog, empty and after a batch with files it could not read', async () => {
  const { page, errors } = await openApp(browser);
  await page.click('.import-open');
  await page.waitForSelector('.import-dialog[open]');
  await waitForFonts(page);
  await page.screenshot({ path: shot('workspace-import') });
  await page.click('.import-head .ws-link');
  const plain = '一、推进改革\n（一）创新口岸管理，优化通关服务。\n';
  await importFiles(page, [
    gbkFile(),
    docxFile(),
    { name: '会议纪要.txt', mimeType: 'text/plain', buffer: Buffer.from(plain) },
    {
      name: '附件2 任务分解表.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    },
  ]);
  // The notices now in view bring characters (and so font slices) the page had not drawn before.
  await page.waitForSelector('.import-dialog[data-phase="done"]');
  await page.waitForTimeout(300);
  await waitForFonts(page);
  await page.screenshot({ path: shot('workspace-import-done') });
  expect(errors).toEqual([]);
  await page.context().close();
});

it('draws the inspector with a corrected agency and the corrections in view', async () => {
  const { page, errors } = await openApp(browser);
  await importFiles(page, [gbkFile()]);
  await closeImport(page);
  await page.locator('.notices-toggle').click();
  await page.locator('.notice-row').first().locator('.notice-in-view').check();
  await page.waitForSelector('.scope-header');
  await page.locator('.notices-toggle').click();

  await inspectAgency(page, '自治区外事办');
  await page.fill('#merge-agency', '自治区贸促会');
  await page.click('.merge-form button[type="submit"]');
  await page.waitForSelector('.correction');
  await inspectAgency(page, '满洲里市口岸办');
  await page.fill('#rename-agency', '满洲里市口岸管理办公室');
  await page.click('.rename-form button[type="submit"]');
  await page.waitForSelector('.agency-inspector[data-agency="ag:满洲里市口岸管理办公室"]');
  await page.fill('.agency-inspector .note-new', '2016年起更名，见满政办发〔2016〕12号。');
  await page.click('.agency-inspector .note-add');
  await page.waitForSelector('.agency-inspector .note-text');
  await page.locator('.outline-entry', { hasText: '推进国际贸易' }).locator('button').click();
  await page.click('.inspector .inspector-all');
  await inspectAgency(page, '满洲里市口岸管理办公室');
  await waitForFonts(page);
  await page.screenshot({ path: shot('workspace-corrections') });
  await page.locator('.inspector-corrections').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('workspace-corrections-list') });
  expect(errors).toEqual([]);
  await page.context().close();
});
