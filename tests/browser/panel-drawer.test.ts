// The side panel gives way on a narrow host: with the notices panel and the inspector both open at
// 1440 px, the network and the projects table keep their whole width, and the panel is a drawer over
// their right edge — opened by a pick or by its tab, closed by its button or Escape. With room to
// spare it stays beside them, as before.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { clickNode, nodeOnScreen, openGraph } from './graph-app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const width = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => Math.round(e.getBoundingClientRect().width));

/** Both workspace panels drawn (their code loads when first opened). */
const panelsOpen = (page: Page) =>
  Promise.all([page.waitForSelector('.notices-panel'), page.waitForSelector('.inspector')]);

const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });

it('keeps the whole width for the network and slides the panel over it when both workspace panels are open', async () => {
  const { page, errors } = await openGraph(browser, 'panels=notices,inspector', { lang: 'en' });
  await panelsOpen(page);
  // The stage takes all of its host; the panel waits, shut, behind a tab.
  expect(await width(page, '.graph-stage')).toBe(await width(page, '.graph-main'));
  expect(await width(page, '.graph-stage')).toBeGreaterThan(650);
  await page.waitForSelector('.graph-panel.is-drawer.is-shut', { state: 'hidden' });
  const tab = page.locator('.graph-panel-tab');
  expect(await tab.textContent()).toBe('Details');
  expect(await tab.getAttribute('aria-expanded')).toBe('false');

  // The tab opens it on the introduction; Escape shuts it again.
  await tab.click();
  await page.waitForSelector('.graph-panel.is-open');
  expect(await page.locator('.graph-panel').textContent()).toContain('How to read it');
  await page.locator('.graph-panel-hide').focus();
  await page.keyboard.press('Escape');
  await page.waitForSelector('.graph-panel.is-shut', { state: 'hidden' });
  // The keyboard goes back to the tab, not to the page's body.
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('graph-panel-tab');

  // A click on an agency opens the drawer on it, and the agency is drawn in the part left free.
  await clickNode(page, 'ag:自治区商务厅');
  await page.waitForSelector('.graph-panel.is-open .graph-panel-title:has-text("自治区商务厅")');
  const drawer = await box(page, '.graph-panel');
  await expect
    .poll(async () => (await nodeOnScreen(page, 'ag:自治区商务厅')).x, { timeout: 3000 })
    .toBeLessThan(drawer.left);
  // Its button shuts it, leaving the selection as it was; so does Escape inside it.
  const selected = () => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('sel'));
  await page.click('.graph-panel-hide');
  await page.waitForSelector('.graph-panel.is-shut', { state: 'hidden' });
  expect(await selected()).toBe('agency:ag:自治区商务厅');
  await page.click('.graph-panel-tab');
  await page.waitForSelector('.graph-panel.is-open');
  await page.locator('.graph-panel-hide').focus();
  await page.keyboard.press('Escape');
  await page.waitForSelector('.graph-panel.is-shut', { state: 'hidden' });
  expect(await selected()).toBe('agency:ag:自治区商务厅');
  // The same agency picked again is a new pick: the drawer opens on it.
  await clickNode(page, 'ag:自治区商务厅');
  await page.waitForSelector('.graph-panel.is-open .graph-panel-title:has-text("自治区商务厅")');
  // Cleared from the page (Escape on the graph), the pick takes the drawer with it.
  await page.locator('.graph-stage').focus();
  await page.keyboard.press('Escape');
  await expect.poll(selected).toBeNull();
  await page.waitForSelector('.graph-panel.is-shut', { state: 'hidden' });
  await page.waitForSelector('.graph-panel-tab');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('gives the projects table its width back, and a project picked in it opens the drawer', async () => {
  const { page, errors } = await openApp(browser, { view: 'projects&panels=notices,inspector', lang: 'en' });
  await page.waitForSelector('.projects-stage tbody tr');
  await panelsOpen(page);
  expect(await width(page, '.projects-stage')).toBe(await width(page, '.projects-main'));
  // The task column is readable: not the one character a crushed table left it.
  expect(await width(page, '.projects-stage thead th:nth-child(3)')).toBeGreaterThan(60);
  await page.locator('.projects-stage tbody tr .project-name-cell button').first().click();
  await page.waitForSelector('.graph-panel.is-open .graph-panel-title');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('keeps the panel beside the network when there is room', async () => {
  const { page, errors } = await openGraph(browser, 'panels=inspector', { lang: 'en' });
  await page.waitForSelector('.inspector');
  expect(await page.locator('.graph-panel').getAttribute('class')).toBe('graph-panel');
  expect(await page.locator('.graph-panel-tab').count()).toBe(0);
  const stage = await box(page, '.graph-stage');
  const panel = await box(page, '.graph-panel');
  expect(panel.left).toBeGreaterThanOrEqual(stage.right - 1);
  expect(errors).toEqual([]);
  await page.context().close();
});
