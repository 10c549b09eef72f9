// The 3,000-item, 500-agency notice (issue #15), imported as a text file: the network is drawn folded
// (tasks into sections, agencies into blocs) with a note that says so, a bloc opens with Enter, unfolding
// all asks first; the outline keeps only the rows in view in the page and still reveals an item deep in
// the list. Structure only: how long the main thread is held is `npm run bench -- large-notice`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_NOTICE_NAME, largeNoticeText } from '../bench/large-notice.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { closeImport, importFiles } from './workspace-helpers.ts';

let browser: Browser;
let page: Page;

const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash));
const shot = (name: string) => page.screenshot({ path: fileURLToPath(new URL(name, SCREENSHOT_DIR)) });

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
  ({ page } = await openApp(browser, { view: 'graph', lang: 'zh' }));
  const buffer = Buffer.from(largeNoticeText(), 'utf8');
  await importFiles(page, [{ name: LARGE_NOTICE_NAME, mimeType: 'text/plain', buffer }]);
  await closeImport(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the network of a 3,000-item notice', () => {
  it('is drawn folded, with a note saying what is folded', async () => {
    await page.click('.view-tab[data-view="graph"]');
    await page.waitForSelector('.graph-canvas[data-drawn$="folded"]', { timeout: 90_000 });
    const note = (await page.textContent('.graph-fold-note')) ?? '';
    expect(note).toContain('240 项任务并入 12 个部分');
    expect(note).toMatch(/500 个机构合为 \d+ 个协同集团/);
    expect(Number(await page.getAttribute('.graph-fold-note', 'data-blocs'))).toBeGreaterThan(1);
    await waitForFonts(page);
    await page.waitForTimeout(300);
    await shot('large-notice-network-folded.png');
  });

  it('opens the bloc the keyboard is on with Enter, and folds it again', async () => {
    await page.focus('.graph-stage');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(hash).toMatch(/open=bloc:\d+/);
    await page.waitForSelector('.graph-fold-note:has-text("已展开 1 个")');
    await page.waitForSelector('.graph-canvas[data-drawn$="folded"]');
    await page.click('.graph-fold-note button:has-text("重新折叠")');
    await expect.poll(hash).not.toContain('open=');
  });

  it('asks before unfolding everything, and says it will be slow', async () => {
    await page.click('.graph-unfold-all');
    const warning = (await page.textContent('.graph-fold-warning')) ?? '';
    expect(warning).toContain('752 个节点');
    await page.click('.graph-fold-warning button:has-text("取消")');
    expect(await page.locator('.graph-fold-warning').count()).toBe(0);
    expect(await hash()).not.toContain('fold=off');
  });
});

describe('the outline of a 3,000-item notice', () => {
  const outlineNodes = () => page.$eval('.outline-panel .outline', (o) => o.querySelectorAll('*').length);

  it('keeps only the rows in view in the page', async () => {
    await page.click('.view-tab[data-view="outline"]');
    await page.waitForSelector('.outline-panel .outline .outline-entry');
    expect(Number(await page.getAttribute('.outline-panel .outline', 'data-rows'))).toBeGreaterThan(3000);
    expect(await outlineNodes()).toBeLessThan(1500);
    await waitForFonts(page);
    await shot('large-notice-outline.png');
  });

  it('draws what scrolls into view', async () => {
    await page.$eval('.outline-panel .panel-scroll', (s) => s.scrollTo(0, s.scrollHeight / 2));
    await page.waitForTimeout(200);
    const shown = await page.$$eval('.outline-panel .outline-entry', (n) =>
      // Item ids are scoped by their notice in a workspace: `n-…/item-1234`.
      n.map((e) => Number(/item-(\d+)$/.exec(e.getAttribute('data-item') ?? '')?.[1])),
    );
    expect(Math.min(...shown)).toBeGreaterThan(1000);
    expect(await outlineNodes()).toBeLessThan(1500);
  });

  it('reveals an item deep in the list when it is selected elsewhere', async () => {
    const scope = new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1)).get(
      'scope',
    );
    await page.evaluate(
      (s) => (window.location.hash = `view=outline&scope=${s}&sel=item:${s}/item-2900`),
      scope,
    );
    const entry = '.outline-entry[data-item$="item-2900"]';
    await page.waitForSelector(entry);
    await expect
      .poll(() =>
        page.$eval(entry, (element) => {
          const box = element.getBoundingClientRect();
          const view = element.closest('.panel-scroll')!.getBoundingClientRect();
          return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
        }),
      )
      .toBe(true);
    expect(await page.getAttribute(entry, 'class')).toContain('is-selected');
    expect(await outlineNodes()).toBeLessThan(1500);
    await shot('large-notice-outline-revealed.png');
  });
});

describe('the ranking and the matrix of a 3,000-item notice', () => {
  const bars = () =>
    page.$$eval('.ranking-body text[data-ref-id]', (n) => n.map((e) => e.getAttribute('data-ref-id')));

  it('keeps only the bars near the view in the ranking, and draws the last when scrolled to', async () => {
    await page.click('.view-tab[data-view="ranking"]');
    await page.waitForSelector('.ranking-view .ranking-body text[data-ref-id]');
    const first = await bars();
    expect(first.length).toBeGreaterThan(20);
    expect(first.length).toBeLessThan(150);
    expect(await page.$$eval('.ranking-head text', (n) => n.length)).toBeLessThan(60);
    await page.$eval('.ranking-scroll', (s) => s.scrollTo(0, s.scrollHeight));
    await expect.poll(async () => (await bars()).some((id) => !first.includes(id))).toBe(true);
    expect((await bars()).length).toBeLessThan(150);
    await waitForFonts(page);
    await shot('large-notice-ranking-end.png');
  });

  it('orders the matrix by bloc once the blocs are found off the page', async () => {
    await page.click('.view-tab[data-view="matrix"]');
    await page.waitForSelector('.matrix-view .layered-matrix[data-renderer="canvas"]');
    await page.click('.matrix-view [data-setting="order"] [data-value="bloc"]');
    await page.waitForSelector('.matrix-view[data-order="bloc"]', { timeout: 60_000 });
    expect(await hash()).toContain('morder=bloc');
    expect(await page.textContent('.matrix-view .order-status')).toBe('');
  });
});
