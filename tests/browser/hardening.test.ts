// Hardening seen from the browser: the server forbids framing, the page's policy forbids plugins,
// base and form targets; a right-to-left override in a notice's name is dropped and every name is its
// own bidirectional island; a rename is bounded.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { closeImport, inspectAgency } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('hardening', () => {
  it('is served with framing forbidden, and its policy names no plugins, base or form targets', async () => {
    const response = await fetch(inject('appUrl'));
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const { page, errors } = await openApp(browser);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const rule of ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "default-src 'self'"])
      expect(policy).toContain(rule);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drops a right-to-left override from a name, isolates names, and bounds a rename', async () => {
    const { page, errors } = await openApp(browser);
    await page.click('.import-open');
    await page.fill(
      '.import-paste-text',
      '一、开放\n（一）推进口岸建设。（省\u202e商务厅牵头，省财政厅配合）',
    );
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
    const chips = page.locator('.outline-entry .agency-chip');
    expect(await chips.allTextContents()).toEqual(['省商务厅', '省财政厅']);
    expect(await chips.first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await inspectAgency(page, '省商务厅');
    expect(await page.getAttribute('#rename-agency', 'maxlength')).toBe('60');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says which part failed when a lazy chunk cannot be fetched, and the rest keeps working', async () => {
    const { page } = await openApp(browser, { view: 'projects', lang: 'en' });
    // As after a new deploy under an open tab: the map's chunk is gone from the server.
    await page.route(/CorridorMap-[^/]*\.js$/, (route) => route.abort());
    await page.click('.segmented[data-setting="pshow"] [data-value="map"]');
    await page.waitForSelector('.part-failed[role="alert"]');
    expect(await page.textContent('.part-failed')).toMatch(
      /^The corridor map could not open: .+Reload the page/,
    );
    // The top bar and the other views still work.
    await page.click('.view-tab[data-view="ranking"]');
    await page.waitForSelector('.ranking-view');
    await page.context().close();
  });
});
