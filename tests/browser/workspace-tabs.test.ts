// Two tabs on one workspace stay in step: what one stores (a correction, an imported notice, a note)
// the other shows without a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { closeImport, gbkFile, importFiles, inspectAgency, openPanel } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('shows in one tab what the other stored', async () => {
  const { page: first, errors } = await openApp(browser);
  const second = await first.context().newPage();
  await second.goto(inject('appUrl'));
  await second.waitForSelector('.app[data-status="ready"]');

  await inspectAgency(first, '自治区科技厅');
  await first.fill('#rename-agency', '自治区科学技术厅');
  await first.click('.rename-form button[type="submit"]');
  await expect.poll(() => second.locator('.agency-chip', { hasText: '自治区科学技术厅' }).count()).toBe(6);
  expect(await second.locator('.agency-chip', { hasText: '自治区科技厅' }).count()).toBe(0);

  await first.fill('.agency-inspector .note-new', '科技厅已更名为科学技术厅');
  await first.click('.agency-inspector .note-add');
  await inspectAgency(second, '自治区科学技术厅');
  await expect
    .poll(() => second.locator('.agency-inspector .note-text').allTextContents())
    .toEqual(['科技厅已更名为科学技术厅']);
  await importFiles(second, [gbkFile()]);
  await closeImport(second);
  await openPanel(first, 'notices');
  await expect.poll(() => first.locator('.notice-row').count()).toBe(2);

  expect(errors).toEqual([]);
  await first.context().close();
});
