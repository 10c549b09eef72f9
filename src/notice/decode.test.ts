// Decoding the encodings official files come in, and reducing HTML pages to their text.
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { seedBytes, seedText } from '../../tests/support/seed.ts';
import { decodeBytes } from './decode.ts';
import { htmlToText } from './html.ts';
import { parseNoticeStructure as parseNotice } from './parse.ts';

const utf16 = (text: string, littleEndian: boolean, bom = true) => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return out;
};

describe('decodeBytes', () => {
  const sample = '（自治区商务厅牵头，满洲里海关等部门配合）\n';

  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(sample);
    expect(decodeBytes(bytes)).toMatchObject({ text: sample, encoding: 'utf-8', lossy: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeBytes(withBom)).toMatchObject({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM, either byte order, and little-endian without one', () => {
    expect(decodeBytes(utf16(sample, true))).toMatchObject({ text: sample, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(sample, false))).toMatchObject({ text: sample, encoding: 'utf-16be' });
    const ascii = 'Notice 1.\n一、任务\n';
    expect(decodeBytes(utf16(ascii, true, false))).toMatchObject({ text: ascii, encoding: 'utf-16le' });
  });

  it('reads GBK (as GB18030, its superset) when the bytes are not UTF-8', () => {
    expect(decodeBytes(encodeGbk(sample))).toMatchObject({ text: sample, encoding: 'gb18030', lossy: false });
  });

  it('parses the seed saved as GBK exactly as the UTF-8 original', () => {
    const gbk = parseNotice(encodeGbk(seedText()));
    const utf8 = parseNotice(seedBytes());
    expect(gbk.notice.encoding).toBe('gb18030');
    expect(gbk.items).toEqual(utf8.items);
    expect(gbk.agencies).toEqual(utf8.agencies);
  });

  it('flags binary data', () => {
    expect(decodeBytes(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 7])).binary).toBe(true);
  });
});

describe('htmlToText', () => {
  it('keeps the text of a page, one paragraph a line, entities decoded', () => {
    const html =
      '<!DOCTYPE html><html><head><title>关于印发分工方案的通知</title><style>p{}</style></head><body><script>var a=1</script>' +
      '<p>一、任务</p><p>（一）开放。推进&nbsp;通关&amp;便利。（省商务厅牵头，省财政厅配合）</p><div>二、保障</div></body></html>';
    const text = htmlToText(html);
    expect(text.split('\n')).toEqual([
      '关于印发分工方案的通知',
      '一、任务',
      '（一）开放。推进 通关&便利。（省商务厅牵头，省财政厅配合）',
      '二、保障',
    ]);
  });

  it('writes a table row as one line of cells, as Word and spreadsheets save them', () => {
    const html =
      '<table><tr><td colspan=4>一、扩大开放</td></tr>' +
      '<tr><td><p class=MsoNormal>1</p></td><td><p>推进口岸建设。</p><p>优化通关。</p></td>' +
      '<td><p>省商务厅</p><p>省财政厅</p></td><td rowspan=2>持续推进</td></tr>' +
      '<tr><td>2</td><td>建设物流园。</td><td></td></tr></table>';
    expect(htmlToText(html).split('\n')).toEqual([
      '一、扩大开放',
      // Paragraphs of prose joined as written, a list of names with 、; a cell spanning rows repeated.
      '1\t推进口岸建设。优化通关。\t省商务厅、省财政厅\t持续推进',
      '2\t建设物流园。\t\t持续推进',
    ]);
  });

  it('is used by parseNotice for HTML input, and says so', () => {
    const html =
      '<html><body><p>关于印发分工方案的通知</p><p>一、任务</p><p>（一）开放。推进。（省商务厅牵头）</p></body></html>';
    const model = parseNotice(new TextEncoder().encode(html));
    expect(model.notice.title).toBe('关于印发分工方案的通知');
    expect(model.items).toHaveLength(1);
    expect(model.diagnostics.map((d) => d.code)).toContain('HTML_REDUCED');
  });
});

describe('decodeBytes without a BOM', () => {
  it('tells UTF-16 Chinese text from GBK', () => {
    const text = seedText().slice(0, 600);
    expect(decodeBytes(utf16(text, true, false))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, false, false))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decodeBytes(encodeGbk(text))).toMatchObject({ text, encoding: 'gb18030' });
  });
});
