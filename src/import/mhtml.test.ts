// mhtmlToHtml on MIME messages written by hand (quoted-printable, base64, the part's charset or the
// page's <meta>, the `start` part) and on the MHTML Chromium saved of a GBK page
// (tests/fixtures/word/make-fixtures.ts), whose page must parse to the same (item, agency, role)
// triples as the notice's original text; hostile bytes must neither throw nor hang.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { compareTriples } from '../../tests/fixtures/word/triples.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { decodeBase64, decodeQuotedPrintable, mhtmlToHtml } from './mhtml.ts';

const ROOT = new URL('../../', import.meta.url);
const file = (path: string) => new Uint8Array(readFileSync(new URL(path, ROOT)));
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const qp = (bytes: Uint8Array) => {
  let line = '';
  let out = '';
  for (const b of bytes) {
    const piece =
      b >= 0x21 && b <= 0x7e && b !== 0x3d
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
};
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\r\n');

function message(
  parts: string[],
  outer = 'multipart/related; type="text/html"; boundary="----=_NextPart_01"',
): Uint8Array {
  return ascii(
    `MIME-Version: 1.0\r\nContent-Type: ${outer.replace('; ', ';\r\n\t')}\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n` +
      parts.map((p) => `------=_NextPart_01\r\n${p}\r\n`).join('') +
      '------=_NextPart_01--\r\n',
  );
}

const PAGE =
  '<html><head><title>通知</title></head><body><p>一、推进改革（自治区商务厅牵头）</p></body></html>';

describe('mhtmlToHtml', () => {
  it('decodes a quoted-printable page in the charset its part names (GBK, as Word saves .mht)', () => {
    const bytes = message([
      `Content-Location: file:///C:/notice.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${qp(encodeGbk(PAGE))}`,
      'Content-Location: file:///C:/notice.files/image001.png\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=',
    ]);
    expect(mhtmlToHtml('通知.doc', bytes)).toEqual({
      html: PAGE,
      reader: 'mhtml: text/html, quoted-printable, gbk',
    });
  });

  it('decodes a base64 page, choosing the part `start` names, with the charset of its <meta>', () => {
    const page = `<html><head><meta charset="gb18030"></head><body>${PAGE}</body></html>`;
    const bytes = message(
      [
        'Content-Type: text/html; charset=utf-8\r\nContent-ID: <other>\r\n\r\n<p>not this one</p>',
        `Content-Type: text/html\r\nContent-ID: <page@mhtml>\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(encodeGbk(page))}`,
      ],
      'multipart/related; start="<page@mhtml>"; boundary="----=_NextPart_01"',
    );
    expect(mhtmlToHtml('a.mht', bytes)).toEqual({ html: page, reader: 'mhtml: text/html, base64, gb18030' });
  });

  it("finds the page in a nested multipart part, with the <meta> charset when the part's is x-user-defined", () => {
    const inner =
      'Content-Type: multipart/alternative;\r\n\tboundary="inner"\r\n\r\n--inner\r\n' +
      'Content-Type: text/html;\r\n\tcharset="x-user-defined"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
      `${qp(encodeGbk('<meta charset="gbk">' + PAGE))}\r\n--inner--`;
    const bytes = message(
      [inner],
      'multipart/related; type="multipart/alternative"; boundary="----=_NextPart_01"',
    );
    expect(mhtmlToHtml('ie.mht', bytes)).toEqual({
      html: '<meta charset="gbk">' + PAGE,
      reader: 'mhtml: text/html, quoted-printable, gbk',
    });
  });

  it('decodes windows-1252 curly quotes and dashes', () => {
    const bytes = message([
      'Content-Type: text/html; charset=windows-1252\r\n\r\n<p>\x93q\x94 \x96 caf\xe9</p>',
    ]);
    expect(mhtmlToHtml('w.mht', bytes)).toMatchObject({ html: '<p>“q” – café</p>' });
  });

  it('reads a single-part message, and 8-bit UTF-8 when nothing names a charset', () => {
    const utf8 = new TextEncoder().encode(`MIME-Version: 1.0\nContent-Type: text/html\n\n${PAGE}`);
    expect(mhtmlToHtml('a.mht', utf8)).toEqual({ html: PAGE, reader: 'mhtml: text/html, 7bit, utf-8' });
  });

  it('says why it cannot read a file', () => {
    expect(mhtmlToHtml('a.mht', ascii('<html></html>'))).toMatchObject({
      error: 'a.mht cannot be read as MHTML: it has no MIME Content-Type header.',
    });
    expect(mhtmlToHtml('a.mht', ascii('Content-Type: multipart/related\r\n\r\n--x\r\n'))).toMatchObject({
      error: 'a.mht cannot be read as MHTML: its multipart body names no boundary.',
    });
    expect(mhtmlToHtml('a.mht', message(['Content-Type: image/png\r\n\r\nxx']))).toMatchObject({
      error: 'a.mht cannot be read as MHTML: it holds no HTML page.',
    });
  });

  it('undoes quoted-printable soft breaks and escapes, and base64 across lines', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('a=3Db=\r\nc= \nd=E4=B8=80=ZZ'))).toBe(
      'a=bcd一=ZZ',
    );
    expect(new TextDecoder().decode(decodeBase64('5LiA\r\n5LqM\n5LiJ'))).toBe('一二三');
    expect(new TextDecoder().decode(decodeBase64('YWI='))).toBe('ab');
    expect(new TextDecoder().decode(decodeBase64('YQ'))).toBe('a');
  });
});

describe('the MHTML Chromium saved of a GBK page', () => {
  it('zhengzhou-2023.mhtml: at least 98 % of the (item, agency, role) triples of the original', () => {
    const read = mhtmlToHtml('zhengzhou-2023.mhtml', file('tests/fixtures/word/zhengzhou-2023.mhtml'));
    if ('error' in read) throw new Error(read.error);
    expect(read.reader).toBe('mhtml: text/html, quoted-printable, gbk');
    const original = parseNotice(file('tests/fixtures/corpus/028-zhengzhou-2023-jinrong-zhichi.txt'));
    const score = compareTriples(original, parseNotice(read.html));
    expect(score.total).toBeGreaterThan(50);
    expect(score.ratio).toBeGreaterThanOrEqual(0.98);
  });
});

describe('hostile input', () => {
  const timed = (bytes: Uint8Array, budget = 1000) => {
    const start = performance.now();
    const outcome = mhtmlToHtml('x.mht', bytes);
    expect(performance.now() - start).toBeLessThan(budget);
    expect('html' in outcome || 'error' in outcome).toBe(true);
  };
  const sample = file('tests/fixtures/word/zhengzhou-2023.mhtml');

  it('random bytes, and a real MHTML with bytes changed or cut short', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => timed(bytes)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.nat(sample.length),
        (edits, cut) => {
          const bytes = sample.slice(0, cut);
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          timed(bytes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays linear on many parts, long headers and endless escapes', () => {
    timed(message(Array.from({ length: 25_000 }, () => 'Content-Type: image/png\r\n\r\nx')), 3000);
    timed(ascii(`Content-Type: text/html\r\nX: ${'a'.repeat(2_000_000)}\r\n\r\n<p>x</p>`), 3000);
    timed(
      ascii(
        `Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${'='.repeat(2_000_000)}`,
      ),
      3000,
    );
    timed(ascii(`Content-Type: multipart/related; boundary=a\r\n\r\n${'--a\n'.repeat(250_000)}`), 3000);
  });
});
