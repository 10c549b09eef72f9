// The network by keyboard: Tab into the graph, then Tab (and Shift+Tab) walks the agencies from the
// heaviest load down, each ringed on the canvas and named with its load for a screen reader; Enter
// selects the agency as a click does, Escape clears the selection, and Tab past the last leaves.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWorkload, rankByLoad } from '../../src/analysis/workload.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedBytes } from '../support/seed.ts';
import { launchBrowser, SCREENSHOT_DIR } from './app.ts';
import { openGraph } from './graph-app.ts';

const model = parseNotice(seedBytes());
const heaviest = rankByLoad(computeWorkload(model));
const nameOf = (id: string) => model.agencies.find((a) => a.id === id)?.name ?? id;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The node the canvas rings, and how wide its ring is drawn. */
function ringed(page: Page): Promise<{ id: string; ring: number }[]> {
  return page.evaluate(() => {
    type Cy = import('cytoscape').Core;
    const host = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } };
    return host._cyreg.cy
      .nodes('.keyed')
      .map((n) => ({ id: n.id(), ring: parseFloat(String(n.style('outline-width'))) }));
  });
}

const activeClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

describe('the network by keyboard', () => {
  it('walks the agencies from the heaviest load down with Tab, selects with Enter, clears with Escape', async () => {
    const { page, errors } = await openGraph(browser);
    const [first, second, third] = heaviest.slice(0, 3).map((w) => w.agencyId as string);
    await page.focus('.graph-search input');
    await page.keyboard.press('Tab');
    expect(await activeClass(page)).toContain('graph-stage');
    expect(await ringed(page)).toEqual([]);

    await page.keyboard.press('Tab');
    expect(await activeClass(page)).toContain('graph-stage');
    await expect.poll(() => ringed(page)).toEqual([{ id: first, ring: 3 }]);
    const caption = page.locator('.graph-stage [role="status"].graph-keyed');
    expect(await caption.textContent()).toContain(nameOf(first!));
    expect(await caption.textContent()).toContain(`工作量 ${heaviest[0]!.load}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR.pathname}/network-keyboard-1440.png` });

    await page.keyboard.press('Tab');
    await expect.poll(() => ringed(page)).toEqual([{ id: second, ring: 3 }]);
    expect(await caption.textContent()).toContain(nameOf(second!));
    await page.keyboard.press('Tab');
    await expect.poll(() => ringed(page)).toEqual([{ id: third, ring: 3 }]);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => ringed(page)).toEqual([{ id: second, ring: 3 }]);
    // Moving rings a node; it does not select it.
    expect(await hash(page)).not.toContain('sel=');

    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toContain(`sel=agency:${second}`);
    await page.waitForSelector(`.graph-panel-title:text("${nameOf(second!)}")`);
    expect(await activeClass(page)).toContain('graph-stage');

    await page.keyboard.press('Escape');
    await expect.poll(() => hash(page)).not.toContain('sel=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts the arrows at the heaviest agency, and lets Tab leave after the last agency', async () => {
    const { page } = await openGraph(browser, 'graph=coordination&minload=20');
    await page.focus('.graph-stage');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await ringed(page)).map((r) => r.id)).toEqual([heaviest[0]!.agencyId]);
    const shown = heaviest.filter((w) => w.load >= 20).length;
    for (let i = 0; i < shown; i++) await page.keyboard.press('Tab');
    // Past the last agency, focus moves on out of the graph and the ring goes.
    expect(await activeClass(page)).not.toContain('graph-stage');
    await expect.poll(() => ringed(page)).toEqual([]);
    await page.context().close();
  });
});
