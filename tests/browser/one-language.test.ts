// One language at a time, everywhere (issue #18): every view, the checks and the parser's findings, the
// inspector, the notices panel, the import dialog and its results, and the comparison show, in the
// English interface, no Chinese but the notice's own words, and in the Chinese interface no English
// words but names of formats, keys and the brand (see language-scan.ts for what counts).
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AgencyId } from '../../src/notice/model.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { writeWorkspaceFile } from '../../src/workspace/file.ts';
import { asNoticeId } from '../../src/workspace/notice-id.ts';
import { seedText } from '../support/seed.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';
import { noticeWords, strayText } from './language-scan.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';
import { closeImport, importFiles, openPanel } from './workspace-helpers.ts';

const NOTICE = seedText();
const NDRC = 'ag:自治区发展改革委';
let WORDS = '';

/** The Manzhouli notice with one item taken out and 发展改革委 written out: a second notice to compare. */
function changedCopy(): string {
  const model = parseNotice(NOTICE);
  const removed = model.items[12]!;
  return (NOTICE.slice(0, removed.start) + NOTICE.slice(removed.end)).replaceAll(
    '发展改革委',
    '发展和改革委员会',
  );
}

/** Each view and what shows it is drawn. */
const VIEWS: readonly (readonly [string, string])[] = [
  ['graph', '.graph-canvas:not([data-drawn=""])'],
  ['outline', '.source-text'],
  ['matrix', '.matrix-view .layered-matrix'],
  ['coassignment', '.coassignment-view .layered-matrix'],
  ['ranking', '.ranking-view'],
  ['measures', '.measures-table'],
  ['projects', '.project-table, .corridor-map'],
  ['deadlines', '.deadlines-view'],
];

let browser: Browser;

/** A one-page PDF with nothing written on its page: read, it holds no text. */
function blankPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The Latin words a message shows besides the file it names (units of size aside). */
function latinBesides(message: string, name: string): string[] {
  return (message.replace(name, '').match(/[A-Za-z]+/g) ?? []).filter((w) => w !== 'KB' && w !== 'MB');
}

beforeAll(async () => {
  browser = await launchBrowser();
  WORDS = [noticeWords(parseNotice(NOTICE)), noticeWords(parseNotice(changedCopy()))].join('\n');
});

afterAll(async () => {
  await browser?.close();
});

async function show(page: Page, view: string, ready: string): Promise<void> {
  await page.click(`.view-tab[data-view="${view}"]`);
  await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForSelector('.app[data-status="ready"]');
  await waitForFonts(page);
}

async function expectOneLanguage(page: Page, lang: 'zh' | 'en', what: string, selector = 'body') {
  const stray = await strayText(page, lang, WORDS, selector);
  expect(stray, `${what}: ${JSON.stringify(stray.slice(0, 8))}`).toEqual([]);
}

const shot = (name: string) => new URL(name, SCREENSHOT_DIR).pathname;

const AT = '2024-05-06T07:08:09.000Z';

/** A workspace file holding the Manzhouli notice and a merge that names one agency the notice lacks:
 *  the merge applies with a caveat. */
function workspaceWithCaveat(): string {
  const merge = {
    type: 'mergeAgencies' as const,
    into: 'ag:自治区发展改革委' as AgencyId,
    from: ['ag:自治区商务厅' as AgencyId, 'ag:满洲里市口岸办' as AgencyId],
  };
  const notice = {
    id: asNoticeId('n-seed'),
    name: '满洲里',
    fileName: null,
    format: 'paste' as const,
    source: { kind: 'text' as const, text: NOTICE },
    encoding: 'utf-16',
    addedAt: AT,
    updatedAt: AT,
    corrections: [merge],
  };
  return writeWorkspaceFile({ notices: [notice], savedViews: [], notes: [] }, AT);
}

async function openWorkspaceFile(page: Page, name: string, text: string): Promise<void> {
  await openPanel(page, 'notices');
  await page.setInputFiles('.workspace-open input', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.waitForSelector('.workspace-file-message');
}

describe.each(['en', 'zh'] as const)('the %s interface', (lang) => {
  let page: Page;
  let errors: readonly string[];

  beforeAll(async () => {
    ({ page, errors } = await openApp(browser, { view: 'graph', lang }));
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it.each(VIEWS)('shows the %s view in one language', async (view, ready) => {
    await show(page, view, ready);
    await expectOneLanguage(page, lang, view);
    if (lang === 'en' && view === 'graph')
      await page.screenshot({ path: shot('one-language-en-network.png') });
  });

  it('words the matrix hover card’s items in one language', async () => {
    await show(page, 'matrix', '.matrix-view .layered-matrix');
    await page.hover(`.layer-body [data-ref-id="${NDRC}|manzhouli-2014/task-8"]`);
    const card = page.locator('.hover-card');
    await card.waitFor();
    expect(await card.locator('.hover-card-item-label').first().textContent()).toBe(
      lang === 'en' ? 'Item 14' : '第14项',
    );
    await expectOneLanguage(page, lang, 'matrix hover card', '.hover-card');
    await page.mouse.move(5, 5);
  });

  it('says the notice’s checks and the parser’s findings in one language', async () => {
    await show(page, 'outline', '.source-text');
    await page.click('.reading-checks');
    await page.waitForSelector('.notice-checks');
    await expectOneLanguage(page, lang, 'checks', '.notice-checks');
    const first = (await page.locator('.notice-check-message').first().textContent()) ?? '';
    expect(first).toMatch(lang === 'en' ? /[A-Za-z]/ : /[\u4e00-\u9fff]/);
    await page.click('.diagnostics-toggle');
    await page.waitForSelector('.diagnostics-list, .diagnostics-none');
    await expectOneLanguage(page, lang, 'diagnostics', '.source-panel, .outline-and-source');
  });

  it('shows the inspector in one language', async () => {
    await show(page, 'graph', '.graph-canvas:not([data-drawn=""])');
    await openPanel(page, 'inspector');
    await expectOneLanguage(page, lang, 'inspector', '.inspector');
    await page.locator('.agency-pick').first().click();
    await page.waitForSelector('.agency-inspector');
    await waitForFonts(page);
    await expectOneLanguage(page, lang, 'agency inspector', '.inspector');
    if (lang === 'en') await page.screenshot({ path: shot('one-language-en-inspector.png') });
    await page.locator('.agency-inspector .inspector-item').first().click();
    await page.waitForSelector('.item-inspector');
    await expectOneLanguage(page, lang, 'item inspector', '.inspector');
    await page.click('.inspector-toggle');
  });

  it('shows the notices panel in one language', async () => {
    await openPanel(page, 'notices');
    await expectOneLanguage(page, lang, 'notices panel', '.notices-panel');
    await page.click('.notices-toggle');
  });

  it('shows the import dialog and what an import did in one language', async () => {
    await page.click('.import-open');
    await page.waitForSelector('.import-dialog[open]');
    await expectOneLanguage(page, lang, 'import dialog', '.import-dialog');
    if (lang === 'en') await page.screenshot({ path: shot('one-language-en-import.png') });
    await page.fill('.import-paste-text', changedCopy());
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    await expectOneLanguage(page, lang, 'import results', '.import-dialog');
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
  });

  it('says what an export saved in one language', async () => {
    await show(page, 'graph', '.graph-canvas:not([data-drawn=""])');
    await openExportDialog(page);
    for (const button of ['.export-download', '[data-format="csv"]']) {
      const file = await downloadFrom(page, button);
      const done = (await page.locator('.export-done').textContent()) ?? '';
      expect(done).toContain(file.name);
      expect(done).toMatch(
        lang === 'en' ? /^Saved .+ \(\d+(\.\d)? (B|KB|MB)\)$/ : /^已保存 .+（\d+(\.\d)? (字节|KB|MB)）$/,
      );
      if (lang === 'zh') expect(latinBesides(done, file.name)).toEqual([]);
      else expect(done.replace(file.name, '')).not.toMatch(/\p{Script=Han}/u);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-dialog[open]', { state: 'detached' });
  });

  it('compares two notices in one language', async () => {
    await show(page, 'compare', '.compare-scroll');
    await expectOneLanguage(page, lang, 'compare');
    if (lang === 'en') await page.screenshot({ path: shot('one-language-en-compare.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

// What went wrong, said in the interface's language from a code, the technical line folded away: a file
// a reader refused, a correction that applied with a caveat, a workspace file refused, a part that did
// not load; and the corridor map's inset named in one language.
describe.each(['en', 'zh'] as const)('the %s interface when something goes wrong', (lang) => {
  let page: Page;
  let errors: readonly string[];
  const say = (en: string, zh: string) => (lang === 'en' ? en : zh);

  beforeAll(async () => {
    ({ page, errors } = await openApp(browser, { view: 'graph', lang }));
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('says why a file could not be read, the reader’s own line folded away', async ({ onTestFinished }) => {
    onTestFinished(() => closeImport(page));
    // File names in the interface's language: a user's own words are not the interface's.
    const [broken, empty] = [say('broken.docx', '坏.docx'), say('empty.docx', '空.docx')];
    await importFiles(page, [
      { name: broken, mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') },
      {
        name: empty,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(zipSync({ 'word/styles.xml': strToU8('<w:styles/>') })),
      },
    ]);
    const reasons = await page.locator('.import-outcome.is-failed .import-reason').allTextContents();
    expect(reasons).toEqual([
      say(
        `${broken} cannot be read as a .docx file: its content is not of that format (damaged, or renamed).`,
        `${broken} 无法作为 .docx 文件读取：文件内容与其格式不符（可能已损坏，或被改了扩展名）。`,
      ),
      say(
        `${empty} cannot be read as a zip archive: it holds no Word document, workbook or OFD.`,
        `${empty} 无法作为压缩包读取：其中没有 Word 文档、电子表格或 OFD 文档。`,
      ),
    ]);
    await expectOneLanguage(page, lang, 'import refusals', '.import-dialog');
    const detail = page.locator('.import-outcome.is-failed .technical-detail').first();
    expect(await detail.locator('summary').textContent()).toBe(say('Technical detail', '技术细节'));
    await detail.locator('summary').click();
    expect(await detail.locator('code').textContent()).toBe(
      `${broken} cannot be read as a .docx: its bytes are plain text, not the file its name says (damaged, or renamed).`,
    );
    if (lang === 'en') await page.screenshot({ path: shot('one-language-en-import-refusal.png') });
  });

  it('says why a file could not be opened, or held no text, without the browser’s English', async ({
    onTestFinished,
  }) => {
    onTestFinished(() => closeImport(page));
    const [gone, blank] = [say('moved.docx', '已移走.docx'), say('blank.pdf', '空白.pdf')];
    // As when the file was moved or deleted after it was chosen: the browser will not hand over its bytes.
    await page.evaluate((name) => {
      const read = File.prototype.arrayBuffer;
      File.prototype.arrayBuffer = function (this: File) {
        return this.name === name
          ? Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'))
          : read.call(this);
      };
    }, gone);
    // The dialog still shows the last import's results: start another.
    await page.click('.import-open');
    await page.locator('.import-foot .ws-button:not(.is-primary)').last().click();
    await page.setInputFiles('.import-dialog .import-file-input', [
      { name: gone, mimeType: 'application/octet-stream', buffer: Buffer.from('PK') },
      { name: blank, mimeType: 'application/pdf', buffer: blankPdf() },
    ]);
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    const reasons = await page.locator('.import-outcome.is-failed .import-reason').allTextContents();
    expect(reasons).toEqual([
      say(
        `${gone} could not be opened: the browser could not read the file (moved, deleted, or not permitted).`,
        `${gone} 无法打开：浏览器未能读取这个文件（它可能已被移动、删除，或没有读取权限）。`,
      ),
      say(
        `${blank} holds page images, not text: run OCR on it first.`,
        `${blank} 只有页面图像，没有文字：请先做文字识别（OCR）。`,
      ),
    ]);
    // The browser's own English (NotReadableError's message) is not in the sentence.
    if (lang === 'zh') expect(latinBesides(reasons[0] ?? '', gone)).toEqual([]);
    await expectOneLanguage(page, lang, 'import refusals', '.import-dialog');
    const detail = page.locator(`.import-outcome.is-failed[data-file="${gone}"] .technical-detail`);
    await detail.locator('summary').click();
    expect(await detail.locator('code').textContent()).toBe(
      `${gone} could not be opened: The requested file could not be read.`,
    );
    if (lang === 'zh') await page.screenshot({ path: shot('one-language-zh-import-failed.png') });
  });

  it('refuses a damaged workspace file in one language, the field at fault folded away', async () => {
    const damaged = JSON.parse(workspaceWithCaveat());
    delete damaged.notices[0].source;
    const name = say('damaged.json', '损坏.json');
    await openWorkspaceFile(page, name, JSON.stringify(damaged));
    expect(await page.textContent('.workspace-file-message.is-refused p')).toBe(
      say(`${name} was not opened. The workspace file is damaged.`, `${name} 未打开。这个工作区文件已损坏。`),
    );
    await expectOneLanguage(page, lang, 'workspace file refused', '.workspace-file-message');
    await page.click('.workspace-file-message .technical-detail summary');
    expect(await page.textContent('.workspace-file-message .technical-detail code')).toMatch(
      /notices\[0\]\.source/,
    );
  });

  it('words a correction that applied with a caveat', async () => {
    await openWorkspaceFile(page, 'caveat.json', workspaceWithCaveat());
    await page.click('.workspace-replace');
    await page.waitForSelector('.workspace-file-message.is-replaced');
    // The file's notice is offered, not shown: tick it.
    await page.locator('.notice-row input[type="checkbox"]').first().check();
    await page.waitForSelector('.app[data-status="ready"]');
    await openPanel(page, 'inspector');
    const note = page.locator('.inspector .correction-note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      say('Applied; not in this notice: 满洲里市口岸办.', '已应用；这份通知中没有 满洲里市口岸办。'),
    );
    await waitForFonts(page);
    await expectOneLanguage(page, lang, 'correction caveat', '.inspector');
    if (lang === 'en') {
      await note.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot('one-language-en-correction-caveat.png') });
    }
    await page.click('.inspector-toggle');
  });

  it('names the corridor map’s inset in one language', async () => {
    await show(page, 'projects', '.project-table, .corridor-map');
    await page.click('.segmented[data-setting="pshow"] [data-value="map"]');
    await page.waitForSelector('.corridor-inset-title');
    expect(await page.textContent('.corridor-inset-title')).toBe(say('Around Manzhouli', '满洲里周边'));
    await expectOneLanguage(page, lang, 'corridor map', '.corridor-map');
    await page.click('.segmented[data-setting="pshow"] [data-value="table"]');
  });

  it('says a part that did not load in one language, the browser’s words folded away', async () => {
    await page.route('**/ExportDialog-*.js', (route) => route.abort());
    await page.click('.export-open');
    const failed = page.locator('.part-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain(
      say('Export could not open: this part of the program did not load', '导出无法打开：未能加载这部分程序'),
    );
    await expectOneLanguage(page, lang, 'part failed', '.part-failed');
    expect(await failed.locator('.technical-detail code').textContent()).toMatch(/[A-Za-z]/);
    await page.unroute('**/ExportDialog-*.js');
    expect(
      errors.filter((e) => !/ExportDialog|dynamically imported|Failed to load resource/i.test(e)),
    ).toEqual([]);
  });
});

describe('the first paint', () => {
  it('shows the remembered language before any script runs', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => localStorage.setItem('fengong-atlas:lang', 'en'));
    const page = await context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('appUrl'), { waitUntil: 'commit' });
    await page.waitForSelector('.first-title');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Fengong Atlas');
    expect(await page.locator('.first-bar').innerText()).toBe('Fengong Atlas');
    expect(await page.locator('.first-status').innerText()).toBe('Opening…');
    release();
    await page.waitForSelector('.app[data-status="ready"]', { timeout: 60_000 });
    expect(await page.title()).toBe('Fengong Atlas');
    await context.close();
  });
});
