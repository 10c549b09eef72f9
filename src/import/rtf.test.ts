// rtfToText on RTF written by hand (\uN with its fallback, GBK \'hh bytes in the code page of the
// font or of \ansicpg, destinations that are not text, tables) and on RTF LibreOffice made from real
// notices (tests/fixtures/word/make-fixtures.ts), whose text must parse to the same (item, agency,
// role) triples as the original; hostile bytes must neither throw nor hang.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { compareTriples } from '../../tests/fixtures/word/triples.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { CANCELLED, type ReadOutcome } from './reader.ts';
import { rtfToText } from './rtf.ts';

const ROOT = new URL('../../', import.meta.url);
const file = (path: string) => new Uint8Array(readFileSync(new URL(path, ROOT)));

function textOf(outcome: ReadOutcome): string {
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.text;
}
/** RTF source whose non-ASCII characters are written as GBK bytes (as \'hh when `escape`). */
function gbkRtf(source: string, escape = true): Uint8Array {
  const bytes = encodeGbk(source);
  if (!escape) return bytes;
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16)}`;
  return new TextEncoder().encode(out);
}
/** The text of RTF source in code page 936, its Chinese written as \'hh. */
const rtf = (source: string) =>
  textOf(rtfToText('t.rtf', gbkRtf(source.replace('{\\rtf1', '{\\rtf1\\ansicpg936'))));

describe('rtfToText', () => {
  it('reads \\uN with its fallback skipped, as \\ucN says, negative N and surrogate pairs included', () => {
    expect(rtf('{\\rtf1\\ansi {\\uc1\\u19968?\\u12289?推}\\par}')).toBe('一、推\n');
    expect(rtf("{\\rtf1\\ansi\\uc2 \\u25512\\'cd\\'c6\\u36827\\'bd\\'f8\\par}")).toBe('推进\n');
    expect(rtf('{\\rtf1\\ansi\\uc0 \\u20013\\u22269\\par}')).toBe('中国\n');
    expect(rtf('{\\rtf1\\ansi \\u-248?\\u-10179?\\u-8704?\\par}')).toBe('\uff08😀\n');
    // the fallback of the last \u in a group does not run past the group's end
    expect(rtf('{\\rtf1 {\\uc3\\u19968}改革\\par}')).toBe('一改革\n');
  });

  it("decodes \\'hh and raw bytes in the document's code page, or the current font's charset", () => {
    const head =
      '{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 宋体;}{\\f1\\froman\\fcharset0 Times;}}';
    expect(textOf(rtfToText('g.rtf', gbkRtf(`${head}\\f0 一、推进改革（自治区商务厅牵头）\\par}`)))).toBe(
      '一、推进改革（自治区商务厅牵头）\n',
    );
    expect(textOf(rtfToText('g.rtf', gbkRtf(`${head}\\f0 一、推进改革\\par}`, false)))).toBe(
      '一、推进改革\n',
    );
    // \ansicpg1252 with a charset-134 font: the font decides
    const western =
      "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset134 SimSun;}}\\f0 caf\\'e9 \\'93q\\'94 ";
    expect(textOf(rtfToText('w.rtf', gbkRtf(`${western}{\\f1 中文}\\par}`)))).toBe('café “q” 中文\n');
    // \plain returns to the default font
    expect(textOf(rtfToText('p.rtf', gbkRtf(`${head}{\\f1\\plain 中}\\par}`)))).toBe('中\n');
  });

  it('leaves out destinations that are not the text; keeps field results and list numbers', () => {
    const source =
      '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}' +
      '{\\info{\\title 标题}{\\author 某}}{\\*\\generator X;}{\\header 页眉\\par}{\\footer 第1页\\par}' +
      '{\\header {\\upr{a}{\\*\\ud{页眉}}}}\x00\x01' +
      '{\\listtext\\pard\\plain 1.\\tab}推进{\\*\\bkmkstart a}{\\*\\bkmkend a}' +
      '{\\field{\\*\\fldinst HYPERLINK "https://www.gov.cn/"}{\\fldrslt 改革}}' +
      '{\\footnote 脚注\\par}{\\pict\\pngblip 89504e47}{\\object{\\*\\objdata 0102}{\\result 结果}}' +
      '{\\upr{ansi}{\\*\\ud{统一}}}\\bin3 {}}\\par}';
    expect(rtf(source)).toBe('1.推进改革结果统一\n');
    // \* marks a group ignorable only at its start (after a line break, too)
    expect(rtf('{\\rtf1 {\\loch\\f2\\*\\cs7 保留}{\r\n\\*\\fldinst 略}\\par}')).toBe('保留\n');
  });

  it('maps escapes and symbols', () => {
    expect(
      rtf('{\\rtf1 a\\{b\\}c\\\\d\\~e\\_f\\-g\\emdash\\ldblquote x\\rdblquote\\tab y\\line z\\par}'),
    ).toBe('a{b}c\\d\u00a0e-fg—“x”\ty\nz\n');
    expect(rtf('{\\rtf1 line one\r\nstill one\\\nnext\\par}')).toBe('line onestill one\nnext\n');
  });

  it('reads a table: \\cell ends a cell, \\row a row, \\par in a cell a cell paragraph', () => {
    const source =
      '{\\rtf1\\ansi\\pard 一、任务\\par' +
      '\\trowd\\cellx1000\\cellx2000\\cellx3000\\pard\\intbl 序号\\cell 重点任务\\cell 牵头单位\\cell\\row' +
      '\\trowd\\pard\\intbl 1\\cell 扩大进口。\\par 稳定出口。\\cell 自治区商务厅\\par 满洲里海关\\cell\\row' +
      '\\trowd\\pard\\intbl\\cell a\\tab b\\line c\\cell\\cell\\row' +
      '\\pard 二、保障\\par}';
    expect(rtf(source)).toBe(
      '一、任务\n序号\t重点任务\t牵头单位\n1\t扩大进口。稳定出口。\t自治区商务厅、满洲里海关\n\ta b、c\t\n二、保障\n',
    );
  });

  it('refuses what is not RTF, a file over the size limit, and a cancelled read', () => {
    expect(rtfToText('x.rtf', new TextEncoder().encode('<html>'))).toMatchObject({
      error: 'x.rtf cannot be read as RTF: it does not start with {\\rtf.',
    });
    expect(
      rtfToText('x.rtf', new TextEncoder().encode('{\\rtf1 x}'), { limits: { maxBytes: 4 } }),
    ).toMatchObject({
      error: 'x.rtf cannot be read as RTF: it is 0.0 MB, over the 0.0 MB limit.',
    });
    const controller = new AbortController();
    controller.abort();
    expect(rtfToText('x.rtf', new TextEncoder().encode('{\\rtf1 x}'), { signal: controller.signal })).toEqual(
      { error: CANCELLED, problem: { code: 'cancelled', args: ['x.rtf'] } },
    );
    expect(rtfToText('x.rtf', new TextEncoder().encode(' \r\n{\\rtf1 x\\par}'))).toEqual({
      text: 'x\n',
      reader: 'rtf',
    });
  });
});

describe('RTF files made by LibreOffice from real notices', () => {
  const cases = [
    ['zhengzhou-2023.rtf', 'tests/fixtures/corpus/028-zhengzhou-2023-jinrong-zhichi.txt'],
    ['hunan-2021-table.rtf', 'tests/fixtures/word/hunan-2021-table.txt'],
  ] as const;
  for (const [name, original] of cases) {
    it(`${name}: at least 98 % of the (item, agency, role) triples of the original`, () => {
      const text = textOf(rtfToText(name, file(`tests/fixtures/word/${name}`)));
      const score = compareTriples(parseNotice(file(original)), parseNotice(text));
      expect(score.total).toBeGreaterThan(50);
      expect(score.ratio).toBeGreaterThanOrEqual(0.98);
    });
  }
});

describe('hostile input', () => {
  const timed = (bytes: Uint8Array, budget = 1000) => {
    const start = performance.now();
    const outcome = rtfToText('x.rtf', bytes);
    expect(performance.now() - start).toBeLessThan(budget);
    expect('text' in outcome || 'error' in outcome).toBe(true);
  };
  const sample = file('tests/fixtures/word/zhengzhou-2023.rtf');

  it('random tokens after {\\rtf', () => {
    const token = fc.constantFrom(
      '{',
      '}',
      '\\par ',
      '\\cell ',
      '\\row ',
      '\\intbl ',
      '\\u-1?',
      '\\uc9 ',
      "\\'",
      "\\'d6",
      '\\bin99999999 ',
      '\\*',
      '\\fonttbl',
      '\\f1 ',
      '\\fcharset134 ',
      '\\ansicpg936 ',
      '\\',
      'x',
      '中',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 200 }), fc.uint8Array({ maxLength: 64 }), (tokens, noise) => {
        const source = new TextEncoder().encode('{\\rtf1 ' + tokens.join(''));
        const bytes = new Uint8Array(source.length + noise.length);
        bytes.set(source);
        bytes.set(noise, source.length);
        timed(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('a real RTF with bytes changed or cut short', () => {
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
      { numRuns: 100 },
    );
  });

  it('stays linear on deep nesting, long control words and endless fallbacks', () => {
    const repeat = (s: string, n: number) => new TextEncoder().encode('{\\rtf1 ' + s.repeat(n));
    timed(repeat('{', 1_000_000), 3000);
    timed(repeat('{\\intbl x\\cell', 100_000), 3000);
    timed(repeat('\\abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', 25_000), 3000);
    timed(repeat('\\uc99999 \\u1', 150_000), 3000);
    timed(repeat('a\\par ', 250_000), 3000);
    timed(repeat('a', 2_000_000), 3000); // one run of text: decoded in slices, not as one call's arguments
    expect(textOf(rtfToText('a.rtf', repeat('a', 2_000_000))) === 'a'.repeat(2_000_000) + '\n').toBe(true);
  });
});
