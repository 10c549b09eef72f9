// axe-core on every view and dialog of the app on the Manzhouli notice: no serious or critical
// violation (names, labels, roles, contrast). axe is injected from node_modules; the page's policy
// allows 'self' scripts only, so this context bypasses it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_NOTICE_NAME, largeNoticeText } from '../bench/large-notice.ts';
import { seedText } from '../support/seed.ts';
import { launchBrowser, openApp, waitForFonts } from './app.ts';
import { waitForDrawn } from './graph-app.ts';
import { closeImport, importFiles, openPanel } from './workspace-helpers.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OUTPUT = new URL('./output/', import.meta.url);

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The serious and critical violations axe finds in `scope` (a selector; the whole page by default). */
async function audit(page: Page, scope = 'html'): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  await waitForFonts(page);
  return page.evaluate(async (selector) => {
    type Axe = typeof import('axe-core');
    const axe = (window as unknown as { axe: Axe }).axe;
    const results = await axe.run(selector, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
      }));
  }, scope);
}

/** Waits until a view has drawn what it draws; the network and the matrices take a moment. */
async function settle(page: Page, view: string): Promise<void> {
  await page.waitForSelector(`.app-view[data-view="${view}"]`);
  if (view === 'graph') await waitForDrawn(page);
  await page.waitForTimeout(400);
}

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation in any view or dialog', async () => {
    const { page } = await openApp(browser, { view: 'graph', bypassCSP: true });
    const found: Record<string, Finding[]> = {};
    const views = await page
      .locator('.view-tab')
      .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-view') ?? ''));
    expect(views).toEqual(expect.arrayContaining(['graph', 'outline', 'matrix', 'projects']));
    for (const view of views) {
      await page.click(`.view-tab[data-view="${view}"]`);
      await settle(page, view);
      found[view] = await audit(page);
    }

    // A selection fills the side panels with items, chips and the source text.
    await page.evaluate(() => (window.location.hash = 'view=graph&sel=agency:ag:自治区商务厅'));
    await settle(page, 'graph');
    found['graph with a selection'] = await audit(page);
    await page.fill('.graph-search input', 'swt');
    await page.waitForSelector('.graph-search-hits li');
    found['search results'] = await audit(page, '.graph-search');
    await page.fill('.graph-search input', '');
    await page.evaluate(() => (window.location.hash = 'view=graph&sel=item:manzhouli-2014/item-40'));
    await page.waitForSelector('.graph-panel.has-source');
    found['graph with an item and its source'] = await audit(page);
    await page.evaluate(() => (window.location.hash = 'view=graph&graph=coordination'));
    await settle(page, 'graph');
    found['coordination network'] = await audit(page);
    await page.evaluate(() => (window.location.hash = 'view=outline&sel=agency:ag:自治区商务厅'));
    await settle(page, 'outline');
    found['outline with a selection'] = await audit(page);

    // The workspace panels.
    await page.click('.notices-toggle');
    await page.click('.inspector-toggle');
    await page.waitForTimeout(300);
    found['notices and inspector panels'] = await audit(page);
    await page.click('.notices-toggle');
    await page.click('.inspector-toggle');

    // The dialogs.
    await page.click('.import-open');
    await page.waitForSelector('.import-dialog[open]');
    found['import dialog'] = await audit(page, '.import-dialog');
    await page.keyboard.press('Escape');
    await page.click('.export-open');
    await page.waitForSelector('.export-dialog[open]');
    found['export dialog'] = await audit(page, '.export-dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-dialog[open]', { state: 'detached' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Shift+?');
    await page.waitForSelector('.shortcuts-dialog[open]');
    found['shortcuts dialog'] = await audit(page, '.shortcuts-dialog');

    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(new URL('axe-violations.json', OUTPUT), JSON.stringify(found, null, 2));
    expectNone(found);
    await page.context().close();
  });

  it('finds none in the notices table, the same-agency proposals, the deadlines and the fold note', async () => {
    const { page } = await openApp(browser, { view: 'graph', bypassCSP: true });
    const found: Record<string, Finding[]> = {};
    // A notice of 3,000 items: its network is drawn folded, with a note saying so.
    const buffer = Buffer.from(largeNoticeText(), 'utf8');
    await importFiles(page, [{ name: LARGE_NOTICE_NAME, mimeType: 'text/plain', buffer }]);
    await closeImport(page);
    await page.waitForSelector('.graph-canvas[data-drawn$="folded"]', { timeout: 120_000 });
    await page.waitForSelector('.graph-fold-note');
    found['folded network note'] = await audit(page, '.graph-fold-note');

    // A copy of the notice that writes the commission out: the two spellings are proposed as one agency.
    // The dialog reopens on what the last import did: "Import more" (the last plain button) starts anew.
    await page.click('.import-open');
    if (await page.isVisible('.import-dialog[data-phase="done"]'))
      await page.locator('.import-foot .ws-button:not(.is-primary)').last().click();
    await page.fill(
      '.import-paste-text',
      seedText().replaceAll('自治区发展改革委', '自治区发展和改革委员会'),
    );
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    await closeImport(page);
    await openPanel(page, 'notices');
    if (!(await page.isChecked('.scope-all input'))) await page.check('.scope-all input');
    await page.waitForSelector('.proposal');
    await page.waitForSelector('.app[data-status="ready"]');
    found['same-agency proposals'] = await audit(page, '.scope-proposals');
    await page.click('.notices-table-open');
    await page.waitForSelector('.corpus-dialog[open]');
    found['notices table dialog'] = await audit(page, '.corpus-dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.corpus-dialog[open]', { state: 'detached' });
    await page.click('.view-tab[data-view="deadlines"]');
    await settle(page, 'deadlines');
    found['deadlines view of notices shown together'] = await audit(page);

    writeFileSync(new URL('axe-violations-new-parts.json', OUTPUT), JSON.stringify(found, null, 2));
    expectNone(found);
    await page.context().close();
  }, 300_000);
});

function expectNone(found: Record<string, Finding[]>): void {
  const failing = Object.entries(found).filter(([, findings]) => findings.length > 0);
  expect(
    failing.map(([where, findings]) => `${where}: ${findings.map((f) => f.rule).join(', ')}`),
    JSON.stringify(Object.fromEntries(failing), null, 2),
  ).toEqual([]);
}
