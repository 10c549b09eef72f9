// The app by keyboard: Esc clears the selection in every view, the view tabs follow the WAI-ARIA tabs
// pattern, `?` lists the shortcuts, fields keep their keys, and the search finds 商务厅 by `swt` alone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { waitForDrawn } from './graph-app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const AGENCY = 'agency:ag:自治区商务厅';
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

async function selectByAddress(page: Page, view: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), `view=${view}&sel=${AGENCY}`);
  await expect.poll(() => hash(page)).toContain(`sel=${AGENCY}`);
}

describe('the keyboard', () => {
  it('clears the selection with Esc in every view, but not while typing', async () => {
    const { page, errors } = await openApp(browser, { view: 'graph' });
    const views = await page
      .locator('.view-tab')
      .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-view') ?? ''));
    expect(views.slice(0, 7)).toEqual([
      'graph',
      'outline',
      'matrix',
      'coassignment',
      'ranking',
      'measures',
      'projects',
    ]);
    for (const view of views) {
      await selectByAddress(page, view);
      await page.waitForSelector(`.app-view[data-view="${view}"]`);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Escape');
      await expect.poll(() => hash(page), { message: view }).not.toContain('sel=');
      expect(await hash(page)).toContain(`view=${view}`);
    }

    // In the search box Esc clears the search; the selection stays.
    await selectByAddress(page, 'graph');
    const search = page.locator('.graph-search input');
    await search.fill('商务');
    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(await hash(page)).toContain(`sel=${AGENCY}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves between the view tabs with the arrows, Home and End, with one tab stop', async () => {
    const { page } = await openApp(browser, { view: 'graph' });
    const stops = () =>
      page
        .locator('.view-tab[tabindex="0"]')
        .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-view')));
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.view);
    expect(await stops()).toEqual(['graph']);
    expect(await page.locator('.view-tab[tabindex="-1"]').count()).toBe(
      (await page.locator('.view-tab').count()) - 1,
    );

    await page.focus('.view-tab[aria-selected="true"]');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('outline');
    await expect.poll(() => hash(page)).toContain('view=outline');
    expect(await page.getAttribute('.view-tab[data-view="outline"]', 'aria-selected')).toBe('true');
    expect(await stops()).toEqual(['outline']);

    const last = await page.locator('.view-tab').last().getAttribute('data-view');
    await page.keyboard.press('End');
    expect(await focused()).toBe(last);
    await expect.poll(() => hash(page)).toContain(`view=${last}`);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('graph');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(last);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('graph');
    await expect.poll(() => hash(page)).toContain('view=graph');

    // Tab leaves the row of tabs at once: one tab stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');
    await page.context().close();
  });

  it('lists the shortcuts on ?, in Chinese and English, and closes the list with Esc', async () => {
    // At 1280 px, the narrowest screen the app is laid out for, with the ? button in the top bar.
    const { page } = await openApp(browser, { view: 'graph', viewport: { width: 1280, height: 800 } });
    await selectByAddress(page, 'graph');
    // ? typed into the search box is a question mark, not a shortcut.
    const search = page.locator('.graph-search input');
    await search.focus();
    await page.keyboard.press('Shift+?');
    expect(await search.inputValue()).toBe('?');
    expect(await page.locator('.shortcuts-dialog[open]').count()).toBe(0);
    await search.fill('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await page.keyboard.press('Shift+?');
    const dialog = page.locator('.shortcuts-dialog[open]');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    // In the interface's language only (Chinese in a zh-CN browser).
    for (const words of ['键盘快捷键', '取消选择', '网络图', '移到该方向最近的节点'])
      expect(text).toContain(words);
    expect(text).not.toContain('Clear the selection');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.screenshot({ path: new URL('shortcuts-dialog.png', SCREENSHOT_DIR).pathname });

    // Esc closes the list and leaves the selection alone.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.shortcuts-dialog[open]').count()).toBe(0);
    expect(await hash(page)).toContain(`sel=${AGENCY}`);

    // The ? button opens it too.
    await page.click('.shortcuts-button');
    await dialog.waitFor();
    await page.click('.shortcuts-dialog .modal-head button');
    await expect.poll(() => page.locator('.shortcuts-dialog[open]').count()).toBe(0);
    await page.context().close();
  });

  it('finds 商务厅 by swt and no title whose letters swt would pick apart; ↓ and Enter select', async () => {
    const { page } = await openApp(browser, { view: 'graph' });
    await waitForDrawn(page);
    const search = page.locator('.graph-search input');
    await search.fill('swt');
    const hits = page.locator('.graph-search-hits li .graph-hit-label');
    await expect.poll(() => hits.allTextContents()).toEqual(['自治区商务厅']);

    // Agencies before tasks: 公安 names three agencies before any task or item that mentions it.
    await search.fill('公安');
    await expect.poll(async () => (await hits.allTextContents())[0]).toBe('自治区公安厅');
    const kinds = await page.locator('.graph-search-hits .graph-hit-kind').allTextContents();
    expect(kinds.slice(0, 3)).toEqual(['机构', '机构', '机构']);

    await search.fill('swt');
    await expect.poll(() => hits.allTextContents()).toEqual(['自治区商务厅']);
    await page.screenshot({ path: new URL('search-swt.png', SCREENSHOT_DIR).pathname });
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect.poll(() => hash(page)).toContain(`sel=${AGENCY}`);
    await page.context().close();
  });
});
