// Shared by the graph's browser tests: open the network view at an address and wait until it is drawn,
// read what Cytoscape holds, and click a node where it is drawn.
import type { Browser, Page } from 'playwright-core';
import { openApp, waitForFonts, type OpenApp, type OpenOptions } from './app.ts';

/** Opens the app on the network view at `hash` (e.g. `graph=coordination`), drawn and with its fonts. */
export async function openGraph(browser: Browser, hash = '', options: OpenOptions = {}): Promise<OpenApp> {
  // The settings go in the address the page opens with: changed after a first drawing, the canvas
  // would already say it had drawn (the first graph) while the asked-for one is still being laid out.
  const opened = await openApp(browser, { view: hash ? `graph&${hash}` : 'graph', ...options });
  await waitForDrawn(opened.page);
  return opened;
}

/** Waits until the canvas says it has drawn a graph, and the fonts its labels use are in. */
export async function waitForDrawn(page: Page, key?: string): Promise<void> {
  const selector = key ? `.graph-canvas[data-drawn="${key}"]` : '.graph-canvas:not([data-drawn=""])';
  await page.waitForSelector(selector, { timeout: 30_000 });
  await waitForFonts(page);
}

export interface DrawnNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly visible: boolean;
  readonly x: number;
  readonly y: number;
}

/** What the renderer holds: a white-box look at the Cytoscape instance behind the canvas, so the
 *  test checks what is drawn, not what the app meant to draw. */
export function drawnGraph(
  page: Page,
): Promise<{ nodes: DrawnNode[]; edges: { kind: string; visible: boolean }[] }> {
  return page.evaluate(() => {
    type Cy = import('cytoscape').Core;
    const host = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg?: { cy: Cy } };
    const cy = host._cyreg?.cy;
    if (!cy) throw new Error('No graph on the page.');
    return {
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        kind: n.data('kind') as string,
        label: n.data('label') as string,
        visible: n.visible(),
        x: n.position().x,
        y: n.position().y,
      })),
      edges: cy.edges().map((e) => ({ kind: e.data('kind') as string, visible: e.visible() })),
    };
  });
}

/** The renderer's zoom and pan. */
export function drawnViewport(page: Page): Promise<{ zoom: number; pan: { x: number; y: number } }> {
  return page.evaluate(() => {
    type Cy = import('cytoscape').Core;
    const cy = (document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });
}

/** Clicks a node where it is drawn on screen. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const at = await nodeOnScreen(page, id);
  await page.mouse.click(at.x, at.y);
}

/** Where a node is drawn, in page coordinates. */
export function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    type Cy = import('cytoscape').Core;
    const host = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg?: { cy: Cy } };
    const node = host._cyreg?.cy.getElementById(nodeId);
    if (!node || node.empty()) throw new Error(`No node ${nodeId}.`);
    const box = host.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}
