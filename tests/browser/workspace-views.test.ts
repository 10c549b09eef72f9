// Saved views: the view on screen — view, notices, settings, selection, zoom and dragged positions (kept
// in the address by the views) — saved under a name and shown again, across a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { openPanel } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const param = async (page: Page, key: string) =>
  page.evaluate((k) => new URLSearchParams(window.location.hash.slice(1)).get(k), key);

it('saves the view with its selection, zoom and positions, and shows it again after a reload', async () => {
  const { page, errors } = await openApp(browser, { lang: 'en' });
  const positions = JSON.stringify({ 'ag:自治区商务厅': [120, -40] });
  // What a graph view keeps in the address: zoom, pan and the positions the user dragged.
  await page.evaluate((p) => {
    window.location.hash = `view=outline&zoom=1.5&pan=10,20&positions=${encodeURIComponent(p)}`;
  }, positions);
  await page.locator('.outline-entry[data-item="manzhouli-2014/item-7"] button').click();
  await openPanel(page, 'notices');
  await page.fill('.saved-view-new .ws-input', '开放平台');
  await page.click('.saved-view-new button');
  await page.waitForSelector('.saved-view.is-active');

  await page.locator('.outline-entry[data-item="manzhouli-2014/item-30"] button').click();
  await page.evaluate(() => {
    window.location.hash = window.location.hash.replace('zoom=1.5', 'zoom=3');
  });
  await page.waitForSelector('.saved-view.is-active .ws-link:text("Update")');

  await page.reload();
  await page.waitForSelector('.app[data-status="ready"]');
  await page.click('.saved-view-name:has-text("开放平台")');
  await expect.poll(() => param(page, 'sel')).toBe('item:manzhouli-2014/item-7');
  expect(await param(page, 'zoom')).toBe('1.5');
  expect(await param(page, 'pan')).toBe('10,20');
  expect(JSON.parse((await param(page, 'positions')) ?? '{}')).toEqual({ 'ag:自治区商务厅': [120, -40] });
  expect(await param(page, 'scope')).toBe('manzhouli-2014');
  await page.waitForSelector('.outline-entry.is-selected[data-item="manzhouli-2014/item-7"]');
  expect(await page.isVisible('.saved-view.is-active .ws-link:text("Update")')).toBe(false);
  expect(errors).toEqual([]);
  await page.context().close();
});
