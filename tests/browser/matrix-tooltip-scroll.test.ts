// The agency × task matrix's hover card follows the row under the pointer when the matrix scrolls under
// a still pointer (the wheel): it named the row the pointer had been over before the scroll.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The agency whose row head spans the height `y` on screen. */
async function rowAt(page: Page, y: number): Promise<string | null> {
  return page.$$eval(
    '.layer-rows [data-ref-kind="agency"]',
    (heads, at) => {
      const head = heads.find((h) => {
        const box = h.getBoundingClientRect();
        return box.top <= at && at < box.bottom && box.height > 0;
      });
      return head?.getAttribute('data-ref-id')?.replace(/^ag:/, '') ?? null;
    },
    y,
  );
}

describe('the matrix hover card and the wheel', () => {
  it.each([1280, 1440, 1920])(
    'names the row now under the pointer after a wheel scroll, at %i px wide',
    async (width) => {
      const { page, errors } = await openApp(browser, { view: 'matrix', viewport: { width, height: 900 } });
      await page.waitForSelector('.matrix-view .layered-matrix[data-renderer="svg"]');
      const cell = page.locator('.layer-body [data-ref-id^="ag:"]').nth(2);
      const box = (await cell.boundingBox())!;
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.move(at.x, at.y);
      const card = page.locator('.hover-card .hover-card-title');
      await card.waitFor();
      const before = await card.textContent();
      expect(before).toBe(await rowAt(page, at.y));

      const scrolled = () => page.$eval('.layered-matrix', (m) => m.scrollTop);
      await page.mouse.wheel(0, 240);
      await expect.poll(scrolled).toBeGreaterThan(100);
      const under = await rowAt(page, at.y);
      expect(under).not.toBe(before);
      // The card names the row under the pointer, or is gone until the pointer moves again.
      await expect
        .poll(async () =>
          (await page.locator('.hover-card').count()) === 0 ? null : await card.textContent(),
        )
        .toBeOneOf([under, null]);
      await page.screenshot({ path: `${SCREENSHOT_DIR.pathname}/matrix-tooltip-scrolled-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
