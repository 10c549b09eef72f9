// Where the user was comes back: a reload keeps the address; a new visit without one (a new tab, the
// app opened again) goes back to the notices, view, selection and open inspector of the last session.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { closeImport, gbkFile, importFiles } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('opens a new visit where the last one left off', async () => {
  const { page, errors } = await openApp(browser);
  await importFiles(page, [gbkFile()]);
  await closeImport(page);
  const second = page.locator('.outline-entry').nth(1);
  const item = await second.getAttribute('data-item');
  await second.locator('button').click();
  await page.click('.inspector-toggle');
  await page.waitForSelector(`.item-inspector[data-item="${item}"]`);
  // The session is written a moment after the last change.
  await page.waitForTimeout(800);

  const visit = await page.context().newPage();
  await visit.goto(inject('appUrl'));
  await visit.waitForSelector('.app[data-status="ready"]');
  expect(await visit.textContent('h1.notice-title')).toContain('满洲里口岸通关便利化工作方案');
  expect(await visit.getAttribute('.outline-entry.is-selected', 'data-item')).toBe(item);
  await visit.waitForSelector(`.item-inspector[data-item="${item}"]`);
  expect(await visit.evaluate(() => decodeURIComponent(window.location.hash))).toContain(`sel=item:${item}`);
  expect(errors).toEqual([]);
  await page.context().close();
});
