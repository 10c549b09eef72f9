// The corridor map's inset sits where no line of the main map runs: a line that vanishes under the
// inset reads as a line that ends there. Checked on the drawn SVG, at the widths the map is drawn at
// from a narrow window (where the emptiest corner was the one the lines to 哈尔滨 cross) to 1920 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The main map's lines that pass under the inset, with the first point found there. */
function linesUnderInset(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const paper = document.querySelector<SVGRectElement>('.corridor-inset-paper');
    if (!paper) throw new Error('No inset drawn.');
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((k) => Number(paper.getAttribute(k)));
    const inside = (p: DOMPoint) => p.x >= x! && p.x <= x! + width! && p.y >= y! && p.y <= y! + height!;
    const under: string[] = [];
    for (const line of document.querySelectorAll<SVGPathElement>('.corridor-route-line')) {
      if (line.closest('.corridor-inset')) continue;
      const length = line.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = line.getPointAtLength(at);
        if (!inside(p)) continue;
        const name = line.closest('.corridor-route')?.querySelector('title')?.textContent ?? '?';
        under.push(`${name} at ${Math.round(p.x)},${Math.round(p.y)}`);
        break;
      }
    }
    return under;
  });
}

describe('the corridor map’s inset', () => {
  it.each([1180, 1280, 1440, 1920])('covers no line of the main map at %i px wide', async (width) => {
    const { page, errors } = await openApp(browser, {
      view: 'projects&pshow=map',
      viewport: { width, height: 900 },
    });
    await page.waitForSelector('.corridor-inset-paper');
    await waitForFonts(page);
    await page
      .locator('.corridor-frame')
      .screenshot({ path: `${SCREENSHOT_DIR.pathname}/projects-inset-${width}.png` });
    expect(await linesUnderInset(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
