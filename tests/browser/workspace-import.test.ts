// Importing notices: a GBK text file chosen in the dialog, a Word file dropped on the page, pasted text,
// several files at once with those that cannot be read named with the reason — and all of it still there
// after a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedText } from '../support/seed.ts';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import {
  closeImport,
  docxFile,
  dropFiles,
  gbkFile,
  importFiles,
  openPanel,
  PORT_TITLE,
  TRADE_TITLE,
} from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('importing notices', () => {
  it('reads a GBK text file and shows it, and it is still there after a reload', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    expect(await page.getAttribute('.app', 'data-storage')).toBe('indexeddb');
    await importFiles(page, [gbkFile()]);
    const outcome = page.locator('.import-outcome.is-imported[data-file="口岸方案.txt"]');
    expect(await outcome.locator('.import-name').textContent()).toContain('满洲里口岸通关便利化工作方案');
    expect(await outcome.locator('.import-counts').textContent()).toBe('3 items · 6 agencies · GB18030');
    await closeImport(page);

    // The imported notice is in view on its own: its items, its agencies, decoded right.
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('h1.notice-title')).toContain('满洲里口岸通关便利化工作方案');
    expect(await page.locator('.outline-entry').count()).toBe(3);
    expect(await page.locator('.outline-entry').first().locator('.agency-chip').allTextContents()).toEqual([
      '满洲里海关',
      '自治区商务厅',
      '满洲里市口岸办',
    ]);

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('h1.notice-title')).toContain('满洲里口岸通关便利化工作方案');
    await openPanel(page, 'notices');
    expect(await page.locator('.notice-row .notice-name').allTextContents()).toEqual([
      '《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案',
      PORT_TITLE,
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a Word file dropped on the page, and shows two notices as one network', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await dropFiles(page, [docxFile()]);
    expect(await page.locator('.import-outcome.is-imported .import-name').textContent()).toContain(
      TRADE_TITLE,
    );
    await closeImport(page);
    expect(await page.locator('.outline-entry').count()).toBe(2);

    // Tick the Manzhouli notice too: one agency per name across both notices.
    await openPanel(page, 'notices');
    await page.locator('.notice-row').first().locator('.notice-in-view').check();
    await page.waitForSelector('.scope-header');
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('.scope-header h1')).toBe('2 notices in view');
    expect(await page.locator('.outline-entry').count()).toBe(79);
    // 45 agencies of the Manzhouli notice, and 呼伦贝尔市商务局 from the Word file; 自治区商务厅 and
    // 满洲里海关 are named in both and counted once.
    expect(await page.textContent('.notice-count[data-count="agencies"] dd')).toBe('46');
    expect(await page.getAttribute('.outline-entry >> nth=77', 'data-item')).toMatch(
      /^n-[0-9a-f-]+\/item-1$/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports several files at once, and names each file it cannot read with the reason', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await importFiles(page, [
      gbkFile(),
      {
        name: '旧格式.doc',
        mimeType: 'application/msword',
        // The compound-file signature of a Word 97–2003 file, and nothing of one after it.
        buffer: Buffer.from([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          0xa1,
          0xb1,
          0x1a,
          0xe1,
          ...new Array<number>(504).fill(0),
        ]),
      },
      docxFile(),
      { name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      {
        name: '扫描件.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(Array.from({ length: 900 }, (_, i) => (i * 37) % 256)),
      },
    ]);
    expect(await page.textContent('.import-tally')).toBe('2 imported, 3 not imported');
    expect(await page.locator('.import-outcome.is-failed .import-reason').allTextContents()).toEqual([
      '旧格式.doc cannot be read as a Word 97–2003 file: the file is damaged or incomplete.',
      '空白.txt is empty.',
      expect.stringMatching(/^扫描件\.txt: This is not a text file/),
    ]);
    await closeImport(page);
    // The two notices that were read are in view together, in the order they were chosen.
    await page.waitForSelector('.scope-header');
    expect(await page.locator('.outline-entry').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports pasted text', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await page.click('.import-open');
    await page.fill(
      '.import-paste-text',
      '一、推进改革\n（一）创新口岸管理。（自治区商务厅牵头，满洲里海关配合）',
    );
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.locator('.outline-entry .agency-chip').allTextContents()).toEqual([
      '自治区商务厅',
      '满洲里海关',
    ]);
    await openPanel(page, 'notices');
    expect(await page.locator('.notice-row').last().locator('.notice-name').textContent()).toMatch(
      /^Pasted text \d{4}-/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('holds back pasted text that is no notice, says why, and stores it only when asked', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await page.click('.import-open');
    await page.fill('.import-paste-text', '今天天气很好，我们去公园散步。\n明天再说。');
    await page.click('.import-paste-go');
    await page.waitForSelector('.import-dialog[data-phase="done"]');
    expect(await page.textContent('.import-tally')).toBe('0 imported, 1 held back');
    expect(await page.textContent('.import-outcome.is-held .import-reason')).toContain(
      'No sections, tasks or responsibility markers found',
    );
    await page.screenshot({ path: new URL('import-held.png', SCREENSHOT_DIR).pathname });
    // Nothing was stored and the Manzhouli notice is still what is shown.
    await closeImport(page);
    await openPanel(page, 'notices');
    expect(await page.locator('.notice-row').count()).toBe(1);
    expect(await page.textContent('.notice-count[data-count="items"] dd')).toBe('77');

    // Insisting stores it.
    await page.click('.import-open');
    await page.click('.import-keep');
    await page.waitForSelector('.import-outcome.is-held', { state: 'detached' });
    await expect.poll(() => page.locator('.notice-row').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says on reopening which files an import cut short did not read, and reads only those again', async () => {
    const { page } = await openApp(browser, { lang: 'en' });
    const context = page.context();
    const files = Array.from({ length: 60 }, (_, i) => ({
      name: `方案${String(i + 1).padStart(2, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`市人民政府关于印发第${i + 1}号工作方案的通知\n${seedText()}`),
    }));
    await page.click('.import-open');
    await page.setInputFiles('.import-dialog .import-file-input', files);
    // The tab is closed while the import runs.
    await page.close();

    const again = await context.newPage();
    await again.goto(inject('appUrl'));
    await again.waitForSelector('.app[data-status="ready"]');
    const banner = await again.waitForSelector('.import-resume');
    expect(await banner.textContent()).toMatch(/The last import stopped after 0 of 60 files/);
    expect(await again.textContent('.import-resume-names')).toBe(
      '方案01.txt, 方案02.txt, 方案03.txt, 方案04.txt, 方案05.txt, 方案06.txt and 54 more',
    );
    await again.screenshot({ path: new URL('import-resume.png', SCREENSHOT_DIR).pathname });
    // Chosen again: the 60 are read; the banner is gone and stays gone.
    await again.setInputFiles('.import-resume-input', files);
    await again.waitForSelector('.import-dialog[data-phase="done"]', { timeout: 60_000 });
    expect(await again.textContent('.import-tally')).toBe('60 imported');
    await closeImport(again);
    await openPanel(again, 'notices');
    expect(await again.locator('.notice-row').count()).toBe(61);
    await again.reload();
    await again.waitForSelector('.app[data-status="ready"]');
    expect(await again.locator('.import-resume').count()).toBe(0);
    await context.close();
  });
});
