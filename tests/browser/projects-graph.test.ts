// The project layer of the network view on the Manzhouli notice: the Projects toggle adds the 53
// projects as diamonds linked to the agencies answering for them, keeps itself in the address, adds
// the projects' kinds to the legend, and a click on a project opens it with its sentence in the panel.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { clickNode, drawnGraph, openGraph, waitForDrawn } from './graph-app.ts';

const PORT = 'manzhouli-2014/proj-20'; // 满洲里口岸, named in three items
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));
const shot = async (page: Page, name: string) => {
  await page.mouse.move(2, 2);
  await waitForFonts(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR)) });
};

describe('the project layer', () => {
  it('is off at first, and the toggle adds the projects linked to their agencies, kept in the address', async () => {
    const { page, errors } = await openGraph(browser);
    expect((await drawnGraph(page)).nodes.filter((n) => n.kind === 'project')).toHaveLength(0);
    await page.getByLabel('项目', { exact: true }).check();
    await waitForDrawn(page);
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.filter((n) => n.kind === 'project').length)
      .toBe(42);
    expect(await hash(page)).toContain('projects=on');
    const { nodes } = await drawnGraph(page);
    expect(nodes.filter((n) => n.kind === 'agency')).toHaveLength(45);
    expect(nodes.find((n) => n.id === PORT)?.label).toBe('满洲里口岸');
    expect(await page.locator('.graph-legend').textContent()).toContain('项目');
    await shot(page, 'projects-graph-layer');
    await page.reload();
    await waitForDrawn(page);
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.filter((n) => n.kind === 'project').length)
      .toBe(42);
    expect(await page.getByLabel('项目', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('项目', { exact: true }).uncheck();
    await waitForDrawn(page);
    await expect
      .poll(async () => (await drawnGraph(page)).nodes.filter((n) => n.kind === 'project').length)
      .toBe(0);
    expect(await hash(page)).not.toContain('projects=on');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });

  it('opens a clicked project in the panel: its agencies, its three items and the sentences naming it', async () => {
    const { page, errors } = await openGraph(browser, 'projects=on&layout=layered');
    await clickNode(page, PORT);
    await page.waitForSelector('.graph-panel-title:text("满洲里口岸")');
    expect(await hash(page)).toContain(`sel=project:${PORT}`);
    expect(await page.textContent('.graph-panel-tag')).toContain('口岸');
    expect(await page.locator('.graph-item').count()).toBe(3);
    const marked = await page.locator('.graph-item-sentence mark').allTextContents();
    expect(marked).toEqual(['满洲里口岸', '满洲里口岸', '满洲里口岸']);
    // Its links: lit as the selection's neighbourhood, as for any node.
    const edges = await page.evaluate((id) => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      return cy
        .getElementById(id)
        .connectedEdges()
        .map((e) => e.data('kind') as string);
    }, PORT);
    expect(edges).toContain('lead');
    expect(edges).toContain('cooperate');
    // Project names wait for a zoom past 100 % in the overview; the picked project is named at once.
    const minimum = await page.evaluate((id) => {
      type Cy = import('cytoscape').Core;
      const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
      const other = cy.nodes('[kind = "project"]').filter((n) => n.id() !== id && !n.hasClass('neighbour'));
      return [
        cy.getElementById(id).style('min-zoomed-font-size'),
        other.first().style('min-zoomed-font-size'),
      ];
    }, PORT);
    expect(minimum).toEqual(['0px', '12px']);
    await shot(page, 'projects-graph-panel');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });
});
