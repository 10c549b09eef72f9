// The agency × agency matrix on the Manzhouli notice: the same agencies down and across, squares for
// the pairs named together, the shared items on hover, and the orders.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWorkload } from '../../src/analysis/workload.ts';
import { agencyTaskMatrix, coassignmentMatrix } from '../../src/graph/matrix.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedBytes } from '../support/seed.ts';
import { launchBrowser, openApp } from './app.ts';

const co = (() => {
  const model = parseNotice(seedBytes());
  return coassignmentMatrix(model, agencyTaskMatrix(model, computeWorkload(model)));
})();

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser));
  await page.click('.view-tab[data-view="coassignment"]');
  await page.waitForSelector('.coassignment-view .layered-matrix[data-renderer="svg"]');
});

afterAll(async () => {
  await browser?.close();
});

describe('the agency × agency matrix', () => {
  it('has the 45 agencies down and across in the same order', async () => {
    const down = await page.$$eval('.layer-rows [data-ref-kind="agency"]', (n) =>
      n.map((e) => e.getAttribute('data-ref-id')),
    );
    const across = await page.$$eval('.layer-columns [data-ref-kind="agency"]', (n) =>
      n.map((e) => e.getAttribute('data-ref-id')),
    );
    expect(down).toHaveLength(45);
    expect(across).toEqual(down);
  });

  it('draws a square for every pair named together', async () => {
    let pairs = 0;
    co.counts.forEach((row, i) => row.forEach((c, j) => i !== j && c > 0 && pairs++));
    expect(await page.locator('.layer-body [data-ref-kind="cell"]').count()).toBe(pairs);
  });

  it('shows the items two agencies share on hover', async () => {
    const a = co.rows.findIndex((r) => r.name === '自治区发展改革委');
    const b = co.rows.findIndex((r) => r.name === '自治区商务厅');
    const shared = co.counts[a]?.[b] ?? 0;
    await page.hover('.layer-body [data-ref-id="ag:自治区发展改革委|ag:自治区商务厅"]');
    const card = page.locator('.hover-card');
    await card.waitFor();
    expect(await card.locator('.hover-card-figures').textContent()).toBe(`共同出现在 ${shared} 个事项中`);
    expect(await card.locator('.hover-card-items > li').count()).toBe(Math.min(4, shared));
    await page.mouse.move(5, 5);
  });

  it('reorders by name, and the address keeps it', async () => {
    await page.click('.segmented[data-setting="order"] [data-value="name"]');
    await page.waitForSelector('.coassignment-view[data-order="name"]');
    const down = await page.$$eval('.layer-rows [data-ref-kind="agency"]', (n) =>
      n.map((e) => e.getAttribute('data-ref-id')),
    );
    expect(down).toEqual(co.orders.name.map((r) => co.rows[r]?.agencyId));
    expect(await page.evaluate(() => window.location.hash)).toContain('corder=name');
  });
});
