// Screenshots of the network view at 1440×900 for review: the agency–task network, the coordination
// network, an ego view, the panel for 自治区发展改革委 with an item open in the source, the search,
// and the layered layout. They show Cytoscape's drawing on screen, which the golden
// tests/golden/seed-network-layered.svg (the export's drawing of the same layout) does not. The force
// layout runs on a seeded generator (src/layout/fcose.ts), so its positions are the same on every run:
// the network as it opens (graph-network) is compared with a tolerance with tests/browser/reference/
// (see screenshot-match.ts); the others are artefacts for people.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { expectScreenshot, SCREENSHOT_LANG } from './screenshot-match.ts';
import { clickNode, openGraph } from './graph-app.ts';

let browser: Browser;
const shot = async (page: Page, name: string) => {
  // The pointer off the graph, so no hover highlight or tooltip is in the picture.
  await page.mouse.move(2, 2);
  await waitForFonts(page);
  // Let animated fits and the highlighter settle.
  await page.waitForTimeout(500);
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR)) });
};

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('draws each network legibly, with its legend', async () => {
  for (const [name, hash] of [
    ['graph-network', ''],
    ['graph-coordination', 'graph=coordination'],
    ['graph-ego', 'graph=ego&ego=ag:自治区金融办'],
    ['graph-layered', 'layout=layered&titles=on'],
  ] as const) {
    const { page, errors } = await openGraph(browser, hash, { lang: SCREENSHOT_LANG });
    expect(await page.locator('.graph-legend').count()).toBe(1);
    if (name === 'graph-network') {
      // Let an animated fit end before the picture that is compared.
      await page.waitForTimeout(500);
      await expectScreenshot(page, name);
    } else await shot(page, name);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

it('shows the panel of 自治区发展改革委 with one of its items open in the source', async () => {
  const { page } = await openGraph(browser, '', { lang: SCREENSHOT_LANG });
  await clickNode(page, 'ag:自治区发展改革委');
  await page.locator('.graph-item', { hasText: '拓宽直接融资渠道' }).locator('button').click();
  await page.waitForSelector('.graph-panel-source .source-block.is-selected');
  await shot(page, 'graph-agency-panel');
  await page.context().close();
});

it('shows the search finding 商务厅 from its initials', async () => {
  const { page } = await openGraph(browser, '', { lang: SCREENSHOT_LANG });
  await page.locator('.graph-search input').fill('swt');
  await page.waitForSelector('.graph-search-hits li');
  await shot(page, 'graph-search');
  await page.context().close();
});
