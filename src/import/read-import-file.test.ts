import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { parseNotice } from '../notice/parse.ts';
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

describe('readImportFile', () => {
  it('takes the text of a .docx, which the parser reads as a notice, table rows included', () => {
    const read = readImportFile('分工方案.docx', docxBytes(NOTICE_BODY));
    if (!('text' in read)) throw new Error(JSON.stringify(read));
    expect(read.kind).toBe('docx');
    expect(read.text.split('\n')[5]).toBe(
      '1\t提高外贸水平，稳定外贸规模。\t自治区商务厅\t自治区发展改革委、满洲里海关',
    );
    const model = parseNotice(read.text, { fileName: '分工方案.docx' });
    const name = (id: string) => model.agencies.find((a) => a.id === id)?.name;
    expect(model.assignments.map((a) => [a.leads.map(name), a.cooperators.map(name)])).toEqual([
      [['自治区商务厅'], ['满洲里海关', '自治区财政厅']],
      [['自治区商务厅'], ['自治区发展改革委', '满洲里海关']],
    ]);
  });

  it('passes the bytes of text and HTML files through, for the parser to decode', () => {
    const gbk = encodeGbk('一、任务\n（一）推进建设。（市商务局牵头）');
    expect(readImportFile('通知.TXT', gbk)).toEqual({ kind: 'text', bytes: gbk });
    const html = strToU8('<html><body><p>一、任务</p></body></html>');
    expect(readImportFile('page.htm', html)).toEqual({ kind: 'html', bytes: html });
    expect(readImportFile('page.html', html)).toEqual({ kind: 'html', bytes: html });
    expect(readImportFile('notice', gbk)).toEqual({ kind: 'text', bytes: gbk });
  });

  it('reads a .docx saved under another name', () => {
    expect(readImportFile('attachment', docxBytes(p('一、任务')))).toEqual({
      kind: 'docx',
      text: '一、任务\n',
    });
    expect(readImportFile('attachment.txt', docxBytes(p('一、任务')))).toMatchObject({ kind: 'docx' });
  });

  it('names the file and the reason when a .docx cannot be read', () => {
    expect(readImportFile('坏.docx', strToU8('not a zip at all'))).toEqual({
      error: '坏.docx cannot be read as a .docx: it is not a valid zip archive (invalid zip data).',
    });
    const noDocument = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/styles.xml': strToU8('<w:styles/>'),
    });
    expect(readImportFile('空.docx', noDocument)).toEqual({
      error: '空.docx cannot be read as a .docx: it has no word/document.xml, so it is not a Word document.',
    });
    const cut = docxBytes(NOTICE_BODY);
    expect(readImportFile('截断.docx', cut.slice(0, cut.length - 40))).toMatchObject({
      error: expect.stringMatching(/^截断\.docx cannot be read as a \.docx: it is not a valid zip archive/),
    });
    const locked = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(readImportFile('加密.docx', locked)).toEqual({
      error:
        '加密.docx is a password-protected or old-format Word file: save it as .docx without a password and open it again.',
    });
    const notWord = zipSync({ 'word/document.xml': strToU8('<x/>') });
    expect(readImportFile('假.docx', notWord)).toEqual({
      error: '假.docx cannot be read as a .docx: its word/document.xml has no document body.',
    });
  });

  it('names the file when its type is not one it reads', () => {
    expect(readImportFile('方案.pdf', strToU8('%PDF-1.7'))).toEqual({
      error: '方案.pdf: Fengong Atlas reads .txt, .html, .htm, .docx files, not .pdf.',
    });
    expect(readImportFile('旧.doc', strToU8('x'))).toEqual({
      error: '旧.doc is an old-format Word/WPS file: save it as .docx and open it again.',
    });
    expect(readImportFile('空.txt', new Uint8Array())).toEqual({ error: '空.txt is empty.' });
  });

  it('never throws, whatever the bytes', () => {
    for (let seed = 1; seed < 200; seed++) {
      const bytes = Uint8Array.from({ length: seed % 50 }, (_, i) => (seed * 31 + i * 17) & 255);
      if (seed % 3 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04].slice(0, bytes.length));
      expect(() => readImportFile('x.docx', bytes)).not.toThrow();
      expect(() => readImportFile('x.txt', bytes)).not.toThrow();
    }
  });
});
