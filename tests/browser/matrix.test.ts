// The agency × task matrix on the Manzhouli notice, as a user meets it: one row per agency and one
// column per task, 自治区发展改革委's row as the text has it, the orders, the hover sentences, and
// the row click that selects the agency in every view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWorkload } from '../../src/analysis/workload.ts';
import { agencyTaskMatrix, type RowOrder } from '../../src/graph/matrix.ts';
import { ROLE_APPEARANCE } from '../../src/graph/appearance.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedBytes } from '../support/seed.ts';
import { launchBrowser, openApp } from './app.ts';

const NDRC = 'ag:自治区发展改革委';
const NOTICE = 'manzhouli-2014';
const core = (() => {
  const model = parseNotice(seedBytes());
  return agencyTaskMatrix(model, computeWorkload(model), 'task');
})();
const expectedOrder = (order: RowOrder) => core.orders[order].map((r) => core.rows[r]?.agencyId);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser));
  await page.click('.view-tab[data-view="matrix"]');
  await page.waitForSelector('.matrix-view .layered-matrix[data-renderer="svg"]');
});

afterAll(async () => {
  await browser?.close();
});

const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash));
const rowIds = () =>
  page.$$eval('.layer-rows [data-ref-kind="agency"]', (nodes) =>
    nodes.map((n) => n.getAttribute('data-ref-id')),
  );

/** The NDRC cells drawn as lead squares, by the column they sit in. */
function ndrcLeadColumns(): Promise<string[]> {
  return page.$$eval(
    `.layer-body rect[data-ref-id^="${NDRC}|"]`,
    (nodes, fill) =>
      nodes
        .filter((n) => n.getAttribute('fill') === fill)
        .map((n) => n.getAttribute('data-ref-id')!.split('|')[1]!),
    ROLE_APPEARANCE.lead.color,
  );
}

describe('the agency × task matrix', () => {
  it('has one row per agency (45) and one column per task (29), under 7 section bands', async () => {
    expect(await page.getAttribute('.layered-matrix', 'data-rows')).toBe('45');
    expect(await page.getAttribute('.layered-matrix', 'data-columns')).toBe('29');
    expect(await page.locator('.layer-rows [data-ref-kind="agency"]').count()).toBe(45);
    expect(await page.locator('.layer-columns [data-ref-kind="task"]').count()).toBe(29);
    expect(await page.locator('.layer-corner text', { hasText: /^牵头$/ }).count()).toBe(1);
  });

  it('holds in 自治区发展改革委’s row what the text says: 25 tasks, leads in the tasks of its 9 led items', async () => {
    expect(await page.locator(`.layer-body [data-ref-id^="${NDRC}|"]`).count()).toBe(25);
    // It leads items 2, 5, 16, 20, 22, 24, 26, 38 and 66; items 22 and 24 are both in task 13.
    expect(await ndrcLeadColumns()).toEqual([2, 3, 8, 12, 13, 14, 17, 25].map((n) => `${NOTICE}/task-${n}`));
    const totals = await page.$$eval('.layer-body text', (nodes) => {
      const first = nodes.filter((n) => n.getAttribute('text-anchor') === 'middle');
      const y = Math.min(...first.map((n) => Number(n.getAttribute('y'))));
      return first.filter((n) => Number(n.getAttribute('y')) === y).map((n) => n.textContent);
    });
    expect(totals).toEqual(['25', '9', '51']);
  });

  it('shows the items’ sentences when a cell is hovered', async () => {
    await page.hover(`.layer-body [data-ref-id="${NDRC}|${NOTICE}/task-8"]`);
    const card = page.locator('.hover-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('自治区发展改革委');
    expect(await card.locator('.hover-card-item-label').allTextContents()).toEqual([
      '第14项',
      '第15项',
      '第16项',
    ]);
    expect(await card.locator('.hover-card-item-text').first().textContent()).toContain('深化经济技术合作');
    await page.mouse.move(5, 5);
  });

  it('orders rows by load, name and similar work as the core does, and keeps the order in the address', async () => {
    expect(await rowIds()).toEqual(expectedOrder('load'));
    for (const order of ['name', 'cluster', 'load'] as const) {
      await page.click(`.segmented[data-setting="order"] [data-value="${order}"]`);
      await page.waitForSelector(`.matrix-view[data-order="${order}"]`);
      expect(await rowIds()).toEqual(expectedOrder(order));
      if (order !== 'load') expect(await hash()).toContain(`morder=${order}`);
    }
    expect(await hash()).not.toContain('morder=');
  });

  it('switches columns to items (77, 9 lead squares) and to sections (7, with counts)', async () => {
    await page.click('.segmented[data-setting="columns"] [data-value="item"]');
    await page.waitForSelector('.matrix-view[data-mode="item"]');
    expect(await page.locator('.layer-columns [data-ref-kind="item"]').count()).toBe(77);
    expect(await ndrcLeadColumns()).toEqual(
      [2, 5, 16, 20, 22, 24, 26, 38, 66].map((n) => `${NOTICE}/item-${n}`),
    );
    await page.click('.segmented[data-setting="columns"] [data-value="section"]');
    await page.waitForSelector('.matrix-view[data-mode="section"]');
    expect(await page.locator('.layer-columns [data-ref-kind="section"]').count()).toBe(7);
    expect(await hash()).toContain('mcols=section');
    await page.click('.segmented[data-setting="columns"] [data-value="task"]');
  });

  it('selects the agency in every view when its row is clicked', async () => {
    await page.click(`.layer-rows [data-ref-id="ag:自治区商务厅"]`);
    await expect.poll(hash).toContain('sel=agency:ag:自治区商务厅');
    expect(await page.getAttribute('.layer-rows [data-ref-id="ag:自治区商务厅"]', 'font-weight')).toBe('700');
    await page.click('.view-tab[data-view="ranking"]');
    await page.waitForSelector('.ranking-view');
    await page.click('.ranking-body [data-ref-id="ag:自治区财政厅"] >> nth=0');
    await expect.poll(hash).toContain('sel=agency:ag:自治区财政厅');
    await page.click('.view-tab[data-view="matrix"]');
    await page.waitForSelector('.matrix-view');
    // Selected elsewhere, highlighted here.
    expect(await page.getAttribute('.layer-rows [data-ref-id="ag:自治区财政厅"]', 'font-weight')).toBe('700');
    expect(await page.getAttribute('.layer-rows [data-ref-id="ag:自治区商务厅"]', 'font-weight')).toBeNull();
  });

  it('walks the selection down the rows with the arrow keys', async () => {
    const order = expectedOrder('load');
    await page.click(`.layer-rows [data-ref-id="${order[0]}"]`);
    await page.focus('.layered-matrix');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(hash).toContain(`sel=agency:${order[2]}`);
    await page.keyboard.press('End');
    await expect.poll(hash).toContain(`sel=agency:${order[44]}`);
    // The last row was scrolled into view below the sticky heads.
    const label = (await page.locator(`.layer-rows [data-ref-id="${order[44]}"]`).boundingBox())!;
    const box = (await page.locator('.layered-matrix').boundingBox())!;
    expect(label.y + label.height).toBeLessThanOrEqual(box.y + box.height);
  });
});
