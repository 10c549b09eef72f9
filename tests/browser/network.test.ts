// Fengong Atlas sends nothing anywhere: every request the app makes stays on this machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isLocal, launchBrowser, openApp, waitForFonts } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('requests nothing from outside localhost while opening and using the app', async () => {
  const { page, requests, errors } = await openApp(browser);
  await page.locator('.outline-entry button').nth(10).click();
  await page.locator('.outline-entry button').last().click();
  await page.click('.diagnostics-toggle');
  await page.locator('.diagnostics-list button').first().click();
  // Not 'networkidle': Playwright never sees the worker's script request finish, so it would wait forever.
  await waitForFonts(page);
  await page.waitForTimeout(500);

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  // The CSP in index.html would block an outside font or script; a blocked load shows up as an error.
  expect(errors).toEqual([]);
});
