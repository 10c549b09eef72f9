// The clustering order ("Similar work") as a user meets it: nothing is clustered until it is chosen,
// then the rows take the order the core computes, worked out in the clustering-order worker; where no
// worker can run, on the main thread, to the same order.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWorkload } from '../../src/analysis/workload.ts';
import { agencyTaskMatrix, coassignmentMatrix } from '../../src/graph/matrix.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedBytes } from '../support/seed.ts';
import { launchBrowser, openApp } from './app.ts';

const { tasks, co } = (() => {
  const model = parseNotice(seedBytes());
  const tasks = agencyTaskMatrix(model, computeWorkload(model), 'task');
  return { tasks, co: coassignmentMatrix(model, tasks) };
})();
const taskCluster = tasks.orders.cluster.map((r) => tasks.rows[r]?.agencyId);
const partnerCluster = co.orders.cluster.map((r) => co.rows[r]?.agencyId);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const rowIds = (page: Page) =>
  page.$$eval('.layer-rows [data-ref-kind="agency"]', (nodes) =>
    nodes.map((n) => n.getAttribute('data-ref-id')),
  );

async function chooseCluster(page: Page, view: string): Promise<void> {
  await page.click('.segmented[data-setting="order"] [data-value="cluster"]');
  await page.waitForSelector(`.${view}[data-order="cluster"]`);
}

describe('the clustering order', () => {
  it('is computed in its worker only once chosen, and orders the rows of both matrices', async () => {
    const { page, errors } = await openApp(browser, { view: 'matrix' });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.waitForSelector('.matrix-view .layered-matrix[data-renderer="svg"]');
    expect(workers.filter((url) => url.includes('cluster-order'))).toEqual([]);
    expect(await page.getAttribute('.matrix-view', 'data-order')).toBe('load');

    await chooseCluster(page, 'matrix-view');
    expect(await rowIds(page)).toEqual(taskCluster);
    expect(workers.filter((url) => url.includes('cluster-order'))).toHaveLength(1);
    expect(await page.locator('.order-status[data-pending]').count()).toBe(0);

    await page.click('.view-tab[data-view="coassignment"]');
    await page.waitForSelector('.coassignment-view .layer-body');
    await chooseCluster(page, 'coassignment-view');
    expect(await rowIds(page)).toEqual(partnerCluster);
    expect(await page.evaluate(() => window.location.hash)).toContain('corder=cluster');
    expect(errors).toEqual([]);
  });

  it('orders the rows alike on the main thread when workers are refused', async () => {
    const { page, errors } = await openApp(browser, {
      view: 'matrix',
      initScript: () => {
        window.Worker = class {
          constructor() {
            throw new DOMException('Workers are disabled here.', 'SecurityError');
          }
        } as unknown as typeof Worker;
      },
    });
    await page.waitForSelector('.matrix-view .layered-matrix[data-renderer="svg"]');
    await chooseCluster(page, 'matrix-view');
    expect(await rowIds(page)).toEqual(taskCluster);
    expect(errors).toEqual([]);
  });
});
