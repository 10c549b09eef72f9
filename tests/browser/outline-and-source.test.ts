// The app opens on the Manzhouli notice and keeps the outline and the source text in step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';

const TITLE =
  '内蒙古自治区人民政府办公厅关于印发《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案的通知';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser));
});

afterAll(async () => {
  await browser?.close();
});

/** How much of an element shows inside the scrolling panel around it, from 0 to 1. */
function visibleShare(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (element) => {
    const panel = element.closest('.panel-scroll');
    if (!panel) return 0;
    const box = element.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    const shown = Math.min(box.bottom, view.bottom) - Math.max(box.top, view.top);
    return Math.max(0, shown) / Math.min(box.height, view.height);
  });
}

describe('the app on the Manzhouli notice', () => {
  it('shows the notice header: title, issuer, date and counts', async () => {
    expect(await page.textContent('h1.notice-title')).toBe(TITLE);
    expect(await page.textContent('.notice-meta')).toContain('内蒙古自治区人民政府办公厅');
    expect(await page.getAttribute('.notice-meta time', 'datetime')).toBe('2014-02-26');
    const counts = await page.$$eval('.notice-count', (nodes) =>
      Object.fromEntries(
        nodes.map((n) => [n.getAttribute('data-count'), n.querySelector('dd')?.textContent]),
      ),
    );
    expect(counts).toEqual({ sections: '7', tasks: '29', items: '77', agencies: '45' });
  });

  it('parses in a Web Worker', async () => {
    expect(await page.getAttribute('.app', 'data-parser')).toBe('worker');
  });

  it('outlines the seven sections, their tasks and items with agency chips', async () => {
    const sections = await page.$$eval('.outline-section-title', (nodes) => nodes.map((n) => n.textContent));
    expect(sections).toHaveLength(7);
    expect(sections[0]).toContain('推进体制机制改革创新');
    expect(sections[6]).toContain('加强生态建设和环境保护');
    expect(await page.$$eval('.outline-task-title', (nodes) => nodes.length)).toBe(29);
    expect(await page.$$eval('.outline-entry', (nodes) => nodes.length)).toBe(77);

    const fourth = page.locator('.outline-entry').nth(3);
    expect(await fourth.locator('.outline-entry-label').textContent()).toBe('拓展国际金融业务');
    expect(await fourth.locator('.agency-chip.role-lead').allTextContents()).toEqual([
      '人民银行呼和浩特中心支行',
    ]);
    expect(await fourth.locator('.agency-chip.role-cooperate').allTextContents()).toEqual([
      '内蒙古银监局',
      '内蒙古保监局',
      '自治区金融办',
    ]);
  });

  it('highlights every marker and marks the agencies named in the source text', async () => {
    expect(await page.$$eval('.source-marker', (nodes) => nodes.length)).toBe(77);
    const firstMarker = await page.locator('.source-marker').first().textContent();
    expect(firstMarker).toBe(
      '（自治区商务厅牵头，满洲里海关、内蒙古出入境检验检疫局，自治区外事办、交通运输厅、公安边防总队、贸促会等部门配合）',
    );
    expect(
      await page.locator('.source-marker').first().locator('.mention.role-lead').allTextContents(),
    ).toEqual(['自治区商务厅']);
  });

  it('scrolls the source to an item chosen in the outline and highlights its paragraph and marker', async () => {
    // The last item of the last section: the source must scroll all the way down to it.
    const entry = page.locator('.outline-section').last().locator('.outline-entry').last();
    const id = await entry.getAttribute('data-item');
    expect(id).toMatch(/^manzhouli-2014\/item-\d+$/);
    await entry.locator('button').click();

    const paragraph = `.source-block[data-item="${id}"]`;
    await page.waitForSelector(`${paragraph}.is-selected`);
    await expect.poll(() => visibleShare(page, paragraph)).toBeGreaterThan(0.9);
    expect(await page.$$eval('.source-block.is-selected', (nodes) => nodes.length)).toBe(1);
    expect(await page.locator(`${paragraph} .source-marker.is-selected`).count()).toBe(1);
    expect(await entry.getAttribute('class')).toContain('is-selected');
  });

  it('selects in the outline the item whose paragraph is clicked in the source', async () => {
    const paragraph = page.locator('.source-block.is-item').nth(40);
    const id = await paragraph.getAttribute('data-item');
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click({ position: { x: 40, y: 12 } });

    const entry = `.outline-entry[data-item="${id}"]`;
    await page.waitForSelector(`${entry}.is-selected`);
    expect(await page.getAttribute(`${entry} > button`, 'aria-pressed')).toBe('true');
    await expect.poll(() => visibleShare(page, entry)).toBeGreaterThan(0.9);
    expect(await paragraph.getAttribute('class')).toContain('is-selected');
  });

  it('lists the diagnostics and shows the line of the one chosen', async () => {
    await page.click('.diagnostics-toggle');
    const diagnostic = page.locator('.diagnostics-list button').first();
    expect(await diagnostic.locator('.diagnostic-place').textContent()).toBe('46:545');
    await diagnostic.click();
    await page.waitForSelector('.source-line.is-target[data-line="46"]');
    await expect.poll(() => visibleShare(page, '.source-line[data-line="46"]')).toBeGreaterThan(0.5);
  });
});
