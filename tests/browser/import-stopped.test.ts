// An import that stops part-way (here the parser's worker answers that the browser ran out of memory)
// says so in the interface's language with what to do, the worker's own English line folded away under
// "Technical detail".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { gbkFile, importFiles } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The parse worker as the page makes it, but one that fails the import of the test's file as out of memory. */
function failingImports(): void {
  const Real = window.Worker;
  window.Worker = class extends Real {
    override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
      const request = message as { type?: string; id?: number; files?: { name?: string }[] } | null;
      // The user's file only: the app's own first notice is read through the same worker.
      if (request?.type === 'import' && request.files?.some((f) => f.name === '口岸方案.txt')) {
        const data = { id: request.id, ok: false, error: 'RangeError: Array buffer allocation failed' };
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })), 0);
        return;
      }
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

async function stoppedImport(lang: 'zh' | 'en'): Promise<Page> {
  const { page } = await openApp(browser, { lang, initScript: failingImports });
  await importFiles(page, [gbkFile()]);
  await page.waitForSelector('.import-stopped');
  return page;
}

describe('an import that stopped', () => {
  it('says why in Chinese, with what to do, the worker’s line folded away', async () => {
    const page = await stoppedImport('zh');
    expect(await page.getAttribute('.import-stopped', 'data-reason')).toBe('memory');
    const said = (await page.textContent('.import-stopped > p')) ?? '';
    expect(said).toContain('导入中断：浏览器内存不足');
    expect(said).not.toMatch(/[A-Za-z]/);
    expect(await page.isVisible('.import-stopped .technical-detail code')).toBe(false);
    await page.click('.import-stopped .technical-detail summary');
    expect(await page.textContent('.import-stopped .technical-detail code')).toContain(
      'Array buffer allocation failed',
    );
    await page
      .locator('.import-dialog')
      .screenshot({ path: new URL('import-stopped-zh.png', SCREENSHOT_DIR).pathname });
    await page.context().close();
  });

  it('says why in English', async () => {
    const page = await stoppedImport('en');
    const said = (await page.textContent('.import-stopped > p')) ?? '';
    expect(said).toContain('The import stopped: the browser ran out of memory.');
    expect(said).not.toMatch(/\p{Script=Han}/u);
    await page
      .locator('.import-dialog')
      .screenshot({ path: new URL('import-stopped-en.png', SCREENSHOT_DIR).pathname });
    await page.context().close();
  });
});
