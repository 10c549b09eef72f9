// The load ranking on the Manzhouli notice: the agencies the figures say are overloaded are flagged and
// explained, the threshold follows its setting, the weights change the load, and a row selects.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';

const FLAGGED = [
  '发展改革委',
  '商务厅',
  '经济和信息化委',
  '住房城乡建设厅',
  '国土资源厅',
  '环保厅',
  '财政厅',
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser, { lang: 'en' }));
  await page.click('.view-tab[data-view="ranking"]');
  await page.waitForSelector('.ranking-view');
});

afterAll(async () => {
  await browser?.close();
});

const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash));
const explanations = () =>
  page.$$eval('.ranking-body text', (nodes) =>
    nodes.map((n) => n.textContent ?? '').filter((t) => t.includes('times the typical agency')),
  );

describe('the load ranking', () => {
  it('flags the seven agencies with load ≥ 27 = median 7 + 5 × MAD 4, each explained', async () => {
    expect((await page.getAttribute('.ranking-view', 'data-flagged'))?.split(' ')).toEqual(
      FLAGGED.map((n) => `ag:自治区${n}`),
    );
    const lines = await explanations();
    expect(lines.map((l) => l.split(':')[0])).toEqual(FLAGGED);
    expect(lines[0]).toBe(
      "发展改革委: 9 led, 51 joined, in all 7 sections — load 78, 11 times the typical agency's 7",
    );
    expect(await page.textContent('.ranking-verdict')).toContain(
      'overload threshold 27 = median 7 + 5 × MAD 4',
    );
    expect(await page.locator('.ranking-body text', { hasText: /^threshold 27$/ }).count()).toBe(1);
  });

  it('states the defaults in plain words', async () => {
    const words = await page.textContent('.ranking-explainer');
    expect(words).toContain('The defaults are 3, 1 and 2');
    expect(words).toContain('at least 5 MADs above the median load');
    expect(await page.inputValue('input[name="lead"]')).toBe('3');
    expect(await page.inputValue('input[name="threshold"]')).toBe('5');
  });

  it('flags fewer agencies when the threshold is raised, and keeps it in the address', async () => {
    await page.fill('input[name="threshold"]', '10');
    await expect.poll(explanations).toHaveLength(3);
    expect((await explanations()).map((l) => l.split(':')[0])).toEqual(FLAGGED.slice(0, 3));
    expect(await hash()).toContain('mads=10');
  });

  it('weighs leading as set: lead 5 makes 自治区发展改革委’s load 96', async () => {
    await page.fill('input[name="lead"]', '5');
    await expect.poll(hash).toContain('wlead=5');
    expect(await page.locator('.ranking-head text', { hasText: 'Load = 5 × items led' }).count()).toBe(1);
    const ndrc = await page
      .locator('.ranking-body text[data-ref-id="ag:自治区发展改革委"]')
      .getAttribute('y');
    const load = await page.$$eval(
      '.ranking-body text',
      (nodes, y) =>
        nodes.find((n) => n.getAttribute('y') === y && n.getAttribute('font-weight') === '600')?.textContent,
      ndrc,
    );
    expect(load).toBe('96');
    await page.click('.weight-reset');
    await expect.poll(explanations).toHaveLength(7);
    expect(await hash()).not.toMatch(/wlead|mads/);
  });

  it('selects an agency when its bar is clicked', async () => {
    await page.click('.ranking-body text[data-ref-id="ag:自治区环保厅"]');
    await expect.poll(hash).toContain('sel=agency:ag:自治区环保厅');
  });
});
