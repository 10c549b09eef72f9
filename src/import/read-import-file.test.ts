import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { docxBytes, p, row, table } from './docx.fixture.ts';
import { readImportFile } from './read-import-file.ts';

const NOTICE_BODY =
  p('自治区人民政府办公厅关于印发重点工作分工方案的通知') +
  p('一、推进改革') +
  p('（一）创新口岸管理。优化通关服务。（自治区商务厅牵头，满洲里海关、自治区财政厅配合）') +
  p('二、扩大开放') +
  table(
    row('序号', '工作任务', '牵头单位', '配合单位'),
    row('1', '提高外贸水平，稳定外贸规模。', '自治区商务厅', ['自治区发展改革委', '满洲里海关']),
  );

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url)));

/** The items of a parse, as (lead, cooperators) name lists. */
function roles(input: Uint8Array | string) {
  const model = parseNotice(input);
  const name = (id: string) => model.agencies.find((a) => a.id === id)?.name;
  return model.items.map((a) => [a.leads.map(name), a.cooperators.map(name)]);
}

describe('readImportFile', () => {
  it('takes the text of a .docx, which the parser reads as a notice, table rows included', async () => {
    const read = await readImportFile('分工方案.docx', docxBytes(NOTICE_BODY));
    if (!('text' in read)) throw new Error(JSON.stringify(read));
    expect(read.kind).toBe('docx');
    expect(read.text.split('\n')[5]).toBe(
      '1\t提高外贸水平，稳定外贸规模。\t自治区商务厅\t自治区发展改革委、满洲里海关',
    );
    expect(roles(read.text)).toEqual([
      [['自治区商务厅'], ['满洲里海关', '自治区财政厅']],
      [['自治区商务厅'], ['自治区发展改革委', '满洲里海关']],
    ]);
  });

  it('passes the bytes of text and HTML files through, for the parser to decode', async () => {
    const gbk = encodeGbk('一、任务\n（一）推进建设。（市商务局牵头）');
    expect(await readImportFile('通知.TXT', gbk)).toEqual({ kind: 'text', bytes: gbk, reader: 'text' });
    const html = strToU8('<html><body><p>一、任务</p></body></html>');
    expect(await readImportFile('page.htm', html)).toEqual({ kind: 'html', bytes: html, reader: 'html' });
    expect(await readImportFile('notice', gbk)).toMatchObject({ kind: 'text', bytes: gbk });
  });

  it('tells a file by its bytes, not its name: a .docx saved as .txt, a .doc that is RTF or MHTML', async () => {
    expect(await readImportFile('attachment', docxBytes(p('一、任务')))).toMatchObject({
      kind: 'docx',
      text: '一、任务\n',
    });
    expect(await readImportFile('attachment.txt', docxBytes(p('一、任务')))).toMatchObject({ kind: 'docx' });
    const rtf = await readImportFile('郑州.doc', fixture('word/zhengzhou-2023.rtf'));
    expect(rtf).toMatchObject({ kind: 'rtf' });
    const mhtml = await readImportFile('郑州.doc', fixture('word/zhengzhou-2023.mhtml'));
    expect(mhtml).toMatchObject({ kind: 'html' });
  });

  it('reads every format a notice is published in to the same responsibilities', async () => {
    const seed = roles(seedBytes());
    for (const [path, kind] of [
      ['word/manzhouli-2014.doc', 'doc'],
      ['ofd/manzhouli-pilot-zone-2014.ofd', 'ofd'],
      ['pdf/manzhouli.pdf', 'pdf'],
    ] as const) {
      const read = await readImportFile(path.split('/')[1] as string, fixture(path));
      if (!('text' in read)) throw new Error(`${path}: ${JSON.stringify(read)}`);
      expect(read.kind, path).toBe(kind);
      expect(read.reader.length, path).toBeGreaterThan(0);
      expect(roles(read.text), path).toEqual(seed);
    }
    const sheets = await Promise.all(
      ['manzhouli-tasks.xlsx', 'manzhouli-tasks.xls', 'manzhouli-tasks.et', 'manzhouli-tasks-gbk.csv'].map(
        (name) => readImportFile(name, fixture(`sheets/${name}`)),
      ),
    );
    const texts = sheets.map((read) => ('text' in read ? read.text : read));
    expect(new Set(texts).size).toBe(1);
    expect(sheets.every((read) => 'kind' in read && read.kind === 'sheet')).toBe(true);
  });

  it('names the file and the reason when it cannot be read', async () => {
    expect(await readImportFile('坏.docx', strToU8('not a zip at all'))).toMatchObject({
      error: expect.stringMatching(/^坏\.docx/),
      problem: { code: 'unreadable', args: ['坏.docx', 'docx', 'not-its-format'] },
    });
    const noDocument = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/styles.xml': strToU8('<w:styles/>'),
    });
    expect(await readImportFile('空.docx', noDocument)).toMatchObject({
      error: '空.docx cannot be read: it is a zip holding no Word document, workbook or OFD.',
      problem: { code: 'unreadable', args: ['空.docx', 'zip', 'no-document'] },
    });
    const locked = Uint8Array.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(600).fill(0),
    ]);
    expect(await readImportFile('加密.doc', locked)).toMatchObject({
      error: expect.stringMatching(/^加密\.doc/),
    });
    const notWord = zipSync({ 'word/document.xml': strToU8('<x/>') });
    expect(await readImportFile('假.docx', notWord)).toMatchObject({
      error: '假.docx cannot be read as a .docx: its word/document.xml has no document body.',
      problem: { code: 'unreadable', args: ['假.docx', 'docx', 'damaged'] },
    });
    expect(await readImportFile('扫描.pdf', fixture('pdf/scanned.pdf'))).toMatchObject({
      error: expect.stringMatching(/OCR/),
      problem: { code: 'scanned', args: ['扫描.pdf'] },
    });
    expect(await readImportFile('图.png', strToU8('x'))).toMatchObject({
      error: expect.stringMatching(/^图\.png: Fengong Atlas reads \.txt, .* files, not \.png\.$/),
      problem: { code: 'not-read-type', args: ['图.png', '.png'] },
    });
    expect(await readImportFile('空.txt', new Uint8Array())).toMatchObject({
      error: '空.txt is empty.',
      problem: { code: 'empty', args: ['空.txt'] },
    });
  });

  it('refuses a zip bomb and a file over the size limit at once, and a cancelled read', async () => {
    expect(await readImportFile('bomb.xlsx', fixture('sheets/bomb.xlsx'))).toMatchObject({
      error: expect.stringMatching(/maxInflatedBytes/),
    });
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(
      await readImportFile('bomb.docx', bomb, { limits: { maxInflatedBytes: 1024 * 1024 } }),
    ).toMatchObject({
      error: expect.stringMatching(/maxInflatedBytes/),
    });
    expect(
      await readImportFile('大.txt', new Uint8Array(2048), { limits: { maxBytes: 1024 } }),
    ).toMatchObject({
      error: expect.stringMatching(/^大\.txt is refused: it is .* more than the limit/),
    });
    const controller = new AbortController();
    controller.abort();
    expect(
      await readImportFile('x.pdf', fixture('pdf/stsong.pdf'), { signal: controller.signal }),
    ).toMatchObject({
      error: expect.stringMatching(/cancelled/),
    });
  });

  it('never throws, whatever the bytes', async () => {
    for (let seed = 1; seed < 200; seed++) {
      const bytes = Uint8Array.from({ length: seed % 50 }, (_, i) => (seed * 31 + i * 17) & 255);
      if (seed % 3 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04].slice(0, bytes.length));
      if (seed % 5 === 0) bytes.set([0xd0, 0xcf, 0x11, 0xe0].slice(0, bytes.length));
      for (const name of ['x.docx', 'x.txt', 'x.doc', 'x.xlsx', 'x.ofd', 'x.pdf'])
        expect(await readImportFile(name, bytes)).toBeDefined();
    }
  });
});
