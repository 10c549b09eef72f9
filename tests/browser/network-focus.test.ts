// The network answers "who works with this agency?" directly: focus on an agency (1 or 2 steps, the rest
// hidden), thin the coordination network by shared items, hover an edge for its pair, pick any lit edge
// on the first click, zoom a felt step per wheel notch, and keep the picture framed when the stage narrows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR } from './app.ts';
import { clickNode, drawnGraph, drawnViewport, openGraph } from './graph-app.ts';

const COMMERCE = 'ag:自治区商务厅';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const param = (page: Page, key: string) =>
  page.evaluate((k) => new URLSearchParams(window.location.hash.slice(1)).get(k), key);

const shot = (page: Page, name: string) => page.screenshot({ path: new URL(name, SCREENSHOT_DIR).pathname });

/** The drawn agencies' ids that are visible, and Cytoscape's neighbours of one agency. */
function visibleAgencies(page: Page): Promise<string[]> {
  return drawnGraph(page).then((g) =>
    g.nodes.filter((n) => n.kind === 'agency' && n.visible).map((n) => n.id),
  );
}

function partnersOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((agency) => {
    type Cy = import('cytoscape').Core;
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
    return cy
      .getElementById(agency)
      .neighborhood('node')
      .map((n) => n.id());
  }, id);
}

describe('focus on an agency', () => {
  it('shows, in the coordination network, only the agency and its partners, then two steps, then all', async () => {
    const { page, errors } = await openGraph(browser, 'graph=coordination');
    const all = await visibleAgencies(page);
    await clickNode(page, COMMERCE);
    await page.click('.graph-focus-start');
    await expect.poll(() => param(page, 'focus')).toBe(COMMERCE);
    const partners = await partnersOf(page, COMMERCE);
    await expect
      .poll(async () => (await visibleAgencies(page)).sort())
      .toEqual([COMMERCE, ...partners].sort());
    expect(partners.length).toBeLessThan(all.length - 1);
    // Hidden, not faded: the rest is not drawn at all.
    const hidden = (await drawnGraph(page)).nodes.filter((n) => !n.visible);
    expect(hidden.length).toBe(all.length - partners.length - 1);
    await page.waitForTimeout(450);
    await shot(page, 'network-focus-coordination.png');

    await page.click('.graph-focus [role="radio"]:has-text("两步")');
    await expect.poll(() => param(page, 'steps')).toBe('2');
    await expect.poll(async () => (await visibleAgencies(page)).length).toBeGreaterThan(partners.length + 1);

    await page.click('.graph-focus-leave');
    await expect.poll(() => param(page, 'focus')).toBe(null);
    await expect.poll(async () => (await visibleAgencies(page)).length).toBe(all.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows, in the agency–task network, the agency, its tasks and the agencies on them', async () => {
    const { page } = await openGraph(browser, `focus=${encodeURIComponent(COMMERCE)}`);
    const graph = await drawnGraph(page);
    const tasks = graph.nodes.filter((n) => n.kind === 'task');
    const shownTasks = tasks.filter((n) => n.visible);
    expect(shownTasks.length).toBeGreaterThan(0);
    expect(shownTasks.length).toBeLessThan(tasks.length);
    // Every agency shown shares a shown task with 商务厅: two hops in this network are one step.
    const shown = new Set(graph.nodes.filter((n) => n.visible).map((n) => n.id));
    const near = await page.evaluate((agency) => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      const tasks = cy.getElementById(agency).neighborhood('node');
      return [
        ...new Set([
          agency,
          ...tasks.map((t) => t.id()),
          ...tasks.neighborhood('node[kind = "agency"]').map((n) => n.id()),
        ]),
      ];
    }, COMMERCE);
    const agencies = graph.nodes.filter((n) => n.kind === 'agency' && shown.has(n.id)).map((n) => n.id);
    expect(agencies.sort()).toEqual(near.filter((id) => id.startsWith('ag:')).sort());
    // The focused neighbourhood is framed: every shown node is on the stage.
    const size = await page.locator('.graph-canvas').boundingBox();
    const { zoom, pan } = await drawnViewport(page);
    for (const n of graph.nodes.filter((m) => m.visible && m.kind !== 'section')) {
      expect(n.x * zoom + pan.x).toBeGreaterThan(0);
      expect(n.x * zoom + pan.x).toBeLessThan(size?.width ?? 0);
    }
    await shot(page, 'network-focus-tasks.png');
    await page.context().close();
  });
});

describe('the coordination network thinned and read edge by edge', () => {
  it('hides links sharing fewer than k items and says how many are left', async () => {
    const { page } = await openGraph(browser, 'graph=coordination');
    const total = (await drawnGraph(page)).edges.length;
    await page.locator('.graph-shared input[type="range"]').fill('3');
    await expect.poll(() => param(page, 'minshared')).toBe('3');
    const weights = await page.evaluate(() => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      return cy.edges().map((e) => ({ id: e.id(), visible: e.visible(), width: e.data('width') as number }));
    });
    const shown = weights.filter((e) => e.visible).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total / 2);
    await expect(page.locator('.graph-shared-count').textContent()).resolves.toContain(`${shown}/${total}`);
    await page.waitForTimeout(450);
    await shot(page, 'network-shared-3.png');
    await page.context().close();
  });

  it('lights a hovered edge and names its pair and their shared items', async () => {
    const { page } = await openGraph(browser, 'graph=coordination&minshared=4');
    const edge = await page.evaluate(() => {
      type Cy = import('cytoscape').Core;
      const host = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } };
      const cy = host._cyreg.cy;
      // The heaviest link long enough on screen to hover clear of its two agencies.
      const length = (e: import('cytoscape').EdgeSingular) => {
        const a = e.source().renderedPosition();
        const b = e.target().renderedPosition();
        return Math.hypot(a.x - b.x, a.y - b.y);
      };
      const heaviest = cy
        .edges(':visible')
        .filter((e) => length(e) > 160)
        .sort((a, b) => (b.data('width') as number) - (a.data('width') as number))[0]!;
      const box = host.getBoundingClientRect();
      const m = heaviest.renderedMidpoint();
      return { id: heaviest.id(), x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.move(edge.x - 20, edge.y - 20);
    await page.mouse.move(edge.x, edge.y, { steps: 4 });
    const tip = page.locator('.graph-tooltip[data-kind="edge"]');
    await tip.waitFor();
    const [a, b] = edge.id.replace('co:', '').split('~');
    const text = (await tip.textContent()) ?? '';
    const names = [a, b].map((id) => id!.replace('ag:', ''));
    for (const name of names) expect(text).toContain(name);
    expect(text).toMatch(/共同承担 \d+ 项/);
    const classes = await page.evaluate((id) => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      return cy.getElementById(id).classes();
    }, edge.id);
    expect(classes).toContain('hovered');
    await shot(page, 'network-edge-hover.png');
    await page.context().close();
  });

  it('picks a lit edge on the first click, wherever along it, with faded edges beneath and above', async () => {
    const { page } = await openGraph(browser, 'graph=coordination');
    await clickNode(page, COMMERCE);
    await expect.poll(() => param(page, 'sel')).toBe(`agency:${COMMERCE}`);
    // Points on 商务厅's heaviest links, clear of every node and of its other links.
    const targets = await page.evaluate((agency) => {
      type Cy = import('cytoscape').Core;
      const host = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } };
      const cy = host._cyreg.cy;
      const box = host.getBoundingClientRect();
      const links = cy
        .getElementById(agency)
        .connectedEdges()
        .map((e) => e)
        .sort((a, b) => (b.data('width') as number) - (a.data('width') as number));
      const distance = (p: { x: number; y: number }, e: import('cytoscape').EdgeSingular) => {
        const s = e.source().renderedPosition();
        const t = e.target().renderedPosition();
        const dx = t.x - s.x;
        const dy = t.y - s.y;
        const k = Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p.x - s.x - k * dx, p.y - s.y - k * dy);
      };
      const found: { id: string; x: number; y: number }[] = [];
      for (const e of links) {
        const s = e.source().renderedPosition();
        const t = e.target().renderedPosition();
        for (const k of [0.3, 0.45, 0.6, 0.75]) {
          const p = { x: s.x + k * (t.x - s.x), y: s.y + k * (t.y - s.y) };
          if (p.x < 10 || p.y < 120 || p.x > cy.width() - 60 || p.y > cy.height() - 10) continue;
          const onNode = cy.nodes(':visible').some((n) => {
            const b = n.renderedBoundingBox({});
            return p.x > b.x1 - 6 && p.x < b.x2 + 6 && p.y > b.y1 - 6 && p.y < b.y2 + 6;
          });
          const crowded = links.some((o) => o !== e && distance(p, o) < 8);
          if (!onNode && !crowded) found.push({ id: e.id(), x: box.left + p.x, y: box.top + p.y });
        }
        if (new Set(found.map((f) => f.id)).size >= 5) break;
      }
      return found;
    }, COMMERCE);
    expect(new Set(targets.map((t) => t.id)).size).toBeGreaterThanOrEqual(5);
    const picked: [string, string | null][] = [];
    for (const target of targets) {
      // Each link is lit as one of the agency's: pick the agency again, then the link in one click.
      // Past Cytoscape's double-click interval (250 ms from any click before): a quicker click on the
      // agency is its double click, which opens its ego view.
      await page.waitForTimeout(300);
      await clickNode(page, COMMERCE);
      await expect.poll(() => param(page, 'sel')).toBe(`agency:${COMMERCE}`);
      await page.mouse.click(target.x, target.y);
      await expect.poll(() => param(page, 'sel')).not.toBe(`agency:${COMMERCE}`);
      picked.push([`edge:${target.id}`, await param(page, 'sel')]);
    }
    expect(picked.filter(([want, got]) => want !== got)).toEqual([]);
    await page.context().close();
  });
});

describe('the viewport', () => {
  it('zooms 10–20 % for each wheel notch', async () => {
    const { page } = await openGraph(browser, 'graph=coordination');
    const stage = await page.locator('.graph-canvas').boundingBox();
    await page.mouse.move(
      (stage?.x ?? 0) + (stage?.width ?? 0) / 2,
      (stage?.y ?? 0) + (stage?.height ?? 0) / 2,
    );
    const steps: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = (await drawnViewport(page)).zoom;
      await page.mouse.wheel(0, -100);
      await expect.poll(async () => (await drawnViewport(page)).zoom).not.toBe(before);
      steps.push((await drawnViewport(page)).zoom / before);
    }
    for (const step of steps) {
      expect(step).toBeGreaterThanOrEqual(1.1);
      expect(step).toBeLessThanOrEqual(1.2);
    }
    await page.context().close();
  });

  it('refits when the stage narrows, unless the user has zoomed', async () => {
    const { page } = await openGraph(browser, 'graph=coordination');
    const inside = async () => {
      const size = await page.locator('.graph-canvas').boundingBox();
      const { zoom, pan } = await drawnViewport(page);
      const nodes = (await drawnGraph(page)).nodes;
      return nodes.every((n) => n.x * zoom + pan.x > 0 && n.x * zoom + pan.x < (size?.width ?? 0));
    };
    expect(await inside()).toBe(true);
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(inside).toBe(true);

    const stage = await page.locator('.graph-canvas').boundingBox();
    await page.mouse.move((stage?.x ?? 0) + 200, (stage?.y ?? 0) + 300);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(100);
    const zoomed = await drawnViewport(page);
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.waitForTimeout(400);
    expect((await drawnViewport(page)).zoom).toBeCloseTo(zoomed.zoom, 5);
    await page.context().close();
  });
});

describe('colour by bloc', () => {
  it('fills each agency with its bloc’s colour and names the blocs in the legend', async () => {
    const { page } = await openGraph(browser, 'graph=coordination&colour=bloc');
    const fills = await page.evaluate(() => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      return cy
        .nodes('[kind = "agency"]')
        .map((n) => ({ generic: n.data('borderStyle') === 'dashed', fill: n.data('fill') as string }));
    });
    // Five blocs on the Manzhouli notice, each its own colour.
    expect(new Set(fills.filter((f) => !f.generic).map((f) => f.fill)).size).toBe(5);
    const legend = (await page.locator('.graph-legend').textContent()) ?? '';
    expect(legend).toContain('协同集团');
    for (const name of ['发展改革委', '商务厅', '财政厅', '旅游局']) expect(legend).toContain(`${name}等`);
    await expect(page.locator('.graph-toolbar select').nth(1).inputValue()).resolves.toBe('bloc');
    await shot(page, 'network-blocs.png');
    await page.context().close();
  });

  it('says it has drawn only once the blocs have come, however slow their worker', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(/blocs\.worker-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}#view=graph&graph=coordination&colour=bloc`);
    await page.waitForSelector('.graph-canvas:not([data-drawn=""])', { timeout: 30_000 });
    const agencies = await page.evaluate(() => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      return cy.nodes('[kind = "agency"]').length;
    });
    expect(agencies).toBe(45);
    await context.close();
  });
});
