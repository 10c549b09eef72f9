// The matrices read as a hand-made RACI sheet, on the Manzhouli notice: counts in the agency × agency
// cells (the mark's shape still the row's role), both sheets sorted by one agency's row, ordered by
// coordination bloc, section and task titles whole in the heads, and the sheet saved as a print-ready PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWorkload } from '../../src/analysis/workload.ts';
import { agencyTaskMatrix, coassignmentMatrix } from '../../src/graph/matrix.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { blocColor } from '../../src/views/shared/bloc-colors.ts';
import { seedBytes } from '../support/seed.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { pdfInfo, pdfText } from './export-files.ts';

const model = parseNotice(seedBytes());
const tasks = agencyTaskMatrix(model, computeWorkload(model), 'task');
const co = coassignmentMatrix(model, tasks);
const MOFCOM = 'ag:自治区商务厅';
const NDRC = 'ag:自治区发展改革委';
const index = (id: string) => co.rows.findIndex((r) => r.agencyId === id);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser, { view: 'coassignment' }));
  await page.waitForSelector('.coassignment-view .layered-matrix[data-renderer="svg"]');
});

afterAll(async () => {
  await browser?.close();
});

const shot = (name: string) => new URL(name, SCREENSHOT_DIR).pathname;

/** A screenshot once the font slices the new labels need have arrived (they load by unicode-range). */
async function screenshot(name: string, target?: string): Promise<void> {
  await waitForFonts(page);
  await page.waitForTimeout(300);
  await waitForFonts(page);
  if (target) await page.locator(target).screenshot({ path: shot(name) });
  else await page.screenshot({ path: shot(name) });
}

const rowIds = () =>
  page.$$eval('.layer-rows [data-ref-kind="agency"]', (n) =>
    n.map((e) => e.getAttribute('data-ref-id') ?? ''),
  );

/** The number written inside a cell's mark, read from what the page draws there. */
const countIn = (cellId: string) =>
  page.evaluate((id) => {
    const mark = document.querySelector(`.layer-body [data-ref-id="${id}"]`);
    if (!mark) return null;
    const box = mark.getBoundingClientRect();
    const inside = [...document.querySelectorAll('.layer-body text')].filter((t) => {
      const r = t.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      return x > box.left && x < box.right && y > box.top && y < box.bottom;
    });
    return inside.map((t) => t.textContent).join('|');
  }, cellId);

describe('counts in the agency × agency cells', () => {
  it('writes 26 in the 商务厅 × 发展改革委 cell, the items they share, in a lead square', async () => {
    expect(co.counts[index(MOFCOM)]?.[index(NDRC)]).toBe(26);
    expect(await countIn(`${MOFCOM}|${NDRC}`)).toBe('26');
    expect(await countIn(`${NDRC}|${MOFCOM}`)).toBe('26');
    // 商务厅 leads some of what it shares with 发展改革委: a filled square, not a ring.
    const tag = await page.$eval(`.layer-body [data-ref-id="${MOFCOM}|${NDRC}"]`, (e) => e.tagName);
    expect(tag).toBe('rect');
  });

  it('writes every pair’s count, and draws a ring where the row agency only cooperates', async () => {
    const rings = await page.$$eval('.layer-body circle[data-ref-kind="cell"]', (n) =>
      n.map((e) => e.getAttribute('data-ref-id') ?? ''),
    );
    expect(rings.length).toBeGreaterThan(0);
    for (const id of rings.slice(0, 12)) {
      const [a, b] = id.split('|') as [string, string];
      expect(co.roles[index(a)]?.[index(b)]).toBe('cooperate');
      expect(await countIn(id)).toBe(String(co.counts[index(a)]?.[index(b)]));
    }
    await screenshot('raci-counts.png', '.coassignment-view .layered-matrix');
  });
});

describe('sorting by an agency’s row', () => {
  it('orders the agency × agency rows and columns by the items shared with 商务厅, most first', async () => {
    await page.selectOption('.coassignment-view .agency-sort-select', MOFCOM);
    await page.waitForSelector(`.coassignment-view[data-sort="${MOFCOM}"]`);
    const down = await rowIds();
    const across = await page.$$eval('.layer-columns [data-ref-kind="agency"]', (n) =>
      n.map((e) => e.getAttribute('data-ref-id')),
    );
    expect(across).toEqual(down);
    expect(down[0]).toBe(MOFCOM);
    expect(down[1]).toBe(NDRC);
    const shared = down.slice(1).map((id) => co.counts[index(MOFCOM)]?.[index(id)] ?? 0);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    expect(shared[0]).toBe(26);
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toContain(`csort=${MOFCOM}`);
    await screenshot('raci-sort-by-agency.png');
  });

  it('keeps the sort across a reload, from the address', async () => {
    await page.reload();
    await page.waitForSelector(
      `.coassignment-view[data-sort="${MOFCOM}"] .layered-matrix[data-renderer="svg"]`,
    );
    expect((await rowIds())[0]).toBe(MOFCOM);
    await page.click('.coassignment-view .agency-sort-clear');
    await page.waitForSelector('.coassignment-view:not([data-sort])');
    expect(await page.evaluate(() => window.location.hash)).not.toContain('csort=');
  });

  it('orders the agency × task columns by 商务厅’s role, the tasks it leads first', async () => {
    await page.click('.view-tab[data-view="matrix"]');
    await page.waitForSelector('.matrix-view .layered-matrix[data-renderer="svg"]');
    await page.selectOption('.matrix-view .agency-sort-select', MOFCOM);
    await page.waitForSelector(`.matrix-view[data-sort="${MOFCOM}"]`);
    const columns = await page.$$eval('.layer-columns [data-ref-kind="task"]', (n) =>
      n.map((e) => e.getAttribute('data-ref-id') ?? ''),
    );
    const row = tasks.rows.findIndex((r) => r.agencyId === MOFCOM);
    const roleIn = (taskId: string) =>
      // The app names a notice's tasks under the notice (`manzhouli-2014/task-1`); the parser alone does not.
      tasks.cells.find(
        (c) => c.row === row && taskId.endsWith(`/${tasks.columns[c.column]?.id.split('/').pop()}`),
      )?.role ?? 'none';
    const roles = columns.map(roleIn);
    const led = roles.filter((r) => r === 'lead').length;
    expect(led).toBe(tasks.cells.filter((c) => c.row === row && c.role === 'lead').length);
    expect(roles.slice(0, led).every((r) => r === 'lead')).toBe(true);
    expect(roles.slice(led).includes('lead')).toBe(false);
    expect(roles.lastIndexOf('cooperate')).toBeLessThan(roles.indexOf('none'));
    expect((await rowIds())[0]).toBe(MOFCOM);
    expect(decodeURIComponent(await page.evaluate(() => window.location.hash))).toContain(`msort=${MOFCOM}`);
    await screenshot('raci-task-sort-by-agency.png');
    await page.click('.matrix-view .agency-sort-clear');
    await page.waitForSelector('.matrix-view:not([data-sort])');
  });
});

describe('ordered by coordination bloc', () => {
  it('groups each bloc’s agencies under a band in its colour, heaviest bloc first', async () => {
    await page.click('.matrix-view .segmented[data-setting="order"] [data-value="bloc"]');
    await page.waitForSelector('.matrix-view[data-order="bloc"]');
    expect(await rowIds()).toEqual(tasks.orders.bloc.map((r) => tasks.rows[r]?.agencyId));
    const bands = await page.$$eval('.layer-rows rect', (n) => n.map((e) => e.getAttribute('fill')));
    for (const bloc of tasks.blocs) expect(bands).toContain(blocColor(bloc.id));
    expect(await page.evaluate(() => window.location.hash)).toContain('morder=bloc');
    await screenshot('raci-bloc-order.png');
  });

  it('outlines each bloc on the agency × agency diagonal', async () => {
    await page.click('.view-tab[data-view="coassignment"]');
    await page.click('.coassignment-view .segmented[data-setting="order"] [data-value="bloc"]');
    await page.waitForSelector('.coassignment-view[data-order="bloc"] .layered-matrix[data-renderer="svg"]');
    const outlines = await page.$$eval('.layer-body rect[stroke]', (n) =>
      n.map((e) => e.getAttribute('stroke')),
    );
    for (const bloc of co.blocs) expect(outlines).toContain(blocColor(bloc.id));
    await screenshot('raci-bloc-order-coassignment.png');
  });
});

describe('the heads of the agency × task sheet', () => {
  it('writes each section’s title whole over its band and each task’s title whole in its head', async () => {
    await page.click('.view-tab[data-view="matrix"]');
    await page.click('.matrix-view .segmented[data-setting="order"] [data-value="load"]');
    await page.waitForSelector('.matrix-view[data-order="load"] .layered-matrix[data-renderer="svg"]');
    const heads = await page.$$eval('.layer-columns text', (n) => n.map((e) => e.textContent ?? ''));
    const joined = heads.join('');
    for (const s of model.sections) expect(joined.replace(/\s/g, '')).toContain(`${s.ordinal}.${s.title}`);
    expect(heads.some((t) => t.includes('…'))).toBe(false);
    for (const t of model.tasks) expect(joined).toContain(t.title.slice(0, 8));
    await waitForFonts(page);
    await page.waitForTimeout(300);
    await page.screenshot({
      path: shot('raci-task-heads.png'),
      clip: { x: 0, y: 280, width: 1100, height: 320 },
    });
  });
});

describe('a print-ready PDF of the sheet', () => {
  it('saves the agency × agency sheet sorted by 商务厅 as an A3 landscape PDF: title, key, counts, names', async () => {
    await page.click('.view-tab[data-view="coassignment"]');
    await page.waitForSelector('.coassignment-view .layered-matrix[data-renderer="svg"]');
    await page.selectOption('.coassignment-view .agency-sort-select', MOFCOM);
    await page.waitForSelector(`.coassignment-view[data-sort="${MOFCOM}"]`);
    await openExportDialog(page);
    const choose = (setting: string, value: string) =>
      page.click(`.export-dialog [data-setting="${setting}"] [data-value="${value}"]`);
    await choose('format', 'pdf');
    await choose('paper', 'A3');
    await choose('orientation', 'landscape');
    const file = await downloadFrom(page, '.export-download');
    const info = pdfInfo(file.bytes);
    expect(info.pages).toBe(1);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([1191, 842]);
    const text = pdfText(file.bytes);
    expect(text).toContain('机构协同矩阵');
    // The Chinese sheet speaks Chinese only: its key and its sort line.
    expect(text).toContain('行机构牵头其中一些');
    expect(text).toMatch(/按与\s*商务厅/);
    expect(text).toMatch(/\b26\b/);
    // Rendered to look at, at a resolution a printout would show.
    const dir = mkdtempSync(join(tmpdir(), 'raci-pdf-'));
    writeFileSync(join(dir, 'sheet.pdf'), file.bytes);
    execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', join(dir, 'sheet.pdf'), shot('raci-pdf')]);
    await page.keyboard.press('Escape');
  });
});
