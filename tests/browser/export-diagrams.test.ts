// Diagram exports from the Manzhouli notice, each file opened as its user would open it: PNGs decoded
// and their pixels counted, SVGs parsed with their agency names found as text, PDFs read with
// pdftotext for the Chinese names and the title. Also: the first screen loads no export code or font.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descendants, parseXmlStrict } from '../unit/xml-tree.ts';
import { launchBrowser, openApp } from './app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { pdfInfo, pdfText, pngFacts, renderPdf } from './export-files.ts';
import { drawnViewport, waitForDrawn } from './graph-app.ts';

const OUTPUT = new URL('./output/', import.meta.url);
const SCREENSHOTS = new URL('./screenshots/', import.meta.url);
const NDRC_SHORT = '发展改革委';
const NDRC = '自治区发展改革委';

let browser: Browser;
let page: Page;
let requests: readonly string[];
let errors: readonly string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, requests, errors } = await openApp(browser, { view: 'graph' }));
  await waitForDrawn(page);
});

afterAll(async () => {
  await browser?.close();
});

/** Chooses a setting of the dialog's segmented controls. */
const choose = (setting: string, value: string) =>
  page.click(`.export-dialog [data-setting="${setting}"] [data-value="${value}"]`);

async function openOn(view: string): Promise<void> {
  await page.evaluate((v) => {
    window.location.hash = window.location.hash.replace(/view=[^&]*/, `view=${v}`);
  }, view);
  await page.waitForSelector(`.app-view[data-view="${view}"]`);
  if (view === 'graph') await waitForDrawn(page);
  // The view's own chunk arrives after its frame: its drawing is what the dialog exports.
  else
    await page.waitForSelector(`.app-view[data-view="${view}"] svg, .app-view[data-view="${view}"] canvas`);
  await openExportDialog(page);
  await page.waitForSelector('.export-dialog [data-setting="format"]');
}

async function closeDialog(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.export-dialog', { state: 'detached' });
}

/** The pixel size the dialog announces for the PNG. */
async function announcedSize(): Promise<{ width: number; height: number }> {
  const hint = (await page.textContent('.export-actions .ws-hint')) ?? '';
  const [, w, h] = /(\d+) × (\d+) px/.exec(hint) ?? [];
  return { width: Number(w), height: Number(h) };
}

const svgTexts = (svg: string) => descendants(parseXmlStrict(svg), 'text').map((t) => t.text);

describe('the first screen', () => {
  it('loads no export code and no export font until the user exports', () => {
    const loaded = requests.filter((u) =>
      /ExportDialog|pdf|briefing|load-browser|noto-sans-sc-[^/]*\.js|\.(ttf|otf)(\?|$)/.test(u),
    );
    expect(loaded).toEqual([]);
  });
});

describe('the network', () => {
  beforeAll(() => openOn('graph'));
  afterAll(() => closeDialog());

  it('opens the dialog with the title prefilled and focus inside', async () => {
    await page.waitForTimeout(300); // the preview's fonts
    await page.screenshot({ path: new URL('export-dialog-network.png', SCREENSHOTS).pathname });
    expect(await page.inputValue('.export-title')).not.toBe('');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.export-dialog'))).toBe(true);
  });

  it('saves a PNG at 2× of the size announced, on white, not blank', async () => {
    await choose('format', 'png');
    await choose('scale', '2');
    const size = await announcedSize();
    const file = await downloadFrom(page, '.export-download');
    expect(file.name).toMatch(/-network-2014-02-26-zh\.png$/);
    const png = await pngFacts(page, file.bytes);
    expect({ width: png.width, height: png.height }).toEqual(size);
    expect(png.transparent).toBe(0);
    expect(png.inked).toBeGreaterThan(png.width * png.height * 0.02);
  });

  it('saves a transparent PNG at 1× when asked', async () => {
    await choose('scale', '1');
    await choose('background', 'transparent');
    const png = await pngFacts(page, (await downloadFrom(page, '.export-download')).bytes);
    expect(png.transparent).toBeGreaterThan(png.width * png.height * 0.5);
    expect(png.inked).toBeGreaterThan(1000);
    await choose('background', 'white');
  });

  it('saves an SVG that parses, with the agencies and the edited title as text', async () => {
    await choose('format', 'svg');
    await page.fill('.export-title', '满洲里试验区分工网络 briefing');
    const file = await downloadFrom(page, '.export-download');
    const svg = file.bytes.toString('utf8');
    const texts = svgTexts(svg);
    expect(texts).toContain('满洲里试验区分工网络 briefing');
    expect(texts.some((t) => t.includes(NDRC_SHORT))).toBe(true);
    expect(svg).toMatch(/@font-face/);
  });

  it('saves an A3 landscape PDF with the Chinese names and the title as text', async () => {
    await choose('format', 'pdf');
    await choose('paper', 'A3');
    await choose('orientation', 'landscape');
    const file = await downloadFrom(page, '.export-download');
    const info = pdfInfo(file.bytes);
    expect(info.pages).toBe(1);
    expect(Math.round(info.width)).toBe(1191);
    expect(Math.round(info.height)).toBe(842);
    expect(info.fonts).toMatch(/NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes/); // embedded
    const text = pdfText(file.bytes);
    expect(text).toContain('满洲里试验区分工网络 briefing');
    expect(text).toContain(NDRC_SHORT);
    renderPdf(file.bytes, new URL('export-network', OUTPUT).pathname);
  });
});

describe('the network zoomed in', () => {
  beforeAll(async () => {
    const before = (await drawnViewport(page)).zoom;
    for (let i = 0; i < 4; i++) await page.click('.graph-stage-controls [data-control="zoom-in"]');
    // The viewport reaches the address once panning and zooming come to rest.
    await page.waitForFunction(
      ({ source, from }) => Number(new RegExp(source).exec(window.location.hash)?.[1] ?? 0) > from * 2,
      { source: '[#&]zoom=([\\d.]+)', from: before },
    );
    await openExportDialog(page);
  });
  afterAll(() => closeDialog());

  it('offers the current view, which holds fewer agencies than the whole diagram', async () => {
    await choose('format', 'svg');
    const whole = svgTexts((await downloadFrom(page, '.export-download')).bytes.toString('utf8'));
    await choose('area', 'view');
    const part = svgTexts((await downloadFrom(page, '.export-download')).bytes.toString('utf8'));
    expect(part.length).toBeGreaterThan(5);
    expect(part.length).toBeLessThan(whole.length * 0.8);
  });

  it('draws the current view as a PNG smaller than the whole', async () => {
    await choose('format', 'png');
    await choose('scale', '1');
    await choose('area', 'whole');
    const whole = await announcedSize();
    await choose('area', 'view');
    const size = await announcedSize();
    expect(size.width * size.height).toBeLessThan(whole.width * whole.height);
    const png = await pngFacts(page, (await downloadFrom(page, '.export-download')).bytes);
    expect(png).toMatchObject(size);
    expect(png.inked).toBeGreaterThan(png.width * png.height * 0.02);
  });

  it('titles the diagram in English when English labels are chosen', async () => {
    const chinese = await page.inputValue('.export-title');
    await choose('lang', 'en');
    const english = await page.inputValue('.export-title');
    expect(english).not.toBe(chinese);
    expect(english).toMatch(/network/i);
    // English names take more room: the network is laid out afresh round them before it can be saved.
    expect(await page.textContent('.export-relaid')).toMatch(/laid out afresh|Laying|重新布局/);
    await choose('format', 'svg');
    const texts = svgTexts((await downloadFrom(page, '.export-download')).bytes.toString('utf8'));
    expect(texts).toContain(english);
    expect(texts.some((t) => t.includes('Department of'))).toBe(true);
    expect(texts).not.toContain(NDRC_SHORT);
  });
});

describe('the matrices and the ranking', () => {
  for (const view of ['matrix', 'coassignment', 'ranking'] as const) {
    describe(view, () => {
      beforeAll(() => openOn(view));
      afterAll(() => closeDialog());

      it('saves a PNG that is not blank', async () => {
        await choose('format', 'png');
        const size = await announcedSize();
        const png = await pngFacts(page, (await downloadFrom(page, '.export-download')).bytes);
        expect({ width: png.width, height: png.height }).toEqual(size);
        expect(png.inked).toBeGreaterThan(png.width * png.height * 0.01);
      });

      it('saves an SVG with the agencies as text', async () => {
        await choose('format', 'svg');
        const texts = svgTexts((await downloadFrom(page, '.export-download')).bytes.toString('utf8'));
        expect(texts.some((t) => t.includes(NDRC_SHORT))).toBe(true);
        expect(texts.some((t) => t.includes('商务厅'))).toBe(true);
      });

      it('saves an A4 PDF with the Chinese names as text', async () => {
        await choose('format', 'pdf');
        await choose('paper', 'A4');
        if (view === 'matrix')
          await page.screenshot({ path: new URL('export-dialog-matrix-pdf.png', SCREENSHOTS).pathname });
        const file = await downloadFrom(page, '.export-download');
        const text = pdfText(file.bytes);
        expect(text).toContain(NDRC_SHORT);
        expect(text).toContain(await page.inputValue('.export-title'));
        renderPdf(file.bytes, new URL(`export-${view}`, OUTPUT).pathname);
      });
    });
  }
});

describe('the matrix by items, scrolled across and down', () => {
  beforeAll(async () => {
    await page.evaluate(() => {
      window.location.hash = `${window.location.hash.replace(/view=[^&]*/, 'view=matrix')}&mcols=item`;
    });
    await page.waitForSelector('.layered-matrix[data-columns="77"]');
    await page.$eval('.layered-matrix', (box) => {
      box.scrollLeft = 300;
      box.scrollTop = 300;
    });
    await openExportDialog(page);
  });
  afterAll(async () => {
    await closeDialog();
    await page.evaluate(() => {
      window.location.hash = window.location.hash.replace(/&mcols=item/, '');
    });
  });

  it('exports as the current view only the rows and columns in the window, and says so', async () => {
    const scrolled = await page.$eval('.layered-matrix', (box) => [box.scrollLeft, box.scrollTop]);
    expect(scrolled).toEqual([300, 300]);
    await choose('format', 'svg');
    // The figures as the English export writes them (an export speaks one language at a time).
    await choose('lang', 'en');
    await choose('area', 'whole');
    const whole = svgTexts((await downloadFrom(page, '.export-download')).bytes.toString('utf8'));
    expect(whole).toContain('45 agencies × 77 items');
    await choose('area', 'view');
    const part = svgTexts((await downloadFrom(page, '.export-download')).bytes.toString('utf8'));
    const [, rows, columns] = /^(\d+) of 45 agencies × (\d+) of 77 items$/.exec(
      part.find((t) => t.endsWith(' of 77 items')) ?? '',
    ) ?? [null, '0', '0'];
    expect(Number(rows)).toBeGreaterThan(5);
    expect(Number(rows)).toBeLessThan(45);
    expect(Number(columns)).toBeGreaterThan(5);
    expect(Number(columns)).toBeLessThan(77);
    // Scrolled down: the most loaded agency's row, first by load, is out of the window and the file.
    const heaviest = (texts: readonly string[]) => texts.some((t) => t.includes('Development and Reform'));
    expect(heaviest(whole)).toBe(true);
    expect(heaviest(part)).toBe(false);
    await choose('format', 'png');
    await choose('scale', '1');
    const png = (await downloadFrom(page, '.export-download')).bytes;
    writeFileSync(new URL('export-matrix-items-in-view.png', OUTPUT), png);
  });
});

describe('the briefing pack', () => {
  beforeAll(() => openOn('matrix'));
  afterAll(() => closeDialog());

  it('is one PDF made in seconds without long tasks on the page', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    const file = await downloadFrom(page, '.export-briefing');
    const seconds = (Date.now() - started) / 1000;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(
      `briefing pack: ${seconds.toFixed(1)} s, long tasks ${JSON.stringify(longTasks.map(Math.round))}`,
    );
    expect(seconds).toBeLessThan(10);
    expect(Math.max(0, ...longTasks)).toBeLessThan(200);
    const info = pdfInfo(file.bytes);
    expect(info.pages).toBeGreaterThanOrEqual(5);
    const text = pdfText(file.bytes);
    expect(text).toContain(NDRC);
    expect(text).toContain('商务厅');
    renderPdf(file.bytes, new URL('export-briefing', OUTPUT).pathname);
  });
});

describe('the dialog by keyboard', () => {
  it('closes on Escape and gives focus back to the Export button', async () => {
    await openOn('ranking');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('export-open'))).toBe(true);
  });

  it('keeps Tab inside the dialog', async () => {
    await openExportDialog(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body || !!active.closest('.export-dialog');
      });
      expect(inside).toBe(true);
    }
    await closeDialog();
  });

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});

describe('a font that does not load', () => {
  it('is a plain message in the dialog, and the page goes on', async () => {
    const opened = await openApp(browser, { view: 'matrix' });
    await opened.page.route(/noto-sans-sc-[^/]*\.js$/, (route) => route.abort());
    await opened.page.click('.export-open');
    await opened.page.waitForSelector('.export-dialog[open]');
    await opened.page.click('.export-dialog [data-setting="format"] [data-value="svg"]');
    await opened.page.click('.export-download');
    const alert = await opened.page.waitForSelector('.export-status [role="alert"]');
    expect(await alert.textContent()).toMatch(
      /^SVG(生成失败：导出文件所用的中文字体未能加载| failed: the Chinese font the files embed could not be loaded)/,
    );
    // The loader's own words are kept, folded, for a report.
    expect(await opened.page.textContent('.export-status .technical-detail code')).toMatch(
      /^the Chinese font for exports could not be loaded/,
    );
    expect(await opened.page.isVisible('.export-dialog[open]')).toBe(true);
    expect(opened.errors.filter((e) => !/noto-sans-sc/.test(e))).toEqual([]);
    await opened.page.context().close();
  });
});
