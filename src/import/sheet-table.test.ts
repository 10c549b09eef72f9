import { describe, expect, it } from 'vitest';
import { parseNotice } from '../projects/parse-notice.ts';
import { dateText, isDateFormat, numberText } from './cell-values.ts';
import { csvRows, decodeCsv } from './csv.ts';
import { joinCellLines, sheetText, TooManyCells, type CellRange, type Sheet } from './sheet-table.ts';
import { rkNumber } from './xls.ts';
import { cellPosition, rangeOf } from './xlsx.ts';

const sheet = (rows: (string | undefined)[][], merges: CellRange[] = []): Sheet => ({
  name: 'S',
  rows,
  merges,
});
const options = { maxCells: 10_000 };

describe('sheetText', () => {
  it('finds the header under title rows, writes each group row as a heading and repeats the header after it', () => {
    const text = sheetText(
      sheet(
        [
          ['2025年重点工作任务分工表'],
          ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
          ['一、扩大有效投资'],
          ['1', '建设综合交通枢纽。', '省交通运输厅', '省发展改革委、财政厅', '2025年底前'],
          ['二、促进消费'],
          ['2', '发放消费券。', '省商务厅', '省财政厅', '持续推进'],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 4 },
          { top: 2, left: 0, bottom: 2, right: 4 },
        ],
      ),
      options,
    );
    expect(text).toEqual({
      text:
        '2025年重点工作任务分工表\n一、扩大有效投资\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n' +
        '1\t建设综合交通枢纽。\t省交通运输厅\t省发展改革委、财政厅\t2025年底前\n' +
        '二、促进消费\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n2\t发放消费券。\t省商务厅\t省财政厅\t持续推进\n',
      rows: 2,
    });
  });

  it('fills merged cells: a task and its lead spanning rows stand in each row', () => {
    const result = sheetText(
      sheet(
        [
          ['序号', '工作任务', '具体措施', '牵头部门', '配合部门'],
          ['1', '优化营商环境', '压缩开办时间。', '市市场监管局', '市政务服务局'],
          [undefined, undefined, '推行证照分离。', undefined, '市司法局'],
        ],
        [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 3, bottom: 2, right: 3 },
        ],
      ),
      options,
    );
    expect(result?.text.split('\n').slice(1, 3)).toEqual([
      '1\t优化营商环境\t压缩开办时间。\t市市场监管局\t市政务服务局',
      '1\t优化营商环境\t推行证照分离。\t市市场监管局\t市司法局',
    ]);
    const model = parseNotice(result?.text ?? '');
    const name = new Map(model.agencies.map((a) => [a.id, a.name]));
    expect(model.items.map((a) => a.leads.map((id) => name.get(id)))).toEqual([
      ['市市场监管局'],
      ['市市场监管局'],
    ]);
  });

  it('keeps people apart, leaves out columns with no role or no text, and marks an empty cell /', () => {
    const result = sheetText(
      sheet([
        ['序号', '工作内容', '责任领导', '责任单位', '备注', '完成时间'],
        ['1', '推进项目建设。', '张三', '市发展改革委', '已完成', ''],
        ['2', '推进口岸建设。', '', '市商务局', '', ''],
      ]),
      options,
    );
    expect(result?.text).toBe(
      '序号\t工作内容\t责任领导\t责任单位\n1\t推进项目建设。\t张三\t市发展改革委\n2\t推进口岸建设。\t/\t市商务局\n',
    );
    const model = parseNotice(result?.text ?? '');
    const name = new Map(model.agencies.map((a) => [a.id, a.name]));
    expect(model.items.map((a) => a.responsible.map((id) => name.get(id)))).toEqual([
      ['市发展改革委'],
      ['市商务局'],
    ]);
  });

  it('reads a grouped header (责任单位 over 牵头单位 | 配合单位) by its lower row', () => {
    const result = sheetText(
      sheet(
        [
          ['序号', '任务', '责任单位', undefined],
          [undefined, undefined, '牵头单位', '配合单位'],
          ['1', '建设枢纽。', '省交通运输厅', '省财政厅'],
        ],
        [
          { top: 0, left: 2, bottom: 0, right: 3 },
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
        ],
      ),
      options,
    );
    expect(result?.text).toBe('序号\t任务\t牵头单位\t配合单位\n1\t建设枢纽。\t省交通运输厅\t省财政厅\n');
  });

  it('writes the usual names for labels the parser would not read as these columns', () => {
    const result = sheetText(
      sheet([
        ['No.', '主要工作任务和具体举措要求说明', '牵头责任单位', '协同单位'],
        ['1', '建设枢纽。', '省交通运输厅', '省财政厅'],
      ]),
      options,
    );
    expect(result?.text.split('\n')[0]).toBe('序号\t工作任务\t牵头单位\t配合单位');
  });

  it('fills down empty cells of a CSV saved from merged cells, but not cooperators', () => {
    const result = sheetText(
      sheet([
        ['序号', '任务', '牵头单位', '配合单位'],
        ['1', '建设枢纽。', '省交通运输厅', ''],
        ['', '建设港口。', '', '省财政厅'],
      ]),
      { ...options, fillDown: true },
    );
    expect(result?.text.split('\n').slice(1, 3)).toEqual([
      '1\t建设枢纽。\t省交通运输厅\t/',
      '1\t建设港口。\t省交通运输厅\t省财政厅',
    ]);
  });

  it('gives null without a header, and refuses merges covering more cells than the limit', () => {
    expect(
      sheetText(
        sheet([
          ['姓名', '电话'],
          ['张三', '123'],
        ]),
        options,
      ),
    ).toBeNull();
    // A merge reaching past the cells is cut to them; merges piled on each other count every cell.
    const huge = sheet(
      [
        ['序号', '任务', '牵头单位'],
        ['1', 'x', 'y'],
      ],
      [{ top: 1, left: 0, bottom: 1_048_575, right: 16_383 }],
    );
    expect(sheetText(huge, { maxCells: 1000 })?.rows).toBe(1);
    const rows = [['序号', '任务', '牵头单位'], ...Array.from({ length: 40 }, () => ['1', 'x', 'y'])];
    const piled = Array.from({ length: 40 }, () => ({ top: 1, left: 0, bottom: 40, right: 2 }));
    expect(() => sheetText(sheet(rows, piled), { maxCells: 1000 })).toThrow(TooManyCells);
  });
});

describe('cell text', () => {
  it('joins a cell’s lines: short names with 、, prose and brackets directly', () => {
    expect(joinCellLines('自治区商务厅\n自治区财政厅')).toBe('自治区商务厅、自治区财政厅');
    expect(joinCellLines('推进口岸通关便利化，\n优化服务。')).toBe('推进口岸通关便利化，优化服务。');
    expect(joinCellLines('国税局、地税局\r\n（按照各自征管范围分别牵头）')).toBe(
      '国税局、地税局（按照各自征管范围分别牵头）',
    );
    expect(joinCellLines('a\tb')).toBe('a b');
  });

  it('shows dates as dates and numbers without binary noise', () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(170, 'yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat(171, '0.00_ ;[Red]\\-0.00')).toBe(false);
    expect(dateText(45838, false)).toBe('2025年6月30日');
    expect(dateText(44376, true)).toBe('2025年6月30日');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(12)).toBe('12');
  });

  it('reads cell references, ranges and RK numbers', () => {
    expect(cellPosition('B12')).toEqual({ row: 11, column: 1 });
    expect(cellPosition('$AA$3')).toEqual({ row: 2, column: 26 });
    expect(rangeOf('C3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(rangeOf('nonsense')).toBeNull();
    expect(rkNumber((42 << 2) | 2)).toBe(42);
    expect(rkNumber((1234 << 2) | 3)).toBe(12.34);
    expect(rkNumber(0x3ff00000)).toBe(1);
  });
});

describe('CSV', () => {
  it('splits by RFC 4180: quoted separators, doubled quotes, line breaks in fields, CRLF', () => {
    expect(csvRows('a,"b,c","say ""hi"""\r\n"x\ny",z\n', 100)).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['x\ny', 'z'],
    ]);
    expect(csvRows('序号\t任务\n1\t建设', 100)).toEqual([
      ['序号', '任务'],
      ['1', '建设'],
    ]);
    expect(() => csvRows('a,b,c\nd,e,f', 4)).toThrow(TooManyCells);
  });

  it('decodes UTF-8 with and without a BOM, UTF-16 with one, and GBK', () => {
    const utf8 = new TextEncoder().encode('牵头单位');
    expect(decodeCsv(utf8)).toEqual({ text: '牵头单位', encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: '牵头单位',
      encoding: 'utf-8',
    });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x7d, 0x72]))).toEqual({ text: '牽', encoding: 'utf-16le' });
    // 牵头单位 in GBK
    expect(decodeCsv(new Uint8Array([0xc7, 0xa3, 0xcd, 0xb7, 0xb5, 0xa5, 0xce, 0xbb]))).toEqual({
      text: '牵头单位',
      encoding: 'gbk',
    });
  });
});
