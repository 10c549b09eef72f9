// sniff() tells a file's kind by its bytes, whatever it is called: every kind, as the fixtures and
// the files of other tests are, and never a throw on random bytes. A web page saved as .doc is
// routed to the parser, which must read it as the notice it is.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { compareTriples } from '../../tests/fixtures/word/triples.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { docxBytes, p } from './docx.fixture.ts';
import { sniff } from './sniff.ts';

const ROOT = new URL('../../', import.meta.url);
const file = (path: string) => new Uint8Array(readFileSync(new URL(path, ROOT)));
const fixture = (name: string) => file(`tests/fixtures/word/${name}`);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string, bom: boolean) =>
  Uint8Array.from([
    ...(bom ? [0xff, 0xfe] : []),
    ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);

describe('sniff', () => {
  it('knows Word binary, WPS, zips and PDFs by their signatures', () => {
    expect(sniff(fixture('zhengzhou-2023.doc'))).toBe('compound');
    expect(sniff(fixture('hunan-2021-table.wps'))).toBe('compound');
    expect(sniff(docxBytes(p('一、任务')))).toBe('zip');
    expect(sniff(ascii('PK\x05\x06' + '\0'.repeat(18)))).toBe('zip');
    expect(sniff(ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'))).toBe('pdf');
    expect(sniff(ascii('\r\n\0\0junk before the header %PDF-1.4\n'))).toBe('pdf');
  });

  it('knows RTF, MHTML and HTML saved under any name', () => {
    expect(sniff(fixture('zhengzhou-2023.rtf'))).toBe('rtf');
    expect(sniff(ascii('\xef\xbb\xbf \r\n{\\rtf1\\ansi x}'))).toBe('rtf');
    expect(sniff(fixture('zhengzhou-2023.mhtml'))).toBe('mhtml');
    const word =
      'MIME-Version: 1.0\r\nX-Document-Type: Document\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D9"\r\n\r\n';
    expect(sniff(ascii(word))).toBe('mhtml');
    expect(sniff(ascii('MIME-Version: 1.0\nContent-Type: text/html; charset="gb2312"\n\n<html>'))).toBe(
      'mhtml',
    );
    expect(sniff(fixture('hunan-2021-table-html.doc'))).toBe('html');
    const page = '<html><head><title>通知</title></head><body><p>一、任务</p></body></html>';
    expect(sniff(utf16(page, true))).toBe('html');
    expect(sniff(utf16(page, false))).toBe('html');
    expect(sniff(encodeGbk(`<!DOCTYPE html>\n${page}`))).toBe('html');
  });

  it('calls anything else text, for the parser to decode', () => {
    expect(sniff(encodeGbk('一、推进改革\n（一）优化服务。（市商务局牵头）'))).toBe('text');
    expect(sniff(new TextEncoder().encode('Content-Type: 不是邮件\n\n正文'))).toBe('text');
    expect(sniff(utf16('一、推进改革', true))).toBe('text');
    expect(sniff(new Uint8Array())).toBe('text');
    expect(sniff(Uint8Array.from([0xd0, 0xcf, 0x11]))).toBe('text');
    expect(sniff(ascii('{\\rt'))).toBe('text');
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8192 }), (bytes) => {
        expect(['compound', 'zip', 'pdf', 'rtf', 'mhtml', 'html', 'text']).toContain(sniff(bytes));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a web page saved as .doc', () => {
  it('hunan-2021-table-html.doc (GBK): the parser reads at least 98 % of the original triples', () => {
    const original = parseNotice(fixture('hunan-2021-table.txt'));
    const score = compareTriples(original, parseNotice(fixture('hunan-2021-table-html.doc')));
    expect(score.total).toBeGreaterThan(50);
    expect(score.ratio).toBeGreaterThanOrEqual(0.98);
  });
});
