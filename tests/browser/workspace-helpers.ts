// Shared by the workspace browser tests: notices made in the test (a GBK text file, a Word file), and the
// steps a user takes — open the import dialog, choose files, drop files, open the panels.
import type { Page } from 'playwright-core';
import { docxBytes, p } from '../../src/import/docx.fixture.ts';
import { encodeGbk } from '../support/gbk.ts';

export const PORT_NOTICE = [
  '满洲里市人民政府办公室关于印发《满洲里口岸通关便利化工作方案》任务分工的通知',
  '一、提升通关效率',
  '（一）推进国际贸易“单一窗口”建设。（满洲里海关牵头，自治区商务厅、满洲里市口岸办配合）',
  '（二）优化查验流程。（内蒙古出入境检验检疫局牵头，满洲里海关配合）',
  '二、改善口岸环境',
  '（三）完善口岸基础设施。（满洲里市发展改革委牵头，满洲里市财政局配合）',
  '',
].join('\r\n');

export const PORT_TITLE = '《满洲里口岸通关便利化工作方案》任务分工';

/** The port notice as a Windows editor saves Chinese text: GBK, CRLF. */
export function portNoticeGbk(): Buffer {
  return Buffer.from(encodeGbk(PORT_NOTICE));
}

export const TRADE_TITLE = '中俄经贸合作重点工作分工方案';

/** A Word file made here: the paragraphs of a short notice. */
export function tradeNoticeDocx(): Buffer {
  return Buffer.from(
    docxBytes(
      p('呼伦贝尔市人民政府关于印发中俄经贸合作重点工作分工方案的通知') +
        p('一、扩大经贸合作') +
        p('（一）发展边境贸易。（自治区商务厅牵头，满洲里海关配合）') +
        p('（二）建设互市贸易区。（呼伦贝尔市商务局负责）'),
    ),
  );
}

export interface FileToImport {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export const gbkFile = (): FileToImport => ({
  name: '口岸方案.txt',
  mimeType: 'text/plain',
  buffer: portNoticeGbk(),
});
export const docxFile = (): FileToImport => ({
  name: '中俄合作方案.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  buffer: tradeNoticeDocx(),
});

/** Opens the import dialog, chooses the files, and waits until the import is done. */
export async function importFiles(page: Page, files: readonly FileToImport[]): Promise<void> {
  await page.click('.import-open');
  await page.setInputFiles('.import-dialog .import-file-input', [...files]);
  await page.waitForSelector('.import-dialog[data-phase="done"]');
}

/** Drops files on the page, as dragging them from the desktop does. */
export async function dropFiles(page: Page, files: readonly FileToImport[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent('dragenter', init));
    document.body.dispatchEvent(new DragEvent('dragover', init));
    document.body.dispatchEvent(new DragEvent('drop', init));
  }, payload);
  await page.waitForSelector('.import-dialog[data-phase="done"]');
}

export async function closeImport(page: Page): Promise<void> {
  await page.click('.import-foot .ws-button.is-primary');
  await page.waitForSelector('.import-dialog', { state: 'hidden' });
}

export async function openPanel(page: Page, panel: 'notices' | 'inspector'): Promise<void> {
  const toggle = panel === 'notices' ? '.notices-toggle' : '.inspector-toggle';
  if ((await page.getAttribute(toggle, 'aria-pressed')) !== 'true') await page.click(toggle);
  await page.waitForSelector(panel === 'notices' ? '.notices-panel' : '.inspector');
}

/** Opens the inspector on an agency picked from the list of agencies in view. */
export async function inspectAgency(page: Page, name: string): Promise<void> {
  await openPanel(page, 'inspector');
  if (await page.isVisible('.inspector .inspector-all')) await page.click('.inspector .inspector-all');
  await page.fill('.agency-filter', name);
  await page.click(`.agency-pick[data-agency="ag:${name}"]`);
  await page.waitForSelector(`.agency-inspector[data-agency="ag:${name}"]`);
}

/** The names on the agency chips of an outline entry. */
export function chipNames(page: Page, itemId: string): Promise<string[]> {
  return page.locator(`.outline-entry[data-item="${itemId}"] .agency-chip`).allTextContents();
}
