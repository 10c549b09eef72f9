// The spreadsheet reader on the seed notice's task table as LibreOffice saves it (.xlsx, .xls, a WPS
// .et, CSV in UTF-8, UTF-8 with a BOM and GBK: tests/fixtures/sheets/make-sheets.sh), on hand-made
// workbooks, and on hostile input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { CANCELLED, type ReadOutcome } from './reader.ts';
import { readSpreadsheet } from './spreadsheet.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/sheets/${name}`, import.meta.url)));

function textRead(outcome: ReadOutcome): { text: string; reader: string } {
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome;
}

/** The share of (item, agency, role) triples two parses agree on, items matched by order. */
function triplesEqual(expected: string, actual: string): number {
  const triples = (text: string) => {
    const model = parseNotice(text);
    const name = new Map(model.agencies.map((a) => [a.id, a.name]));
    return model.items.map(
      (a) =>
        new Set([
          ...a.leads.map((id) => `lead ${name.get(id)}`),
          ...a.cooperators.map((id) => `cooperate ${name.get(id)}`),
        ]),
    );
  };
  const [want, got] = [triples(expected), triples(actual)];
  let agreed = 0;
  let all = 0;
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const [w, g] = [want[i] ?? new Set<string>(), got[i] ?? new Set<string>()];
    all += new Set([...w, ...g]).size;
    agreed += [...w].filter((t) => g.has(t)).length;
  }
  return all === 0 ? 1 : agreed / all;
}

describe('readSpreadsheet on the seed notice’s task table', () => {
  const xlsx = textRead(readSpreadsheet('manzhouli-tasks.xlsx', fixture('manzhouli-tasks.xlsx')));
  const cases = [
    ['manzhouli-tasks.xlsx', 'xlsx: sheet Sheet1, 77 rows'],
    ['manzhouli-tasks.xls', 'xls: sheet Sheet1, 77 rows'],
    ['manzhouli-tasks.et', 'xls: sheet Sheet1, 77 rows'],
    ['manzhouli-tasks.csv', 'csv: 77 rows'],
    ['manzhouli-tasks-bom.csv', 'csv: 77 rows'],
    ['manzhouli-tasks-gbk.csv', 'csv: 77 rows'],
  ] as const;
  for (const [file, reader] of cases) {
    it(`reads ${file}: its 77 items with the leads and cooperators the notice's text gives`, () => {
      const read = textRead(readSpreadsheet(file, fixture(file)));
      expect(read.reader).toBe(reader);
      // Every format gives the same text: merges filled, or (CSV) filled down.
      expect(read.text).toBe(xlsx.text);
      const model = parseNotice(read.text);
      expect(model.items).toHaveLength(77);
      const share = triplesEqual(seedText(), read.text);
      console.info(`${file}: ${(share * 100).toFixed(1)} % of (item, agency, role) triples equal`);
      expect(share).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('writes the title, the group rows as headings and the header before each group’s rows', () => {
    const lines = xlsx.text.split('\n');
    expect(lines[0]).toBe('《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案');
    expect(lines[1]).toBe('一、推进体制机制改革创新');
    expect(lines[2]).toBe('序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限');
    expect(lines.filter((l) => /^[一二三四五六七]、/.test(l))).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('序号\t'))).toHaveLength(7);
    // Task 3 spans three rows, its lead two of them; agencies listed over lines are joined with 、.
    expect(lines.filter((l) => l.startsWith('3\t（三）创新金融服务体系\t'))).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('4\t'))).toContain(
      '\t内蒙古国税局、自治区地税局（按照各自征管范围分别牵头）\t',
    );
  });
});

/** A minimal .xlsx: one sheet with inline strings, numbers and the given merges. */
function workbook(rows: (string | number)[][], merges: string[] = [], sheetState = ''): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const column = (i: number) => String.fromCharCode(65 + i);
  const cells = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) =>
            typeof v === 'number'
              ? `<c r="${column(c)}${r + 1}" s="${c === row.length - 1 && r > 0 ? 1 : 0}"><v>${v}</v></c>`
              : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${v}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  const mergeCells = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheets><sheet name="说明" sheetId="2" r:id="rId2"${sheetState}/><sheet name="任务分工" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>' +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="${main}"><sheetData>${cells}</sheetData>${mergeCells}</worksheet>`,
    ),
    'xl/worksheets/sheet2.xml': strToU8(
      `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>填表说明</t></is></c></row></sheetData></worksheet>`,
    ),
  });
}

describe('readSpreadsheet on hand-made workbooks', () => {
  const rows: (string | number)[][] = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    [1, '建设综合交通枢纽。', '省交通运输厅', '省发展改革委、财政厅', 45838],
    [2, '推进口岸通关便利化。', '省商务厅', '成都海关', 45838],
  ];

  it('finds the sheet with the table, reads inline strings and shows a date-formatted deadline as a date', () => {
    const read = textRead(readSpreadsheet('tasks.xlsx', workbook(rows)));
    expect(read.reader).toBe('xlsx: sheet 任务分工, 2 rows');
    expect(read.text).toBe(
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限\n' +
        '1\t建设综合交通枢纽。\t省交通运输厅\t省发展改革委、财政厅\t2025年6月30日\n' +
        '2\t推进口岸通关便利化。\t省商务厅\t成都海关\t2025年6月30日\n',
    );
    expect(parseNotice(read.text).items.map((a) => a.deadline)).toEqual(['2025年6月30日', '2025年6月30日']);
  });

  it('reads a WPS .et holding an .xlsx by its content', () => {
    expect(textRead(readSpreadsheet('tasks.et', workbook(rows))).reader).toBe('xlsx: sheet 任务分工, 2 rows');
  });

  it('gives the rows as lines when no sheet has a header row', () => {
    const read = textRead(
      readSpreadsheet('notes.xlsx', workbook([['一、总体要求'], ['（一）推进通关。（省商务厅牵头）']])),
    );
    expect(read).toEqual({
      text: '填表说明\n',
      reader: 'xlsx: sheet 说明, 1 row, no header row',
    });
    const hidden = textRead(
      readSpreadsheet('notes.xlsx', workbook([['（一）推进通关。（省商务厅牵头）']], [], ' state="hidden"')),
    );
    expect(hidden.text).toBe('（一）推进通关。（省商务厅牵头）\n');
  });

  it('says why for a web page saved as .xls, an empty file, an unknown binary and an empty sheet', () => {
    expect(
      readSpreadsheet(
        'export.xls',
        strToU8('<html><body><table><tr><td>序号</td></tr></table></body></html>'),
      ),
    ).toMatchObject({
      error: expect.stringContaining('is a web page saved as a spreadsheet'),
    });
    expect(readSpreadsheet('e.xlsx', new Uint8Array())).toMatchObject({ error: 'e.xlsx is empty.' });
    expect(readSpreadsheet('b.xls', new Uint8Array([1, 0, 2, 0, 3]))).toMatchObject({
      error: expect.stringContaining('neither an .xlsx, an .xls nor a CSV file'),
    });
    expect(readSpreadsheet('blank.csv', strToU8(',,\n,,\n'))).toMatchObject({
      error: 'blank.csv has no text in its cells.',
    });
  });
});

describe('readSpreadsheet limits, progress and cancelling', () => {
  it('refuses a zip bomb from its central directory, before inflating anything', () => {
    const started = performance.now();
    const outcome = readSpreadsheet('bomb.xlsx', fixture('bomb.xlsx'));
    const elapsed = performance.now() - started;
    console.info(`bomb.xlsx (declares 400 MB) refused in ${elapsed.toFixed(1)} ms`);
    expect(outcome).toMatchObject({
      error:
        'bomb.xlsx is refused: its zip declares more than 256 MB once inflated, over the limit (maxInflatedBytes).',
    });
    expect(elapsed).toBeLessThan(2000);
  });

  it('stops inflating an entry that inflates past the size it declares', () => {
    const started = performance.now();
    const outcome = readSpreadsheet('bomb-lying.xlsx', fixture('bomb-lying.xlsx'));
    const elapsed = performance.now() - started;
    console.info(`bomb-lying.xlsx (declares 4 KB, inflates to 100 MB) refused in ${elapsed.toFixed(1)} ms`);
    expect(outcome).toMatchObject({
      error:
        'bomb-lying.xlsx is refused: its part xl/workbook.xml inflates to more than the 4096 bytes it declares.',
    });
    expect(elapsed).toBeLessThan(2000);
  });

  it('refuses more cells than the limit, in every format', () => {
    for (const file of ['manzhouli-tasks.xlsx', 'manzhouli-tasks.xls', 'manzhouli-tasks.csv'])
      expect(readSpreadsheet(file, fixture(file), { limits: { maxCells: 100 } })).toMatchObject({
        error: `${file} is refused: it has more than 100 cells, the limit (maxCells).`,
      });
  });

  it('refuses too many entries and too large files', () => {
    expect(
      readSpreadsheet('t.xlsx', fixture('manzhouli-tasks.xlsx'), { limits: { maxEntries: 3 } }),
    ).toMatchObject({
      error: expect.stringContaining('more than the limit of 3 (maxEntries)'),
    });
    expect(
      readSpreadsheet('t.xls', fixture('manzhouli-tasks.xls'), { limits: { maxEntries: 2 } }),
    ).toMatchObject({
      error: expect.stringContaining('(maxEntries)'),
    });
    expect(
      readSpreadsheet('t.csv', fixture('manzhouli-tasks.csv'), { limits: { maxBytes: 1024 } }),
    ).toMatchObject({
      error: expect.stringContaining('more than the limit of 0.0 MB (maxBytes)'),
    });
  });

  it('reports progress per sheet and stops when the signal aborts', () => {
    const progress: [number, number][] = [];
    readSpreadsheet('t.xlsx', workbook([['a']]), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const controller = new AbortController();
    expect(
      readSpreadsheet('t.xlsx', workbook([['a']]), {
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).toMatchObject({
      error: CANCELLED,
    });
    expect(readSpreadsheet('t.csv', fixture('manzhouli-tasks.csv'), { signal: AbortSignal.abort() })).toEqual(
      { error: CANCELLED, problem: { code: 'cancelled', args: ['t.csv'] } },
    );
  });

  it('reads damaged files as errors, not throws', () => {
    expect(readSpreadsheet('corrupt.xlsx', fixture('corrupt.xlsx'))).toMatchObject({
      error: expect.stringMatching(/^corrupt\.xlsx cannot be read as a spreadsheet: /),
    });
    expect(readSpreadsheet('corrupt.xls', fixture('corrupt.xls'))).toMatchObject({
      error: expect.stringMatching(/^corrupt\.xls cannot be read as a spreadsheet: /),
    });
  });
});

describe('readSpreadsheet on random and mutated bytes', () => {
  const BUDGET_MS = 2000;
  const limits = { maxInflatedBytes: 8 * 1024 * 1024, maxCells: 50_000 };

  function check(name: string, bytes: Uint8Array): void {
    const started = performance.now();
    const outcome = readSpreadsheet(name, bytes, { limits });
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expect('error' in outcome || typeof outcome.text === 'string').toBe(true);
  }

  const signatures = [[], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

  it('survives random bytes under each format’s signature', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4096 }),
        fc.nat(2),
        fc.constantFrom('x.xlsx', 'x.xls', 'x.csv'),
        (bytes, s, name) => {
          check(name, new Uint8Array([...(signatures[s] as number[]), ...bytes]));
        },
      ),
      { numRuns: 300 },
    );
  });

  for (const file of ['manzhouli-tasks.xlsx', 'manzhouli-tasks.xls', 'manzhouli-tasks-gbk.csv']) {
    const original = fixture(file);
    it(`survives flipped and cut bytes of ${file}`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
            minLength: 1,
            maxLength: 30,
          }),
          fc.option(fc.nat(original.length), { nil: original.length }),
          (flips, cut) => {
            const bytes = original.slice(0, Math.max(cut, 8));
            for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
            check(file, bytes);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('survives mangled XML in a well-formed .xlsx', () => {
    const parts = unzipSync(fixture('manzhouli-tasks.xlsx'));
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    fc.assert(
      fc.property(
        fc.nat(sheet.length),
        fc.nat(200),
        fc.string({ maxLength: 20 }),
        (at, removed, inserted) => {
          check(
            'm.xlsx',
            zipSync({
              ...parts,
              'xl/worksheets/sheet1.xml': strToU8(sheet.slice(0, at) + inserted + sheet.slice(at + removed)),
            }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
