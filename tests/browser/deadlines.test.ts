// Deadlines in time: the seed states none, so the view says so; with the Manzhouli plan's task table
// pasted in (a time limit on every item: 2014年底前, 2015年6月底前, 2016年底前, 持续推进, 长期坚持) it draws
// one lane per agency, rings what is past due on a chosen day, lists the deadlines with no date apart,
// opens an item on a click, and the network filters to what is due by a day.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDeadlines } from '../../src/analysis/deadlines.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { drawnGraph, waitForDrawn } from './graph-app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { closeImport } from './workspace-helpers.ts';

const TABLE = readFileSync(new URL('../fixtures/pdf/manzhouli-table.txt', import.meta.url), 'utf8');
const model = parseNotice(TABLE);
const deadlines = itemDeadlines(model);
const lanes = new Set(
  deadlines.flatMap((d) => [...d.item.leads, ...d.item.cooperators, ...d.item.responsible]),
);
const dueBy2014 = deadlines.filter((d) => d.due !== null && d.due <= '2014-12-31');
const continuing = deadlines.filter((d) => d.reading.kind === 'continuing');

let browser: Browser;
let page: Page;
let errors: readonly string[];

const param = (key: string) =>
  page.evaluate((k) => new URLSearchParams(window.location.hash.slice(1)).get(k), key);

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { view: 'deadlines', lang: 'zh' }));
});

afterAll(async () => {
  await browser?.close();
});

describe('the deadlines view', () => {
  it('says so when the notices in view state no deadline', async () => {
    await page.waitForSelector('.deadline-empty');
    expect(await page.textContent('.deadline-empty')).toContain('未写明时限');
  });

  it('draws one lane per agency of the task table, and rings what is past due on a chosen day', async () => {
    await page.click('.import-open');
    await page.fill('.import-paste-text', TABLE);
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
    await page.waitForSelector('.deadline-scroll');
    await waitForFonts(page);
    expect(Number(await page.getAttribute('.deadlines-view', 'data-lanes'))).toBe(lanes.size);

    await page.fill('.deadline-as-of input[type="date"]', '2015-01-01');
    await page.waitForSelector('.deadlines-view[data-as-of="2015-01-01"]');
    expect(await param('asof')).toBe('2015-01-01');
    expect(Number(await page.getAttribute('.deadline-body', 'data-past-due'))).toBe(dueBy2014.length);
    expect(await page.textContent('.deadline-figures')).toContain(`其中 ${dueBy2014.length} 个已逾期`);
    await page.screenshot({ path: new URL('deadlines-zh.png', SCREENSHOT_DIR).pathname });

    await page.fill('.deadline-as-of input[type="date"]', '2014-06-01');
    await page.waitForSelector('.deadlines-view[data-as-of="2014-06-01"]');
    expect(Number(await page.getAttribute('.deadline-body', 'data-past-due'))).toBe(0);
  });

  it('orders the lanes by load when asked', async () => {
    await page.click('.segmented[data-setting="lanes"] [data-value="load"]');
    await expect.poll(() => param('lanes')).toBe('load');
    const first = page.locator('.deadline-body text[data-ref-kind="agency"]').first();
    expect(await first.getAttribute('data-ref-id')).toBe('ag:自治区发展改革委');
  });

  it('lists the deadlines with no date apart, by kind, and opens one', async () => {
    const group = page.locator('.deadline-apart-group[data-kind="continuing"]');
    await group.locator('summary').click();
    expect(await group.locator('li').count()).toBe(continuing.length);
    expect(await page.locator('.deadline-apart-group[data-kind="long-term"] li').count()).toBe(
      deadlines.filter((d) => d.reading.kind === 'long-term').length,
    );
    await group.locator('li button').first().click();
    await expect.poll(() => param('sel')).toMatch(/^item:/);
  });

  it('shows the item and its sentence on hover, and opens it on a click', async () => {
    const mark = page.locator('.deadline-body rect[data-ref-kind="item"]').first();
    const id = await mark.getAttribute('data-ref-id');
    await mark.hover();
    await page.waitForSelector('.hover-card .deadline-card-sentence');
    expect(await page.textContent('.hover-card')).toMatch(/时限/);
    await mark.click();
    await expect.poll(() => param('sel')).toBe(`item:${id}`);
    await page.waitForSelector('.graph-panel.has-source');
  });

  it('speaks English', async () => {
    await page.click('.lang-choice[data-lang="en"]');
    await page.waitForSelector('.deadline-figures:has-text("past due")');
    await page.click('.segmented[data-setting="lanes"] [data-value="earliest"]');
    await page.fill('.deadline-as-of input[type="date"]', '2015-07-01');
    await page.waitForSelector('.deadlines-view[data-as-of="2015-07-01"]');
    await page.mouse.move(10, 10);
    await waitForFonts(page);
    const text = await page.textContent('.deadline-head');
    expect(text).toContain('No fixed date');
    expect(text).toContain('as of 2015-07-01');
    await page.screenshot({ path: new URL('deadlines-en.png', SCREENSHOT_DIR).pathname });
  });

  it('exports the diagram as the other diagrams are, titled and with its lanes as text', async () => {
    await openExportDialog(page);
    await page.click('.export-dialog [data-setting="format"] [data-value="svg"]');
    const svg = (await downloadFrom(page, '.export-download')).bytes.toString('utf8');
    expect(svg).toContain('Deadlines in time: who is due when');
    expect(svg).toContain('No fixed date');
    expect(svg).toContain('as of 2015-07-01');
    expect(svg).toContain('Development and Reform');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-dialog', { state: 'detached' });
  });

  it('filters the network to what is due by a day, and keeps the day in the address', async () => {
    await page.evaluate(() => {
      window.location.hash = window.location.hash
        .replace(/view=[^&]*/, 'view=graph')
        .replace(/&sel=[^&]*/, '');
    });
    await waitForDrawn(page);
    const before = await drawnGraph(page);
    const tasks = (g: typeof before) => g.nodes.filter((n) => n.kind === 'task' && n.visible).length;
    await page.click('.graph-filters > button');
    expect(await page.textContent('.graph-due-by')).toContain('no fixed date');
    await page.fill('.graph-due-by input[type="date"]', '2014-12-31');
    await expect.poll(() => param('dueby')).toBe('2014-12-31');
    await expect.poll(async () => tasks(await drawnGraph(page))).toBeLessThan(tasks(before));
    const after = await drawnGraph(page);
    // The tasks left are those with an item due by the day (the table's own tasks, one item each).
    const dueTasks = new Set(dueBy2014.map((d) => d.item.taskId));
    expect(tasks(after)).toBe(dueTasks.size);
    await page.screenshot({ path: new URL('deadlines-network-due-by.png', SCREENSHOT_DIR).pathname });
    await page.click('.graph-due-by .ws-link');
    await expect.poll(() => param('dueby')).toBeNull();
    expect(errors).toEqual([]);
  });
});
