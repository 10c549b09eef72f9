// One language at a time: the top-bar switch turns every label of the shell, the network's toolbar, the
// import dialog and the inspector to English, keeps the choice across a reload, sets <html lang>, and
// turns them back to Chinese. Only notice content (titles, agency names) stays Chinese in English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR, waitForFonts } from './app.ts';

const CJK = /[\u3400-\u9fff]/;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The visible text of the UI labels in `selector`, without notice content (marked by the test's caller). */
async function labels(page: Page, selector: string, skip = ''): Promise<string> {
  return page.evaluate(
    ([selector, skip]) => {
      const root = document.querySelector(selector);
      if (!root) return '';
      const copy = root.cloneNode(true) as HTMLElement;
      if (skip) for (const el of copy.querySelectorAll(skip)) el.remove();
      const attrs = [...copy.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) =>
        ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
      );
      return [copy.textContent ?? '', ...attrs].join(' ');
    },
    [selector, skip] as const,
  );
}

async function switchTo(page: Page, lang: 'zh' | 'en') {
  await page.click(`.lang-switch [data-lang="${lang}"]`);
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  await waitForFonts(page);
}

describe('the interface language', () => {
  it('switches to English, stays English after a reload, and switches back to Chinese', async () => {
    const { page, errors } = await openApp(browser, { view: 'graph' });
    // zh-CN browser, nothing stored: Chinese.
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.view-tab[data-view="graph"]')).toBe('网络图');
    expect(await page.getAttribute('.lang-switch [data-lang="zh"]', 'aria-pressed')).toBe('true');

    await switchTo(page, 'en');
    const top = await labels(page, '.top-bar', '.lang-switch');
    expect(top).toContain('Load ranking');
    expect(top).toContain('Inspect & correct');
    expect(top).not.toMatch(CJK);
    // The search's example query is a notice's words (商务厅), not a label: left out.
    expect(await labels(page, '.graph-toolbar', '.graph-ego-name, .graph-search')).not.toMatch(CJK);
    expect(await page.getAttribute('.graph-search input', 'aria-label')).not.toMatch(CJK);
    await page.screenshot({ path: new URL('ui-language-en.png', SCREENSHOT_DIR).pathname });

    // The import dialog: English only (the paste box's placeholder is a sample of a notice).
    await page.click('.import-open');
    await page.waitForSelector('.import-dialog[open]');
    const dialog = await labels(page, '.import-dialog', 'textarea');
    expect(dialog).toContain('Import notices');
    expect(dialog).not.toMatch(CJK);
    await page.screenshot({ path: new URL('ui-language-en-import.png', SCREENSHOT_DIR).pathname });
    await page.keyboard.press('Escape');

    // The inspector, listing agencies (their names are the notice's) and then one agency.
    await page.click('.inspector-toggle');
    await page.waitForSelector('.inspector');
    expect(await labels(page, '.inspector', '.agency-pick-name, .correction-text')).not.toMatch(CJK);
    await page.locator('.agency-pick').first().click();
    await page.waitForSelector('.agency-inspector');
    const agency = await labels(
      page,
      '.inspector',
      '.inspector-name, .inspector-item, .split-items, .merge-form, .generic-toggle, .ws-hint, .correction-text',
    );
    expect(agency).toContain('Rename');
    expect(agency).not.toMatch(CJK);
    await page.screenshot({ path: new URL('ui-language-en-inspector.png', SCREENSHOT_DIR).pathname });

    // A view's own bar and its diagram's key follow too (agency names stay as the notice writes them).
    await page.click('.view-tab[data-view="ranking"]');
    await page.waitForSelector('.ranking-view');
    await waitForFonts(page);
    expect(await labels(page, '.ranking-view .view-bar')).not.toMatch(CJK);
    expect(await labels(page, '.ranking-explainer', '.ranking-verdict')).not.toMatch(CJK);
    await page.screenshot({ path: new URL('ui-language-en-ranking.png', SCREENSHOT_DIR).pathname });

    // Remembered.
    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('.view-tab[data-view="ranking"]')).toBe('Load ranking');

    await switchTo(page, 'zh');
    expect(await page.textContent('.view-tab[data-view="ranking"]')).toBe('工作量排名');
    expect(await page.textContent('.inspector-toggle')).toContain('检查与更正');
    expect(await page.textContent('.import-open')).toBe('导入…');
    await page.screenshot({ path: new URL('ui-language-zh.png', SCREENSHOT_DIR).pathname });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
