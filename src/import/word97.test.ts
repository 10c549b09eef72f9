// readWord97 on small Word files built byte by byte (the piece table, Word's marks, tables; the
// compound file itself in compound-file.test.ts), on .doc files LibreOffice made from real notices
// (tests/fixtures/word/make-fixtures.ts) — whose text must parse to the same (item, agency, role)
// triples as the notice's original text — and on hostile bytes, which must neither throw nor hang.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_PARAGRAPH, compoundFile, ROW_END, wordFile } from '../../tests/fixtures/word/synthetic.ts';
import { compareTriples } from '../../tests/fixtures/word/triples.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { CompoundFile } from './compound-file.ts';
import { CANCELLED, type ReadOutcome } from './reader.ts';
import { readPieceTable, tableMarkOf } from './word-binary.ts';
import { readWord97 } from './word97.ts';

const ROOT = new URL('../../', import.meta.url);
const file = (path: string) => new Uint8Array(readFileSync(new URL(path, ROOT)));
const fixture = (name: string) => file(`tests/fixtures/word/${name}`);

function textOf(outcome: ReadOutcome): string {
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.text;
}
const read = (options: Parameters<typeof wordFile>[0]) => textOf(readWord97('t.doc', wordFile(options)));

describe('the piece table', () => {
  it('reads pieces in CP order wherever they are stored, 8-bit ones as cp1252', () => {
    const pieces = [
      { text: 'Intro “quoted” – café\r', compressed: true },
      { text: '一、推进改革\r' },
      { text: '（一）优化服务。', compressed: false },
      { text: '(ok)\r', compressed: true },
    ];
    const expected = 'Intro “quoted” – café\n一、推进改革\n（一）优化服务。(ok)\n';
    expect(read({ pieces })).toBe(expected);
    expect(read({ pieces, reverse: true })).toBe(expected);
  });

  it('parses a CLX: Prc records skipped, PCDs with the compressed flag and fc', () => {
    const clx = Uint8Array.from([
      ...[0x01, 2, 0, 0xaa, 0xbb], // a Prc of two bytes
      ...[0x02, 20, 0, 0, 0], // the Pcdt: 20 bytes of PlcPcd, two CPs and one PCD
      ...[0, 0, 0, 0, 5, 0, 0, 0],
      ...[0, 0, 0x00, 0x08, 0x00, 0x40, 0, 0], // fc 0x800 with the compressed bit: byte 0x400
    ]);
    expect(readPieceTable(clx)).toEqual([{ start: 0, end: 5, fc: 0x400, compressed: true }]);
    expect(readPieceTable(Uint8Array.from([0x03]))).toBe('its piece table is damaged');
    expect(readPieceTable(Uint8Array.from([0x02, 0, 0, 0, 0]))).toBe('its piece table is empty');
  });

  it('stops at the end of the main document (ccpText) and at the end of the stream', () => {
    expect(read({ pieces: [{ text: '正文\r脚注\r' }], ccpText: 3 })).toBe('正文\n');
    expect(read({ pieces: [{ text: '正文\r' }], ccpText: 0x7fffffff })).toBe('正文\n');
  });
});

describe("Word's marks", () => {
  it('keeps a field result and drops its code, nested fields included', () => {
    const text =
      '见\x13 HYPERLINK "https://www.gov.cn/" \x14中国政府网\x15。' +
      '\x13 IF \x13 PAGE \x14 3\x15 = 3 "x" \x14结果\x15\x13 TOC \\o \x15完\r';
    expect(read({ pieces: [{ text }] })).toBe('见中国政府网。结果完\n');
  });

  it('maps breaks, hyphens and tabs; drops pictures, optional hyphens and other controls', () => {
    const text = '甲\x0b乙\x0c丙\x0e丁\r1\x1e2\x1f3\x01\x08\x05\x02\t四\r';
    expect(read({ pieces: [{ text }] })).toBe('甲\n乙\n丙\n丁\n1-23\t四\n');
  });

  it('reads a table row by row: cells by their marks, the row by its TTP paragraph', () => {
    const text =
      '一、任务\r' +
      `序号\x07重点任务\x07牵头单位\x07配合单位\x07${ROW_END}` +
      `1\x07扩大进口。${CELL_PARAGRAPH}稳定出口。\x07自治区商务厅\x07满洲里海关${CELL_PARAGRAPH}自治区财政厅\x07${ROW_END}` +
      `\x07\t空\x07\x07\x07${ROW_END}` +
      '二、保障\r';
    expect(read({ pieces: [{ text }] })).toBe(
      '一、任务\n序号\t重点任务\t牵头单位\t配合单位\n' +
        '1\t扩大进口。稳定出口。\t自治区商务厅\t满洲里海关、自治区财政厅\n' +
        '\t空\t\t\n二、保障\n',
    );
  });

  it('without paragraph properties, ends a row at two cell marks in a row', () => {
    const text = `一、任务\r序号\x07任务\x07${ROW_END}1\x07推进。\x07${ROW_END}完\r`;
    expect(read({ pieces: [{ text }], noParagraphProperties: true })).toBe(
      '一、任务\n序号\t任务\n1\t推进。\n完\n',
    );
  });

  it('reads table marks among sprms of every size', () => {
    // sprmPJc (1 byte), sprmPDxaLeft (2), sprmPItap (4), sprmTDefTable (2-byte size), sprmPFTtp
    const sprms = [0x03, 0x24, 1, 0x0f, 0x84, 0x10, 0x00, 0x49, 0x66, 1, 0, 0, 0, 0x08, 0xd6, 3, 0, 9, 9];
    expect(tableMarkOf(Uint8Array.from([...sprms, 0x17, 0x24, 1]))).toEqual({ inTable: true, rowEnd: true });
    expect(tableMarkOf(Uint8Array.from([0x16, 0x24, 1]))).toEqual({ inTable: true, rowEnd: false });
    // a nested table's row end (itap 2) is a paragraph of the enclosing cell
    expect(tableMarkOf(Uint8Array.from([0x49, 0x66, 2, 0, 0, 0, 0x4c, 0x24, 1]))).toEqual({
      inTable: true,
      rowEnd: false,
    });
    // a sprm cut off before its operand says nothing
    expect(tableMarkOf(Uint8Array.from([0x16, 0x24]))).toEqual({ inTable: false, rowEnd: false });
  });
});

describe('the compound file', () => {
  it('refuses more directory entries than the limit, in its own words', () => {
    const streams = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`s${i}`, new Uint8Array(1)]));
    expect(readWord97('many.doc', compoundFile(streams), { limits: { maxEntries: 20 } })).toMatchObject({
      error:
        'many.doc cannot be read as a Word 97–2003 .doc file: it has more than 20 compound-file entries.',
    });
  });
});

describe('readWord97', () => {
  it('names the reader, .doc or .wps', () => {
    const bytes = wordFile({ pieces: [{ text: '通知\r' }] });
    expect(readWord97('a.doc', bytes)).toEqual({ text: '通知\n', reader: 'doc: Word 97 piece table' });
    expect(readWord97('a.WPS', bytes)).toEqual({ text: '通知\n', reader: 'wps: Word 97 piece table' });
  });

  it('says plainly why a file cannot be read', () => {
    expect(readWord97('加密.doc', wordFile({ pieces: [{ text: 'x\r' }], encrypted: true }))).toMatchObject({
      error: '加密.doc is password-protected: save it without a password and open it again.',
    });
    const works = compoundFile({ CONTENTS: new Uint8Array(10), MatOST: new Uint8Array(10) });
    expect(readWord97('旧.wps', works)).toMatchObject({
      error:
        '旧.wps is not a Word-binary WPS file (it has no WordDocument stream: an early WPS or a Microsoft Works file): save it as .docx and open it again.',
    });
    expect(readWord97('旧.wps', Uint8Array.from([0xff, 0x00, 0x57, 0x50]))).toMatchObject({
      error: '旧.wps is not a Word-binary WPS file (an early WPS format): save it as .docx in WPS Office.',
    });
    expect(readWord97('x.doc', new TextEncoder().encode('<html>'))).toMatchObject({
      error: 'x.doc cannot be read as a Word 97–2003 .doc file: it is not an OLE compound file.',
    });
    const word6 = new Uint8Array(600);
    word6.set([0xdc, 0xa5, 0x65, 0x00]);
    expect(readWord97('95.doc', compoundFile({ WordDocument: word6 }))).toMatchObject({
      error:
        '95.doc cannot be read as a Word 97–2003 .doc file: it is a Word 6/95 document, older than Word 97: save it as .docx and open it again.',
    });
    const locked = compoundFile({ EncryptionInfo: new Uint8Array(8), EncryptedPackage: new Uint8Array(8) });
    expect(readWord97('锁.doc', locked)).toMatchObject({
      error: expect.stringMatching(/password-protected/),
    });
  });

  it('respects the size limit and a cancelled signal', () => {
    const bytes = wordFile({ pieces: [{ text: '通知\r' }] });
    expect(readWord97('big.doc', bytes, { limits: { maxBytes: 1000 } })).toMatchObject({
      error: 'big.doc cannot be read as a Word 97–2003 .doc file: it is 0.0 MB, over the 0.0 MB limit.',
    });
    const controller = new AbortController();
    controller.abort();
    expect(readWord97('a.doc', bytes, { signal: controller.signal })).toMatchObject({ error: CANCELLED });
  });
});

describe('.doc and .wps files made by LibreOffice from real notices', () => {
  const cases = [
    ['manzhouli-2014.doc', 'seeds/manzhouli-pilot-zone-2014.txt'],
    ['zhengzhou-2023.doc', 'tests/fixtures/corpus/028-zhengzhou-2023-jinrong-zhichi.txt'],
    ['hunan-2021-table.doc', 'tests/fixtures/word/hunan-2021-table.txt'],
    ['hunan-2021-table.wps', 'tests/fixtures/word/hunan-2021-table.txt'],
  ] as const;
  for (const [name, original] of cases) {
    it(`${name}: at least 98 % of the (item, agency, role) triples of the original`, () => {
      const text = textOf(readWord97(name, fixture(name)));
      const score = compareTriples(parseNotice(file(original)), parseNotice(text));
      expect(score.total).toBeGreaterThan(50);
      expect(score.ratio).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('reads empty cells, cell paragraphs, a hyperlink field and a nested table as written', () => {
    expect(textOf(readWord97('table-marks.doc', fixture('table-marks.doc')))).toBe(
      '一、推进改革\n（一）创新口岸管理。（自治区商务厅牵头，满洲里海关配合）\n' +
        '序号\t重点任务\t牵头单位\t配合单位\t完成时限\n' +
        '1\t提高外贸水平。\t自治区商务厅\t自治区发展改革委、满洲里海关\t\n' +
        '\t扩大进口。稳定出口。\t自治区财政厅\t\t2023年底前\n' +
        '3\t落实任务：甲、乙\t自治区商务厅\t—\t持续推进\n' +
        '二、扩大开放\n',
    );
  });
});

describe('hostile input', () => {
  const BUDGET_MS = 1000;
  const timed = (bytes: Uint8Array, name = 'x.doc') => {
    const start = performance.now();
    const outcome = readWord97(name, bytes);
    expect(performance.now() - start).toBeLessThan(BUDGET_MS);
    expect('text' in outcome || 'error' in outcome).toBe(true);
  };
  const sample = fixture('zhengzhou-2023.doc');

  it('random bytes, with and without the compound-file signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, signed) => {
        if (signed && bytes.length >= 8) bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        timed(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('a real .doc with bytes changed or cut short', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(sample.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
        fc.nat(sample.length),
        (edits, cut) => {
          const bytes = sample.slice(0, cut < sample.length / 4 ? sample.length : cut);
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          timed(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('huge claimed sizes and counts, and chains that loop', () => {
    const base = wordFile({ pieces: [{ text: '通知\r' }] });
    const put32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer).setUint32(at, v, true);
    const variants: Uint8Array[] = [];
    for (const [at, value] of [
      [0x2c, 0xffffffff], // FAT sectors
      [0x30, 0], // the directory starts in a FAT sector
      [0x3c, 1], // the mini FAT starts at the directory
      [0x40, 0x7fffffff], // mini FAT sectors
      [0x44, 0], // a DIFAT chain through the FAT
      [0x48, 0xffffffff],
      [0x4c, 0x7ffffff0], // a FAT sector past the end
    ] as const) {
      const bytes = base.slice();
      put32(bytes, at, value);
      variants.push(bytes);
    }
    // Every FAT entry pointing at sector 1: every chain loops.
    const looping = base.slice();
    for (let i = 0; i < 128; i++) put32(looping, 512 + 4 * i, 1);
    variants.push(looping);
    // Stream sizes of 4 GB in every directory entry.
    const sized = base.slice();
    for (let at = 0; at + 4 <= sized.length; at += 128)
      if (sized[at + 0x42] === 2) put32(sized, at + 0x78, 0xffffffff);
    variants.push(sized);
    for (const bytes of variants) timed(bytes);
  });

  it('many pieces over the same bytes cost no more than the stream holds', () => {
    const text = '任务'.repeat(20_000) + '\r';
    const bytes = wordFile({ pieces: [{ text }] });
    const cf = new CompoundFile(bytes, { maxEntries: 100 });
    // Rewrite the piece table: 30 000 pieces, each claiming the whole text.
    const count = 30_000;
    const plc = new DataView(new ArrayBuffer(4 * (count + 1) + 8 * count));
    for (let i = 0; i <= count; i++) plc.setUint32(4 * i, i * text.length, true);
    for (let i = 0; i < count; i++) plc.setUint32(4 * (count + 1) + 8 * i + 2, 1024, true);
    const clx = new Uint8Array(5 + plc.byteLength);
    clx[0] = 0x02;
    new DataView(clx.buffer).setUint32(1, plc.byteLength, true);
    clx.set(new Uint8Array(plc.buffer), 5);
    const word = cf.stream('WordDocument')!;
    new DataView(word.buffer).setUint32(0x4c, 0x7fffffff, true); // ccpText
    new DataView(word.buffer).setUint32(154 + 33 * 8, 0, true);
    new DataView(word.buffer).setUint32(158 + 33 * 8, clx.length, true);
    new DataView(word.buffer).setUint32(158 + 13 * 8, 0, true);
    const hostile = compoundFile({ WordDocument: word, '1Table': clx });
    const start = performance.now();
    const outcome = readWord97('pieces.doc', hostile);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(textOf(outcome).length).toBeLessThanOrEqual(word.length + 2);
  });
});
