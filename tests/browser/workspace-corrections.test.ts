// Correcting the parse: rename an agency and see it (badged) after a reload; merge two names and undo it;
// fix an item's agencies; mark a collective — each listed in the inspector and reversible.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { chipNames, inspectAgency } from './workspace-helpers.ts';

/** The first item of the Manzhouli notice: 自治区商务厅 leads, six agencies cooperate. */
const FIRST_ITEM = 'manzhouli-2014/item-1';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function corrections(page: Page): Promise<string[]> {
  return page.locator('.correction .correction-text').allTextContents();
}

describe('corrections', () => {
  it('renames an agency, shows the change with a badge, and keeps it across a reload', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await inspectAgency(page, '满洲里海关');
    await page.fill('#rename-agency', '满洲里海关（口岸）');
    await page.click('.rename-form button[type="submit"]');
    await page.waitForSelector('.agency-inspector[data-agency="ag:满洲里海关（口岸）"]');
    expect((await chipNames(page, FIRST_ITEM))[1]).toBe('满洲里海关（口岸）');
    expect(
      await page
        .locator(`.outline-entry[data-item="${FIRST_ITEM}"] .agency-chip.is-corrected`)
        .allTextContents(),
    ).toEqual(['满洲里海关（口岸）']);
    expect(await corrections(page)).toEqual(['Renamed 满洲里海关 → 满洲里海关（口岸）']);
    expect(await page.textContent('.inspector-toggle .ws-count')).toBe('1');

    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    expect((await chipNames(page, FIRST_ITEM))[1]).toBe('满洲里海关（口岸）');
    await page.waitForSelector('.agency-inspector[data-agency="ag:满洲里海关（口岸）"] .corrected-badge');

    // Undone from the list, the parser's reading is back.
    await page.click('.correction .correction-undo');
    await expect.poll(async () => (await chipNames(page, FIRST_ITEM))[1]).toBe('满洲里海关');
    expect(await corrections(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('merges two names into one agency, and undoes the merge', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await inspectAgency(page, '自治区外事办');
    await page.fill('#merge-agency', '自治区贸促会');
    await page.click('.merge-form button[type="submit"]');
    await expect.poll(() => corrections(page)).toEqual(['Merged 自治区贸促会 into 自治区外事办']);
    expect(await page.textContent('.notice-count[data-count="agencies"] dd')).toBe('44');
    expect(await page.textContent('.agency-inspector .ws-hint')).toContain('also written 自治区贸促会');
    // 自治区贸促会 cooperates in 4 items, 自治区外事办 in all of them too: 17 items either way.
    expect(await page.locator('.agency-inspector .inspector-item').count()).toBe(17);
    expect(await chipNames(page, FIRST_ITEM)).not.toContain('自治区贸促会');

    await page.click('.undo-last');
    await expect.poll(() => page.textContent('.notice-count[data-count="agencies"] dd')).toBe('45');
    expect(await chipNames(page, FIRST_ITEM)).toContain('自治区贸促会');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the name with more items when a one-item body is merged into a bigger one, and can swap', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await inspectAgency(page, '自治区公安消防总队');
    await page.fill('#merge-agency', '自治区公安厅');
    // The preview names the kept agency first: the bigger one, not the one being inspected.
    await page.waitForSelector('.merge-preview[data-keep="ag:自治区公安厅"]');
    expect(await page.textContent('.merge-preview .merge-keep')).toBe('自治区公安厅');
    expect(await page.textContent('.merge-preview p')).toContain('After the merge: 10 items');
    await page.click('.merge-swap');
    await page.waitForSelector('.merge-preview[data-keep="ag:自治区公安消防总队"]');
    await page.click('.merge-swap');
    await page.click('.merge-form button[type="submit"]');
    await expect.poll(() => corrections(page)).toEqual(['Merged 自治区公安消防总队 into 自治区公安厅']);
    // The inspector follows the kept agency, which now carries both names' items.
    await page.waitForSelector('.agency-inspector[data-agency="ag:自治区公安厅"]');
    expect(await page.locator('.agency-inspector .inspector-item').count()).toBe(10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("fixes an item's agencies and marks a collective, each listed and badged", async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await page.locator(`.outline-entry[data-item="${FIRST_ITEM}"] button`).first().click();
    await page.click('.inspector-toggle');
    await page.waitForSelector(`.item-inspector[data-item="${FIRST_ITEM}"]`);
    await page.click('.role-line-cooperate button[aria-label="Remove 自治区贸促会"]');
    await page.fill('.role-line-responsible .role-add', '满洲里市人民政府');
    await page.press('.role-line-responsible .role-add', 'Enter');
    await page.click('.role-editor-actions .ws-button');
    await expect
      .poll(() => chipNames(page, FIRST_ITEM))
      .toEqual([
        '自治区商务厅',
        '满洲里海关',
        '内蒙古出入境检验检疫局',
        '自治区外事办',
        '自治区交通运输厅',
        '自治区公安边防总队',
        '满洲里市人民政府',
      ]);
    await page.waitForSelector(
      `.outline-entry[data-item="${FIRST_ITEM}"] .outline-entry-label .corrected-badge`,
    );

    await inspectAgency(page, '自治区贸促会');
    await page.click('.generic-toggle input');
    await page.waitForSelector(`.outline-entry .agency-chip.is-generic.is-corrected:text("自治区贸促会")`);
    expect(await corrections(page)).toEqual([
      'Marked 自治区贸促会 as a collective (generic)',
      'Agencies of "优化口岸通关服务环境，推进联检联运监管改革和能力建设，深…": lead 自治区商务厅; cooperating 满洲里海关、内蒙古出入境检验检疫局、自治区外事办、自治区交通运输厅、自治区公安边防总队; responsible 满洲里市人民政府',
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('splits an agency where the new name is another, and undoes it with Ctrl+Z', async () => {
    const { page } = await openApp(browser, { lang: 'en' });
    await inspectAgency(page, '自治区科技厅');
    await page.locator('.split-form summary').click();
    await page.locator('.split-items input').first().check();
    await page.fill('.split-form .ws-input', '自治区科技厅');
    expect(await page.isDisabled('.split-form .ws-button')).toBe(true);
    await page.fill('.split-form .ws-input', '满洲里市科技局');
    await page.click('.split-form .ws-button');
    await expect.poll(() => corrections(page)).toEqual(['Split 自治区科技厅: 1 item names 满洲里市科技局']);
    // Ctrl+Z, away from any text field, undoes it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => corrections(page)).toEqual([]);
    await page.context().close();
  });
});
