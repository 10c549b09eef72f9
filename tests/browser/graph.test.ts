// The network view in Chromium on the Manzhouli notice: every agency and task drawn, the side panel
// tracing 自治区发展改革委 to its sentences and the source, pinyin search, filters, keyboard, the
// address, the same picture on every load, and a graph even where workers are refused.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handItems } from '../support/manzhouli-items.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { clickNode, drawnGraph, drawnViewport, nodeOnScreen, openGraph, waitForDrawn } from './graph-app.ts';

const NDRC = 'ag:自治区发展改革委';
const items = handItems();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the agency–task network', () => {
  it('is what a cold visit to the bare address opens on', async () => {
    const { page, errors } = await openApp(browser, { view: null });
    await waitForDrawn(page);
    expect(await page.getAttribute('.app-view', 'data-view')).toBe('graph');
    const { nodes } = await drawnGraph(page);
    expect(nodes.filter((n) => n.kind === 'agency' && n.visible)).toHaveLength(45);
    expect(await page.evaluate(() => window.location.hash)).toContain('view=graph');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws every agency, task and section of the notice, and every (task, agency, role) edge', async () => {
    const { page, errors } = await openGraph(browser);
    const { nodes, edges } = await drawnGraph(page);
    const count = (kind: string) => nodes.filter((n) => n.kind === kind && n.visible).length;
    expect([count('agency'), count('task'), count('section')]).toEqual([45, 29, 7]);
    const leadPairs = new Set(items.flatMap((i) => i.leads.map((a) => `${a} ${i.task}`)));
    expect(edges.filter((e) => e.kind === 'lead' && e.visible)).toHaveLength(leadPairs.size);
    expect(nodes.find((n) => n.id === 'ag:自治区商务厅')?.label).toBe('商务厅');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the items 自治区发展改革委 leads and joins, each with its sentence, and shows one in the source', async () => {
    const { page } = await openGraph(browser);
    await clickNode(page, NDRC);
    await page.waitForSelector('.graph-panel-title:text("自治区发展改革委")');
    const lists = page.locator('.graph-item-list');
    const leads = items.filter((i) => i.leads.includes('自治区发展改革委'));
    const joins = items.filter((i) => i.cooperators.includes('自治区发展改革委'));
    await expect.poll(() => lists.nth(0).locator('.graph-item').count()).toBe(leads.length);
    expect(await lists.nth(1).locator('.graph-item').count()).toBe(joins.length);
    expect(await lists.nth(0).locator('.graph-role.role-lead').count()).toBe(leads.length);
    // Every entry carries the words of its paragraph, e.g. item 4's 拓宽直接融资渠道 is led by 发展改革委.
    const sentences = await lists.nth(0).locator('.graph-item-sentence').allTextContents();
    expect(sentences.every((s) => s.length > 20)).toBe(true);
    expect(sentences.some((s) => s.startsWith('拓宽直接融资渠道'))).toBe(true);

    await lists.nth(0).locator('.graph-item', { hasText: '拓宽直接融资渠道' }).locator('button').click();
    const selected = page.locator('.graph-panel-source .source-block.is-selected');
    await selected.waitFor();
    expect(await selected.textContent()).toContain('拓宽直接融资渠道');
    expect(await selected.locator('.source-marker.is-selected').textContent()).toContain(
      '自治区发展改革委牵头',
    );
    // The source pane has scrolled the item into view.
    const pane = await page.locator('.graph-panel-source-text').boundingBox();
    const block = await selected.boundingBox();
    expect(block && pane && block.y >= pane.y - 1 && block.y < pane.y + pane.height).toBe(true);
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toContain('sel=item:');
    await page.context().close();
  });

  it('answers “who works most with 商务厅, and on what?” in two clicks from the first screen', async () => {
    const { page, errors } = await openApp(browser, { view: null });
    await waitForDrawn(page);
    // First click: the busiest agencies are listed beside the network on arrival.
    await page
      .locator('.graph-panel')
      .getByRole('button', { name: /自治区商务厅/ })
      .first()
      .click();
    await page.waitForSelector('.graph-panel-title:text("自治区商务厅")');
    const partners = page.locator('.graph-partner');
    // Its partners, most shared items first, each with the partner's part in them.
    const expected = new Map<string, number>();
    for (const item of items) {
      const named = [...item.leads, ...item.cooperators];
      if (!named.includes('自治区商务厅')) continue;
      for (const name of named)
        if (name !== '自治区商务厅') expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    const top = [...expected].sort((a, b) => b[1] - a[1])[0] as [string, number];
    expect(await partners.first().locator('.graph-partner-name').textContent()).toBe(top[0]);
    expect(await partners.first().locator('.graph-partner-count').textContent()).toBe(`${top[1]} 项`);
    expect(await partners.first().locator('.graph-partner-parts').textContent()).toMatch(
      /牵头 \d+ · 配合 \d+/,
    );
    // Second click: the items they share, each with its sentence.
    await partners.first().locator('.graph-partner-toggle').click();
    await expect.poll(() => partners.first().locator('.graph-item').count()).toBe(top[1]);
    const sentences = await partners.first().locator('.graph-item-sentence').allTextContents();
    expect(sentences.every((s) => s.length > 10)).toBe(true);
    await page.screenshot({ path: new URL('graph-partners.png', SCREENSHOT_DIR).pathname });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('carries an agency clicked in the graph over to the outline and the source text', async () => {
    const { page } = await openGraph(browser);
    await clickNode(page, NDRC);
    await page.waitForSelector('.graph-panel-title:text("自治区发展改革委")');
    await page.click('.view-tab[data-view="outline"]');
    const bar = page.locator('.focus-bar');
    await bar.waitFor();
    const leads = items.filter((i) => i.leads.includes('自治区发展改革委')).length;
    const joins = items.filter((i) => i.cooperators.includes('自治区发展改革委')).length;
    expect(await bar.locator('.focus-bar-name').textContent()).toBe('自治区发展改革委');
    expect(await bar.locator('.related-lead b').textContent()).toBe(String(leads));
    expect(await bar.locator('.related-cooperate b').textContent()).toBe(String(joins));
    expect(await page.locator('.outline-entry.related-lead').count()).toBe(leads);
    expect(await page.locator('.outline-entry.related-cooperate').count()).toBe(joins);
    expect(await page.locator('.agency-chip.is-focused').count()).toBe(leads + joins);
    expect(await page.locator('.source-block.is-related').count()).toBeGreaterThan(0);
    await page.click('.focus-bar-clear');
    await expect.poll(() => page.locator('.outline-entry.is-related').count()).toBe(0);
    await page.context().close();
  });

  it('finds 商务厅 by pinyin initials and 发展改革委 by an abbreviation’s sounds', async () => {
    const { page } = await openGraph(browser);
    const search = page.locator('.graph-search input');
    await search.fill('swt');
    await expect
      .poll(() => page.locator('.graph-search-hits li').first().textContent())
      .toContain('自治区商务厅');
    await search.fill('fagai');
    await expect
      .poll(() => page.locator('.graph-search-hits li').first().textContent())
      .toContain('发展改革委');
    await search.fill('fgw');
    await expect
      .poll(() => page.locator('.graph-search-hits li').first().textContent())
      .toContain('发展改革委');
    await search.fill('商务');
    await search.press('Enter');
    await page.waitForSelector('.graph-panel-title:text("自治区商务厅")');
    await page.context().close();
  });

  it('filters to lead edges only, and to one section, hiding the rest in place', async () => {
    const { page } = await openGraph(browser, 'lead=only');
    const led = await drawnGraph(page);
    expect(led.edges.filter((e) => e.visible).every((e) => e.kind === 'lead')).toBe(true);
    const leaders = new Set(items.flatMap((i) => i.leads));
    expect(led.nodes.filter((n) => n.kind === 'agency' && n.visible)).toHaveLength(leaders.size);

    await page.evaluate(() => (window.location.hash = 'view=graph&sections=3'));
    // The redraw after the address changes can take seconds on a loaded machine.
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.filter((n) => n.kind === 'task' && n.visible).length, {
        timeout: 15_000,
      })
      .toBe(3);
    await page.context().close();
  });

  it('walks the graph with the keyboard and clears the selection with Escape', async () => {
    const { page } = await openGraph(browser);
    await page.focus('.graph-stage');
    // The arrows move the keyboard's ring; Enter selects what it is on, as a click does.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('sel=');
    const first = await page.evaluate(() => window.location.hash);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('sel=');
    await page.context().close();
  });
});

describe('the other networks and the address', () => {
  it('draws the coordination network with one link per pair of agencies sharing an item', async () => {
    const { page } = await openGraph(browser, 'graph=coordination');
    const { nodes, edges } = await drawnGraph(page);
    const pairs = new Set<string>();
    for (const i of items) {
      const named = [...i.leads, ...i.cooperators];
      for (const a of named) for (const b of named) if (a < b) pairs.add(`${a}|${b}`);
    }
    expect(nodes.filter((n) => n.kind === 'agency')).toHaveLength(45);
    expect(edges).toHaveLength(pairs.size);
    await page.context().close();
  });

  it('opens an agency’s ego view from its panel and keeps view and selection across a reload', async () => {
    const { page } = await openGraph(browser);
    await clickNode(page, 'ag:自治区金融办');
    await page.waitForSelector('.graph-panel-title:text("自治区金融办")');
    await page.click('.graph-panel-action');
    await waitForDrawn(page, 'ego fcose');
    const ego = await drawnGraph(page);
    const tasks = new Set(
      items.filter((i) => [...i.leads, ...i.cooperators].includes('自治区金融办')).map((i) => i.task),
    );
    expect(ego.nodes.filter((n) => n.kind === 'task')).toHaveLength(tasks.size);

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    await waitForDrawn(page, 'ego fcose');
    expect(await page.textContent('.graph-panel-title')).toBe('自治区金融办');
    expect(await page.textContent('.graph-ego-name')).toBe('自治区金融办');
    await page.context().close();
  });

  it('keeps zoom, pan and dragged nodes in the address, and shows them again after a reload', async () => {
    const { page } = await openGraph(browser);
    const param = (key: string) =>
      page.evaluate((k) => new URLSearchParams(window.location.hash.slice(1)).get(k), key);
    const at = await nodeOnScreen(page, 'ag:自治区商务厅');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => param('positions')).toContain('ag:自治区商务厅');
    await page.click('.graph-stage-controls button[data-control="zoom-in"]');
    await expect
      .poll(async () => Number(await param('zoom')))
      .toBeCloseTo((await drawnViewport(page)).zoom, 2);
    const moved = (await drawnGraph(page)).nodes.find((n) => n.id === 'ag:自治区商务厅');
    const view = await drawnViewport(page);

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    await waitForDrawn(page);
    const again = (await drawnGraph(page)).nodes.find((n) => n.id === 'ag:自治区商务厅');
    expect(Math.round(again?.x ?? 0)).toBe(Math.round(moved?.x ?? 1));
    expect(Math.round(again?.y ?? 0)).toBe(Math.round(moved?.y ?? 1));
    const restored = await drawnViewport(page);
    expect(restored.zoom).toBeCloseTo(view.zoom, 2);
    expect(Math.abs(restored.pan.x - view.pan.x)).toBeLessThan(2);
    await page.context().close();
  });

  it('draws the same picture on every load', async () => {
    const positions = async () => {
      const { page } = await openGraph(browser);
      const { nodes } = await drawnGraph(page);
      await page.context().close();
      return nodes.map((n) => `${n.id} ${n.x.toFixed(1)} ${n.y.toFixed(1)}`).sort();
    };
    expect(await positions()).toEqual(await positions());
  });

  it('lays the graph out on the main thread when workers are refused', async () => {
    const { page, errors } = await openGraph(browser, '', {
      initScript: () => {
        window.Worker = class {
          constructor() {
            throw new DOMException('Workers are disabled here.', 'SecurityError');
          }
        } as unknown as typeof Worker;
      },
    });
    const { nodes } = await drawnGraph(page);
    expect(nodes.filter((n) => n.kind === 'agency')).toHaveLength(45);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
