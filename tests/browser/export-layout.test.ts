// The export dialog lays the agency–task network out as the file asks: as on screen by default, or in
// layers (sections and tasks in columns, agencies in rows by load beneath them) for a briefing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descendants, parseXmlStrict } from '../unit/xml-tree.ts';
import { launchBrowser, openApp } from './app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { waitForDrawn } from './graph-app.ts';

const SCREENSHOTS = new URL('./screenshots/', import.meta.url);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser, { view: 'graph' }));
  await waitForDrawn(page);
  await openExportDialog(page);
  await page.waitForSelector('.export-dialog [data-setting="layout"]');
});

afterAll(async () => {
  await browser?.close();
});

const choose = (setting: string, value: string) =>
  page.click(`.export-dialog [data-setting="${setting}"] [data-value="${value}"]`);

/** The y of each text in a layer of the downloaded SVG (`<g id="labels">`…), by its words. */
function textYs(svg: string, layer: string): Map<string, number> {
  const group = descendants(parseXmlStrict(svg), 'g').find((g) => g.attributes.id === layer);
  const ys = new Map<string, number>();
  for (const t of group ? descendants(group, 'text') : []) ys.set(t.text, Number(t.attributes.y));
  return ys;
}

describe('the export dialog’s layout', () => {
  it('offers as on screen, force and layered for the agency–task network, as on screen first', async () => {
    const options = await page.$$eval('.export-dialog [data-setting="layout"] [data-value]', (buttons) =>
      buttons.map((b) => b.getAttribute('data-value')),
    );
    expect(options).toEqual(['screen', 'fcose', 'layered']);
    expect(
      await page.getAttribute('.export-dialog [data-setting="layout"] [data-value="screen"]', 'aria-pressed'),
    ).toBe('true');
  });

  it('writes the layered network: section titles in one row, every agency below the tasks', async () => {
    await choose('layout', 'layered');
    await choose('format', 'svg');
    await page.waitForSelector('.export-download:not([disabled])');
    await page.waitForTimeout(500); // the preview redrawn in layers
    await page.screenshot({ path: new URL('export-dialog-layered.png', SCREENSHOTS).pathname });
    const svg = (await downloadFrom(page, '.export-download')).bytes.toString('utf8');
    const titles = [...textYs(svg, 'sections').values()];
    expect(titles.length).toBe(7);
    expect(Math.max(...titles) - Math.min(...titles)).toBeLessThan(1);
    const names = textYs(svg, 'labels');
    for (const name of ['发展改革委', '商务厅', '编办'])
      expect(names.get(name)).toBeGreaterThan(Math.max(...titles) + 100);
  });
});
