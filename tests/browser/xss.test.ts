// Script in a notice never runs (issue #15). A notice whose title, headings, items, agency names and
// projects carry the usual injection payloads is imported as a text file (a payload for its name) and
// as a web page, then shown in every
// view, inspected, searched, renamed to a payload and exported as SVG — with the page's
// Content-Security-Policy switched off, so that only the app's own handling of text stands between the
// payloads and the page. Each payload, if it ran, would set `window.__xss`; none may, and no element a
// payload spells (img, iframe, script, an svg with onload, a javascript: link) may appear.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { closeImport, importFiles, inspectAgency } from './workspace-helpers.ts';

/** Each sets window.__xss to its number if it runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '<svg onload="window.__xss=3">',
  '"><iframe srcdoc="<script>parent.__xss=4</script>">',
  '<a href="javascript:window.__xss=5">链接</a>',
  "'-window.__xss=6-'",
  '${window.__xss=7}',
  '{{constructor.constructor("window.__xss=8")()}}',
  '<details open ontoggle="window.__xss=9">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=10">',
] as const;

const [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10] = PAYLOADS;

/** Over 4 KB of plain preamble: a text whose first 4 KB hold three tags is read as a web page, which
 *  would strip the payloads before the parser saw them; here they reach the parser as text. */
const PREAMBLE = '为深入贯彻落实有关部署，推动各项工作取得实效，现将重点工作分工通知如下。'.repeat(130);

/** A notice of the genre with a payload in every place the app shows text from. */
const NOTICE = [
  `关于印发${P1}重点工作分工方案的通知`,
  PREAMBLE,
  `一、${P2}扩大开放`,
  `（一）推进${P4}口岸建设，建设${P5}铁路。（自治区${P3}厅牵头，自治区财政厅、${P6}局配合）`,
  `（二）完善${P7}通道。（自治区商务厅牵头，${P8}办配合）`,
  `二、${P9}保障措施`,
  `（三）落实${P10}责任，2026年底前完成。（自治区发展改革委牵头，自治区商务厅配合）`,
].join('\n');

const SPELLED =
  'img[src="x"], iframe, script:not([src]):not([type="module"]), svg[onload], a[href^="javascript"], details[ontoggle]';

let browser: Browser;
let page: Page;

/** What ran, and what a payload built, so far. */
async function ranOrBuilt(p: Page): Promise<{ ran: unknown; built: number; dialogs: number }> {
  return p.evaluate(
    (selector) => ({
      ran: (window as unknown as { __xss?: unknown }).__xss ?? null,
      built: [...document.querySelectorAll(selector)].filter((el) => !el.closest('head')).length,
      dialogs: (window as unknown as { __dialogs?: number }).__dialogs ?? 0,
    }),
    SPELLED,
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openApp(browser, {
    view: 'graph',
    bypassCSP: true,
    initScript: () => {
      const w = window as unknown as { __dialogs: number };
      w.__dialogs = 0;
      window.alert = () => void (w.__dialogs += 1);
    },
  }));
  page.on('dialog', (dialog) => void dialog.dismiss());
  const html = `<!doctype html><html><head><title>${P1}</title><script>window.__xss=11</script></head><body onload="window.__xss=12"><p>${NOTICE.replaceAll('\n', '</p><p>')}</p></body></html>`;
  await importFiles(page, [
    { name: `${P3}.txt`, mimeType: 'text/plain', buffer: Buffer.from(NOTICE, 'utf8') },
    { name: 'payloads.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') },
  ]);
  await closeImport(page);
  await page.waitForSelector('.app[data-status="ready"]');
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
});

describe('a notice full of script', () => {
  it('is read as text: the payloads are in its headings and its checks, as written', async () => {
    await page.click('.view-tab[data-view="outline"]');
    await page.waitForSelector('.outline-section');
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown).toContain('<script>window.__xss=2</script>扩大开放');
    expect(shown).toContain('<details open ontoggle="window.__xss=9">保障措施');
    // The parser does not take a payload for an agency: it says which words it could not read.
    expect(shown).toContain('自治区<svg onload="window.__xss=3">厅');
    expect(await ranOrBuilt(page)).toEqual({ ran: null, built: 0, dialogs: 0 });
  });

  it('runs nothing in any view', async () => {
    const views = await page
      .locator('.view-tab')
      .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-view')));
    expect(views.length).toBeGreaterThanOrEqual(9);
    for (const view of views) {
      await page.click(`.view-tab[data-view="${view}"]`);
      await page.waitForSelector(`.app-view[data-view="${view}"]`);
      await page.waitForTimeout(400);
      expect({ view, ...(await ranOrBuilt(page)) }).toEqual({ view, ran: null, built: 0, dialogs: 0 });
    }
  });

  it('runs nothing when an agency is inspected, searched for and renamed to a payload', async () => {
    await page.click('.view-tab[data-view="graph"]');
    await inspectAgency(page, '自治区商务厅');
    await page.fill('#rename-agency', P1);
    await page.press('#rename-agency', 'Enter');
    await page.waitForFunction((name) => document.body.innerText.includes(name), P1);
    await page.fill('.graph-search input', 'onerror');
    await page.waitForSelector('.graph-search-hits li');
    expect(await ranOrBuilt(page)).toEqual({ ran: null, built: 0, dialogs: 0 });
    await page.fill('.graph-search input', '');
  });

  it('writes the payloads into an SVG as text, never as elements or handlers', async () => {
    await openExportDialog(page);
    await page.click('.export-dialog [data-setting="format"] [data-value="svg"]');
    const svg = (await downloadFrom(page, '.export-download')).bytes.toString('utf8');
    expect(svg).toContain('&lt;img src=x onerror=');
    // Read as a browser reads it: no element a payload spells, no attribute that is a handler.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror') !== null,
        spelled: all.filter((el) => /^(img|script|iframe|details|a|foreignObject)$/i.test(el.localName))
          .length,
        handlers: all.flatMap((el) => [...el.attributes].filter((at) => /^on/i.test(at.name))).length,
      };
    }, svg);
    expect(parsed).toEqual({ error: false, spelled: 0, handlers: 0 });
    expect(await ranOrBuilt(page)).toEqual({ ran: null, built: 0, dialogs: 0 });
  });
});
