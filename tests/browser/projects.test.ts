// The projects view on the Manzhouli notice: the table lists the 42 projects the core finds with their
// tasks and agencies, filters by kind, and a click shows the sentence naming the project; the corridor
// map draws the located places and lines, lists the others, and a click on a line selects its project.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';

let browser: Browser;
let page: Page;
let errors: readonly string[];

const RAIL = 'manzhouli-2014/proj-7'; // 满洲里—伊尔施铁路
const hash = () => page.evaluate(() => decodeURIComponent(window.location.hash));
const rows = () =>
  page.$$eval('.project-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-project')));

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser));
  await page.click('.view-tab[data-view="projects"]');
  await page.waitForSelector('.project-table');
});

afterAll(async () => {
  await browser?.close();
});

describe('the projects table', () => {
  it('lists the 42 projects with kind, name, task, lead and cooperating agencies', async () => {
    expect(await rows()).toHaveLength(42);
    const row = page.locator(`tr[data-project="${RAIL}"]`);
    expect(await row.locator('.project-name-cell button').textContent()).toBe('满洲里—伊尔施铁路');
    expect(await row.locator('.project-kind-tag').textContent()).toBe('铁路');
    expect(await row.locator('.project-task-cell').textContent()).toBe('（十三）完善欧亚陆路大通道建设');
    expect(await row.locator('td').nth(3).locator('.agency-chip').allTextContents()).toEqual([
      '自治区发展改革委',
    ]);
    expect(await row.locator('td').nth(4).locator('.agency-chip').count()).toBe(6);
    expect(await page.textContent('.project-kind[data-kind="rail"] .project-kind-count')).toBe('5');
  });

  it('filters by kind, keeps the filter in the address, and shows all again', async () => {
    await page.click('.project-kind[data-kind="seaport"]');
    expect(
      await page.$$eval('.project-table tbody tr .project-name-cell button', (b) =>
        b.map((x) => x.textContent),
      ),
    ).toEqual(['大连港', '营口港', '秦皇岛港', '天津港']);
    await page.click('.project-kind[data-kind="airport"]');
    expect(await rows()).toHaveLength(5);
    expect(await hash()).toContain('pkinds=seaport,airport');
    await page.click('.project-kind.is-all');
    expect(await rows()).toHaveLength(42);
    expect(await hash()).not.toContain('pkinds');
  });

  it('shows the sentence that names a clicked project, its name marked, and opens it in the source', async () => {
    await page.click(`tr[data-project="${RAIL}"] .project-name-cell button`);
    expect(await hash()).toContain(`sel=project:${RAIL}`);
    expect(await page.textContent('.graph-panel-title')).toBe('满洲里—伊尔施铁路');
    expect(await page.textContent('.graph-panel-meta')).toBe('满洲里 → 伊尔施');
    const sentence = page.locator('.graph-item-sentence').first();
    expect(await sentence.textContent()).toBe(
      '加快建设满洲里 —伊尔施铁路，贯通满洲里至大连港、营口港、秦皇岛港和天津港出海通道；',
    );
    expect(await sentence.locator('mark').textContent()).toBe('满洲里 —伊尔施铁路');
    await page.screenshot({ path: new URL('projects-table.png', SCREENSHOT_DIR).pathname });
    await page.click('.graph-item button');
    await page.waitForSelector('.graph-panel-source .source-text, .graph-panel-source');
    expect(await page.locator('.graph-panel-source').textContent()).toContain('满洲里 —伊尔施铁路');
  });

  it('keeps the selection across a reload', async () => {
    await page.click(`tr[data-project="${RAIL}"] .project-name-cell button`);
    await page.reload();
    await page.waitForSelector('.project-table');
    expect(await page.getAttribute(`tr[data-project="${RAIL}"]`, 'aria-selected')).toBe('true');
    expect(await page.textContent('.graph-panel-title')).toBe('满洲里—伊尔施铁路');
  });
});

describe('the corridor map', () => {
  it('draws the located places and lines, and lists the places it has no coordinates for', async () => {
    await page.click('.segmented[data-setting="pshow"] [data-value="map"]');
    await page.waitForSelector('.corridor-map');
    await waitForFonts(page);
    expect(await hash()).toContain('pshow=map');
    const places = await page.$$eval('.corridor-place', (g) => g.map((x) => x.getAttribute('data-place')));
    expect(places).toEqual(expect.arrayContaining(['满洲里', '赤塔', '哈尔滨', '大连', '天津']));
    const unplaced = await page.$$eval('.corridor-unplaced li', (li) =>
      li.map((x) => x.getAttribute('data-place')),
    );
    expect(unplaced).toEqual(expect.arrayContaining(['伊尔施', '阿日哈沙特', '黑山头', '室韦']));
    for (const name of unplaced) expect(places).not.toContain(name);
    const kinds = await page.$$eval('.corridor-route', (g) => g.map((x) => x.getAttribute('data-kind')));
    expect(kinds).toEqual(expect.arrayContaining(['rail', 'road']));
    const symbols = await page.$$eval('.corridor-symbol', (g) => g.map((x) => x.getAttribute('data-kind')));
    expect(new Set(symbols)).toEqual(new Set(['border-port', 'seaport', 'airport']));
    // The crowded towns round 满洲里 enlarged in an inset, named there.
    expect(await page.textContent('.corridor-inset-title')).toBe('满洲里周边');
    const inset = await page.$$eval('.corridor-inset .corridor-place text', (t) =>
      t.map((x) => x.textContent),
    );
    expect(inset).toEqual(expect.arrayContaining(['满洲里', '扎赉诺尔', '呼伦湖']));
    await page.screenshot({ path: new URL('projects-map.png', SCREENSHOT_DIR).pathname });
  });

  it('selects a line’s project when it is clicked, in the panel and the address', async () => {
    const id = await page.$$eval('.corridor-route', (gs) =>
      gs.find((g) => g.querySelector('title')?.textContent === '滨州铁路')?.getAttribute('data-project'),
    );
    expect(id).toBeTruthy();
    // Near Harbin, past Qiqihar, where no other line runs beside it.
    const at = await page.$eval(`.corridor-route[data-project="${id}"] .corridor-route-line`, (path) => {
      const line = path as SVGPathElement;
      const p = line.getPointAtLength(line.getTotalLength() * 0.06);
      const m = line.getScreenCTM()!;
      return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
    });
    await page.mouse.click(at.x, at.y);
    expect(await hash()).toContain(`sel=project:${id}`);
    expect(await page.textContent('.graph-panel-title')).toBe('滨州铁路');
    expect(await page.getAttribute(`.corridor-route[data-project="${id}"]`, 'class')).toContain(
      'is-selected',
    );
    await page.screenshot({ path: new URL('projects-map-selected.png', SCREENSHOT_DIR).pathname });
  });

  it('raised no error and asked nothing of the network', async () => {
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
