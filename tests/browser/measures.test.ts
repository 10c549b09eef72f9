// The measures table on the Manzhouli notice: every agency with its figures, heaviest first; sorted by
// any column; filtered by name, flag or bloc; a count opens the items behind it; a name selects the
// agency in the side panel; the table saves as the CLI's metrics CSV.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the measures table', () => {
  it('answers who carries most, who bridges, and who works together, with the items behind each number', async () => {
    const { page, errors } = await openApp(browser, { view: 'measures', lang: 'en' });
    const names = () =>
      page.locator('.measures-table tbody tr[data-agency] .measures-agency').allTextContents();
    expect(await page.getAttribute('.measures-view', 'data-rows')).toBe('45');
    expect((await names())[0]).toBe('自治区发展改革委');
    const first = page.locator('.measures-table tbody tr[data-agency]').first();
    expect(await first.locator('td[data-measure="led"]').textContent()).toBe('9');
    expect(await first.locator('td[data-measure="load"]').textContent()).toBe('78');
    expect(await first.locator('.measures-flag').count()).toBe(1);

    // Sorted by betweenness: the agencies that bridge the others come first.
    await page.click('th[data-measure="betweenness"] button');
    expect(await page.getAttribute('th[data-measure="betweenness"]', 'aria-sort')).toBe('descending');
    const bridges = await page
      .locator('.measures-table tbody tr[data-agency] td[data-measure="betweenness"]')
      .allTextContents();
    expect(bridges.map(Number)).toEqual([...bridges.map(Number)].sort((a, b) => b - a));

    // A count opens the items behind it: 自治区商务厅 leads 14.
    await page.fill('.measures-filter', '商务厅');
    expect(await names()).toEqual(['自治区商务厅']);
    await page.click('tr[data-agency="ag:自治区商务厅"] td[data-measure="led"] button');
    expect(await page.textContent('.measures-detail-head')).toBe('自治区商务厅 — 14 led');
    expect(await page.locator('.measures-detail .graph-item-group li').count()).toBe(14);
    await page.screenshot({ path: new URL('measures-detail.png', SCREENSHOT_DIR).pathname });

    // A bloc shows its agencies only; the name selects the agency for the side panel.
    await page.fill('.measures-filter', '');
    await page.click('.measures-bloc-chip[data-bloc="2"]');
    // The bloc says in one line what it shares.
    expect(await page.textContent('.measures-bloc-note')).toMatch(
      /^自治区商务厅 and 8 others share \d+ items, most in 全面扩大对外开放；.+\.$/,
    );
    const blocs = await page
      .locator('.measures-table tbody tr[data-agency] .measures-bloc-tag')
      .allTextContents();
    expect(new Set(blocs)).toEqual(new Set(['2']));
    expect(await names()).toContain('自治区商务厅');
    await page.click('tr[data-agency="ag:自治区商务厅"] .measures-agency');
    await expect
      .poll(() => page.evaluate(() => decodeURIComponent(window.location.hash)))
      .toContain('sel=agency:ag:自治区商务厅');
    await page.screenshot({ path: new URL('measures.png', SCREENSHOT_DIR).pathname });

    // Overloaded only, then the CSV the CLI writes.
    await page.click('.measures-bloc-chip.is-all, .measures-blocs .is-all');
    await page.check('.measures-flagged input');
    expect(Number(await page.getAttribute('.measures-view', 'data-rows'))).toBeGreaterThan(0);
    expect(await page.locator('.measures-table tbody tr[data-agency] .measures-flag').count()).toBe(
      Number(await page.getAttribute('.measures-view', 'data-rows')),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.measures-csv')]);
    expect(download.suggestedFilename()).toMatch(/-measures\.csv$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
