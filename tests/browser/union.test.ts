// Several notices shown together: the Manzhouli notice, a copy in which 自治区发展改革委 is written
// 自治区发展和改革委员会, and the Sichuan notice (another issuer). Names without a region take their
// notice's, the commission's two spellings are proposed once as one agency, and confirming it leaves
// one agency that shows how each notice wrote it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_COLOR, noticeColor } from '../../src/graph/notice-letters.ts';
import { sampleText, seedText } from '../support/seed.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { closeImport, openPanel } from './workspace-helpers.ts';

let browser: Browser;
let page: Page;
let errors: readonly string[];

async function paste(text: string, on: Page = page): Promise<void> {
  const page = on;
  await page.waitForSelector('.app[data-status="ready"]');
  await page.click('.import-open');
  await page.waitForSelector('.import-dialog');
  // The dialog shows the last import's results until asked for another.
  if ((await page.getAttribute('.import-dialog', 'data-phase')) === 'done')
    await page.click('.import-foot .ws-button:not(.is-primary):text-is("Import more")');
  await page.fill('.import-paste-text', text);
  await page.click('.import-paste-go');
  await page.waitForSelector('.import-dialog[data-phase="done"]');
  await closeImport(page);
  await page.waitForSelector('.app[data-status="ready"]');
}

const shot = (name: string) => ({ path: new URL(name, SCREENSHOT_DIR).pathname });

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { view: 'graph', lang: 'en' }));
  await paste(seedText().replaceAll('自治区发展改革委', '自治区发展和改革委员会'));
  await paste(sampleText('sichuan-2022-circulation-fragment.txt'));
  await openPanel(page, 'notices');
  if (!(await page.isChecked('.scope-all input'))) await page.check('.scope-all input');
  await page.waitForSelector('.scope-header');
  await page.waitForSelector('.app[data-status="ready"]');
  await waitForFonts(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('notices shown together', () => {
  it('tags each notice and proposes the commission’s two spellings once', async () => {
    expect(await page.locator('.scope-tag .notice-tag-letter').allTextContents()).toEqual(['A', 'B', 'C']);
    expect(await page.locator('.scope-tag .notice-tag-label').allTextContents()).toEqual([
      '内蒙古 2014',
      '内蒙古 2014',
      '四川 2022',
    ]);
    expect(await page.textContent('.scope-proposals')).toContain('1 set of names may be one agency');
    const proposals = page.locator('.proposal');
    expect(await proposals.count()).toBe(1);
    expect(await proposals.locator('.proposal-agency').allTextContents()).toEqual([
      '内蒙古自治区发展改革委',
      '内蒙古自治区发展和改革委员会',
    ]);
    expect(await proposals.textContent()).toContain('full, short or old names of one body');
    await page.screenshot(shot('union-proposal.png'));
  });

  it('confirmed, shows one agency with both spellings in its provenance', async () => {
    await page.click('.proposal-confirm');
    await page.waitForSelector('.proposal', { state: 'detached' });
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.locator('.scope-proposals').count()).toBe(0);
    await openPanel(page, 'inspector');
    if (await page.isVisible('.inspector .inspector-all')) await page.click('.inspector .inspector-all');
    await page.fill('.agency-filter', '内蒙古自治区发展');
    const picks = page.locator('.agency-pick');
    expect(await picks.allTextContents()).toEqual([expect.stringContaining('内蒙古自治区发展改革委')]);
    await picks.first().click();
    await page.waitForSelector('.agency-provenance');
    const lines = await page.locator('.provenance').allTextContents();
    // The copy's own spelling stays on record beside the name the confirmation gave it.
    expect(lines).toEqual([
      expect.stringMatching(/^A内蒙古 2014自治区发展改革委 \(\d+ items\)/),
      expect.stringMatching(/^B内蒙古 2014自治区发展改革委 \(\d+ items\)also .*自治区发展和改革委员会/),
    ]);
    await page.screenshot(shot('union-provenance.png'));
    expect(errors).toEqual([]);
  });

  it('numbers tasks by notice in the agency × task matrix, so no two heads collide', async () => {
    await page.click('[role="tab"][data-view="matrix"]');
    await page.waitForSelector('.matrix-view text[data-ref-kind="task"]');
    await page.waitForSelector('.app[data-status="ready"]');
    const heads = await page.locator('.matrix-view text[data-ref-kind="task"]').allTextContents();
    const numbers = heads.map((h) => h.split(' ')[0]);
    expect(numbers.slice(0, 2)).toEqual(['A·1', 'A·2']);
    expect(numbers).toContain('B·1');
    expect(numbers).toContain('C·1');
    expect(new Set(numbers).size).toBe(numbers.length);
    // Each notice's sections sit under a strip in its colour; a bar beside each name gives its notice's.
    const fills = (selector: string) =>
      page.locator(selector).evaluateAll((marks) => marks.map((m) => m.getAttribute('fill')));
    const notices = [0, 1, 2].map(noticeColor);
    expect(new Set(await fills('.matrix-view rect[height="5"]'))).toEqual(new Set(notices));
    // The two Manzhouli notices name the same bodies: those rows are bridges; Sichuan's are its own.
    const bars = async () => new Set(await fills('.matrix-view rect[width="3"]'));
    expect(await bars()).toContain(BRIDGE_COLOR);
    expect([...(await bars())].every((f) => f === BRIDGE_COLOR || notices.includes(f ?? ''))).toBe(true);
    await page.screenshot(shot('union-matrix.png'));
    await page.click('[role="tab"][data-view="coassignment"]');
    await page.waitForSelector('.matrix-view text[data-ref-kind="agency"]');
    expect(await bars()).toEqual(new Set([BRIDGE_COLOR, noticeColor(2)]));
    await page.screenshot(shot('union-coassignment.png'));
  });

  it('colours agencies by the notices that name them, bridges apart, with a legend', async () => {
    await page.click('[role="tab"][data-view="graph"]');
    await page.waitForSelector('.app[data-status="ready"]');
    await page.selectOption('.graph-field select:near(:text("Colour"))', 'notice');
    await page.waitForSelector('.app[data-status="ready"]');
    const legend = await page.locator('.graph-legend text').allTextContents();
    expect(legend).toEqual(
      expect.arrayContaining(['notice', 'A 内蒙古 2014', 'B 内蒙古 2014', 'C 四川 2022', 'several notices']),
    );
    // The whole network, no agency picked, the side panels closed: the colours are the picture.
    await page.keyboard.press('Escape');
    for (const toggle of ['.inspector-toggle', '.notices-toggle'])
      if ((await page.getAttribute(toggle, 'aria-pressed')) === 'true') await page.click(toggle);
    await page.waitForSelector('.app[data-status="ready"]');
    await page.waitForTimeout(1500);
    await page.screenshot(shot('union-colour-by-notice.png'));
  });

  it('lists every notice in a sortable table, and compares two picked there', async () => {
    await openPanel(page, 'notices');
    await page.click('.notices-table-open');
    await page.waitForSelector('.corpus-dialog .corpus-table tbody tr');
    await page.waitForSelector('.corpus-reading', { state: 'detached' });
    const column = (name: string) =>
      page.locator(`.corpus-table tbody td[data-column="${name}"]`).allTextContents();
    await page.click('.corpus-table th[data-column="items"] button');
    expect((await column('items')).map(Number)).toEqual([77, 77, 2]);
    await page.click('.corpus-table th[data-column="items"] button');
    const ascending = (await column('items')).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await column('issuer')).toContain('四川省发展和改革委员会');
    expect((await column('heaviest')).slice(1)).toEqual(['自治区发展改革委', '自治区发展改革委']);
    await page.screenshot(shot('union-corpus-table.png'));

    const rows = page.locator('.corpus-table tbody tr');
    await rows.nth(0).locator('input[type="checkbox"]').check();
    await rows.nth(1).locator('input[type="checkbox"]').check();
    await page.click('.corpus-compare');
    await page.waitForSelector('.compare-view .compare-pickers');
    const picks = await page
      .locator('.compare-pickers select')
      .evaluateAll((s) => s.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''));
    expect(picks[0]).toContain('四川');
    expect(picks[1]).toContain('满洲里');
    expect(errors).toEqual([]);
  });
});

describe('one issuer’s two notices, in Chinese', () => {
  it('proposes the two spellings; rejected, the proposal stays away after a reload', async () => {
    const zh = await openApp(browser, { view: 'graph', lang: 'zh' });
    await paste(seedText().replaceAll('自治区发展改革委', '自治区发展和改革委员会'), zh.page);
    await openPanel(zh.page, 'notices');
    if (!(await zh.page.isChecked('.scope-all input'))) await zh.page.check('.scope-all input');
    await zh.page.waitForSelector('.proposal');
    await waitForFonts(zh.page);
    // One region: names stay as the notices write them.
    expect(await zh.page.locator('.proposal-agency').allTextContents()).toEqual([
      '自治区发展改革委',
      '自治区发展和改革委员会',
    ]);
    expect(await zh.page.textContent('.proposals-section')).toContain('几份通知中的同一机构？');
    await zh.page.locator('.proposals-section').scrollIntoViewIfNeeded();
    await zh.page.screenshot(shot('union-proposal-zh.png'));

    await zh.page.click('.proposal-reject');
    await zh.page.waitForSelector('.proposal', { state: 'detached' });
    await zh.page.reload();
    await zh.page.waitForSelector('.app[data-status="ready"]');
    await zh.page.waitForSelector('.scope-header');
    expect(await zh.page.locator('.proposal').count()).toBe(0);
    expect(await zh.page.locator('.scope-proposals').count()).toBe(0);
    // The decision is a correction like the others, listed where they are.
    await openPanel(zh.page, 'inspector');
    expect(await zh.page.textContent('.inspector')).toContain(
      '确认为不同机构：自治区发展改革委、自治区发展和改革委员会',
    );
    expect(zh.errors).toEqual([]);
    await zh.page.context().close();
  });
});
