// Comparing two notices in the app: with one notice the view says to import another; with the
// Manzhouli notice and a changed copy pasted in (发展改革委 written 发展和改革委员会 throughout, one item
// taken out, 自治区统计局 added to another), it shows exactly those changes, and a pair can be rejected.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedText } from '../support/seed.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { pdfText } from './export-files.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { closeImport } from './workspace-helpers.ts';

/** The Manzhouli notice changed as the unit tests change it (src/compare/compare-notices.test.ts). */
function changedCopy(): string {
  const text = seedText();
  const model = parseNotice(text);
  const removed = model.items[12]!;
  const extended = model.items[10]!;
  const marker = text.slice(extended.marker.start, extended.marker.end);
  return (
    text.slice(0, extended.marker.start) +
    marker.replace('等部门配合', '、自治区统计局等部门配合') +
    text.slice(extended.marker.end, removed.start) +
    text.slice(removed.end)
  ).replaceAll('发展改革委', '发展和改革委员会');
}

let browser: Browser;
let page: Page;
let errors: readonly string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { view: 'compare', lang: 'en' }));
});

afterAll(async () => {
  await browser?.close();
});

async function figure(label: string): Promise<string> {
  const box = page.locator('.compare-figure', { hasText: label });
  return (await box.locator('strong').textContent()) ?? '';
}

describe('the compare view', () => {
  it('with one notice, says to import another and opens the import dialog', async () => {
    await page.waitForSelector('.compare-need-two');
    expect(await page.textContent('.compare-need-two')).toContain('import another');
    await page.screenshot({ path: new URL('compare-need-two.png', SCREENSHOT_DIR).pathname });
    await page.click('.compare-need-two .ws-button');
    await page.waitForSelector('.import-dialog');
  });

  it('compares the Manzhouli notice with a changed copy pasted in', async () => {
    await page.fill('.import-paste-text', changedCopy());
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
    await page.waitForSelector('.compare-scroll');
    await waitForFonts(page);

    expect(await figure('items matched')).toBe('76');
    expect(await figure('reworded')).toBe('0');
    expect(await figure('items removed')).toBe('1');
    expect(await figure('items added')).toBe('0');
    expect(await figure('agencies new')).toBe('1');
    expect(await figure('agencies gone')).toBe('0');
    expect(await figure('tasks added')).toBe('0');
    expect(await figure('tasks dropped')).toBe('0');
    expect(Number(await figure('links gained'))).toBeGreaterThan(0);

    const list = (name: string) => page.locator(`.compare-list[data-list="${name}"] li`).allTextContents();
    expect(await list('agenciesNew')).toEqual([expect.stringContaining('自治区统计局')]);
    expect(await list('agenciesGone')).toEqual([]);
    expect(await list('respelled')).toEqual(['自治区发展改革委 → 自治区发展和改革委员会']);
    expect(await list('itemsRemoved')).toEqual([expect.stringContaining('转变外贸发展方式')]);

    // The chart: one row per body, the renamed commission among them at no change, the new one on top.
    const labels = await page.locator('.compare-chart text[data-ref-kind="agency"]').allTextContents();
    expect(labels).toHaveLength(46);
    expect(labels).toContain('自治区发展和改革委员会');
    expect(labels[0]).toBe('自治区商务厅');
    await page.screenshot({ path: new URL('compare-view.png', SCREENSHOT_DIR).pathname });
  });

  it('shows the one changed pair, and a rejected pair leaves both items unpaired', async () => {
    const rows = page.locator('.compare-pairs tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('now also 自治区统计局');
    await rows.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('compare-pairs.png', SCREENSHOT_DIR).pathname });

    await rows.first().locator('.compare-reject').click();
    expect(await figure('items matched')).toBe('75');
    expect(await figure('items removed')).toBe('2');
    expect(await figure('items added')).toBe('1');
    await page.click('.compare-rejected .ws-button');
    expect(await figure('items matched')).toBe('76');
  });

  it('sorts by change and can show only the agencies that changed', async () => {
    await page.selectOption('select[aria-label="Sort agencies"]', 'loss');
    await page.check('.compare-load input[type="checkbox"]');
    const labels = await page.locator('.compare-chart text[data-ref-kind="agency"]').allTextContents();
    expect(labels).toHaveLength(8);
    expect(labels[0]).toBe('自治区商务厅');
    expect(labels.at(-1)).toBe('自治区统计局');
    await page.locator('.compare-load').scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('compare-changed-only.png', SCREENSHOT_DIR).pathname });

    // Hovering a row says how its names were matched.
    await page.uncheck('.compare-load input[type="checkbox"]');
    await page.hover('.compare-chart text:text("自治区发展和改革委员会")');
    expect(await page.textContent('.hover-card')).toContain('one body written two ways');
    await page.screenshot({ path: new URL('compare-hover.png', SCREENSHOT_DIR).pathname });
    expect(errors).toEqual([]);
  });
});

describe('the compare view’s change network and diagram export', () => {
  it('draws every link once, gained and lost marked, and names a link’s pair and items on hover', async () => {
    const net = page.locator('.compare-network svg[data-links]');
    await net.waitFor();
    const count = (status: string) => page.locator(`.compare-network path[data-link^="${status}:"]`).count();
    const gained = Number(await figure('links gained'));
    const lost = Number(await figure('links lost'));
    expect(await count('gained')).toBe(gained);
    expect(await count('lost')).toBe(lost);
    expect(await count('kept')).toBeGreaterThan(100);
    expect(Number(await net.getAttribute('data-links'))).toBe(gained + lost + (await count('kept')));
    const key = await page.locator('.compare-network text').allTextContents();
    for (const word of ['link kept', 'link gained', 'link lost', 'agency new']) expect(key).toContain(word);
    // The new agency's node is drawn and named.
    expect(key).toContain('统计局');

    await page.locator('.compare-network').scrollIntoViewIfNeeded();
    await page.locator('.compare-network path[data-link^="gained:"]').first().hover({ force: true });
    const card = (await page.textContent('.hover-card')) ?? '';
    expect(card).toContain('自治区统计局');
    expect(card).toMatch(/0 shared items in A, \d+ in B \(gained\)/);
    await page.screenshot({ path: new URL('compare-network-en.png', SCREENSHOT_DIR).pathname });
    await page.locator('.compare-network path[data-link^="lost:"]').first().hover({ force: true });
    expect(await page.textContent('.hover-card')).toMatch(/in A, 0 in B \(lost\)/);
  });

  it('saves the comparison as an SVG and a PDF diagram, titled and sourced', async () => {
    await page.locator('.compare-summary').scrollIntoViewIfNeeded();
    const svg = await downloadFrom(page, '.compare-export [data-format="svg"]');
    expect(svg.name).toMatch(/^compare-.*\.svg$/);
    const text = svg.bytes.toString('utf8');
    for (const group of ['title', 'legend', 'edges', 'nodes', 'source'])
      expect(text).toContain(`<g id="${group}`);
    for (const word of ['Comparing two notices', 'link gained', 'link lost', 'Drawn with Fengong Atlas'])
      expect(text).toContain(word);
    const pdf = await downloadFrom(page, '.compare-export [data-format="pdf"]');
    expect(pdfText(pdf.bytes).replace(/\s+/g, ' ')).toContain(
      'The coordination network: links gained and lost',
    );
    expect(await page.textContent('.compare-export')).toContain('Saved');
  });

  it('offers the comparison diagram in the top bar’s Export dialog', async () => {
    await openExportDialog(page);
    const section = '.export-dialog .export-section.is-comparison';
    await page.waitForSelector(`${section} .export-preview svg`);
    expect(await page.textContent(`${section} h3`)).toBe('Diagram — Compare');
    expect(await page.locator('.export-dialog .export-no-diagram').count()).toBe(0);
    const choose = (setting: string, value: string) =>
      page.click(`${section} [data-setting="${setting}"] [data-value="${value}"]`);
    await page.screenshot({ path: new URL('compare-export-dialog-en.png', SCREENSHOT_DIR).pathname });

    const png = await downloadFrom(page, `${section} .export-download`);
    expect(png.name).toMatch(/^compare-.*\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(await page.textContent('.export-dialog .export-status')).toContain(`Saved ${png.name}`);

    // The labels in the other language, and the user's own title, reach the file.
    await choose('format', 'svg');
    await choose('lang', 'zh');
    await page.fill(`${section} .export-title`, '两份通知的比较');
    const svg = await downloadFrom(page, `${section} .export-download`);
    expect(svg.name).toMatch(/^compare-.*\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('两份通知的比较');
    for (const word of ['新增的联系', '消失的联系', '机构协同网络：新增与消失的联系'])
      expect(text).toContain(word);

    await choose('format', 'pdf');
    const pdf = await downloadFrom(page, `${section} .export-download`);
    expect(pdf.name).toMatch(/^compare-.*\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-dialog', { state: 'detached' });
  });

  it('speaks Chinese when the interface does', async () => {
    await page.click('.lang-switch [data-lang="zh"]');
    await page.waitForSelector('.compare-network h3:text("协同网络：新增与消失的联系")');
    const key = await page.locator('.compare-network text').allTextContents();
    for (const word of ['保留的联系', '新增的联系', '消失的联系', '新增机构']) expect(key).toContain(word);
    await page.locator('.compare-network').scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL('compare-network-zh.png', SCREENSHOT_DIR).pathname });
    const png = await downloadFrom(page, '.compare-export [data-format="png"]');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await page.click('.lang-switch [data-lang="en"]');
    expect(errors).toEqual([]);
  });
});
