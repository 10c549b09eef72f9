// Storage problems said plainly, the app going on in memory: a browser that keeps nothing (private mode,
// storage turned off), and a storage that fills up while the user imports.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openApp, VIEWPORT } from './app.ts';
import {
  closeImport,
  importFiles,
  inspectAgency,
  PORT_NOTICE,
  type FileToImport,
} from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('works in memory, and says so, where the browser stores nothing', async () => {
  const { page, errors } = await openApp(browser, {
    initScript: () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    },
  });
  expect(await page.textContent('.storage-banner')).toContain(
    '这个浏览器不允许分工图谱保存数据（隐私浏览或存储已关闭）。',
  );
  expect(await page.getAttribute('.app', 'data-storage')).toBe('memory');
  expect(await page.locator('.outline-entry').count()).toBe(77);
  await inspectAgency(page, '自治区科技厅');
  await page.fill('#rename-agency', '自治区科学技术厅');
  await page.click('.rename-form button[type="submit"]');
  await expect.poll(() => page.locator('.agency-chip', { hasText: '自治区科学技术厅' }).count()).toBe(6);
  expect(errors).toEqual([]);
  await page.context().close();
});

/** The port notice as a web page of about a megabyte: the page's style sheet is most of it, so the file
 *  is too large to store while the notice stays three items. */
function largePage(): FileToImport {
  const body = PORT_NOTICE.split('\r\n')
    .map((line) => `<p>${line}</p>`)
    .join('');
  const style = `<style>${'.x{color:#000}'.repeat(70_000)}</style>`;
  const html = `<html><head><meta charset="utf-8">${style}</head><body>${body}</body></html>`;
  return { name: '口岸方案.html', mimeType: 'text/html', buffer: Buffer.from(html) };
}

it('keeps working in memory when the storage fills up, and keeps what was imported', async () => {
  // Chromium's switch for a full disk, set before the page opens its database (it is read then): this
  // origin may store a little more, not a megabyte. Chromium lets small writes through, so the file is large.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const origin = new URL(inject('appUrl')).origin;
  await (
    await context.newCDPSession(page)
  ).send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 200_000 });
  await page.goto(inject('appUrl'));
  await page.waitForSelector('.app[data-status="ready"]');
  expect(await page.getAttribute('.app', 'data-storage')).toBe('indexeddb');
  await importFiles(page, [largePage()]);
  await closeImport(page);
  await page.waitForSelector('.storage-problem[data-kind="quota"]');
  expect(await page.textContent('.storage-problem[data-kind="quota"]')).toContain(
    "The browser's storage for this site is full, so the last change was not saved.",
  );
  expect(await page.textContent('.storage-problem[data-kind="quota"]')).toContain('Working in memory now');
  expect(await page.getAttribute('.app', 'data-storage')).toBe('memory');
  await page.waitForSelector('.app[data-status="ready"]');
  expect(await page.textContent('h1.notice-title')).toContain('满洲里口岸通关便利化工作方案');
  expect(await page.textContent('.notice-count[data-count="items"] dd')).toBe('3');
  await page.context().close();
});
