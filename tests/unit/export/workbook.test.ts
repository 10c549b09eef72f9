// The Excel workbook read back with exceljs, as Excel would open it: its four sheets, the RACI
// matrix's merged section heads, frozen panes, role marks and fills, totals, and Chinese intact.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeWorkload, rankByLoad } from '../../../src/analysis/workload.ts';
import { RACI_HEAD_ROWS } from '../../../src/export/sheets/raci-sheet.ts';
import { roleFillHex } from '../../../src/export/sheets/sheet-style.ts';
import { noticeWorkbook } from '../../../src/export/sheets/workbook.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';

const SEED = new URL('../../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);
const model = parseNotice(readFileSync(SEED));

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

const text = (cell: ExcelJS.Cell) => String(cell.value ?? '');

describe('the notice workbook', { timeout: 60_000 }, () => {
  it('is a zip of an Office Open XML workbook with four sheets and the Chinese as written', async () => {
    const files = unzipSync(await noticeWorkbook(model, { lang: 'zh', date: '2026-01-01' }));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    const names = [...strFromU8(files['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(['分工矩阵', '工作量排名', '指标', '分工条目']);
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('自治区发展改革委');
  });

  it('lays the RACI sheet out: title, merged section bands, full task titles, frozen heads and names', async () => {
    const book = await open(await noticeWorkbook(model, { lang: 'zh', date: '2026-01-01' }));
    const sheet = book.getWorksheet('分工矩阵')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: RACI_HEAD_ROWS });
    expect(text(sheet.getCell('A1'))).toContain('任务分工矩阵');
    // Section 一 has tasks 1–6: one band merged over B2:G2.
    expect(text(sheet.getCell('B2'))).toBe('一、推进体制机制改革创新');
    expect(sheet.getCell('G2').isMerged && sheet.getCell('G2').master.address).toBe('B2');
    expect(text(sheet.getCell('B3'))).toBe('（一）创新口岸管理服务体系');
    expect(sheet.getCell('B3').alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(10);
  });

  it('fills the cells with roles in the app colours, heaviest agency first, with totals', async () => {
    const book = await open(await noticeWorkbook(model, { lang: 'zh', date: '2026-01-01' }));
    const sheet = book.getWorksheet('分工矩阵')!;
    const heaviest = rankByLoad(computeWorkload(model))[0]!;
    const first = sheet.getRow(RACI_HEAD_ROWS + 1);
    expect(text(first.getCell(1))).toBe(model.agencies.find((a) => a.id === heaviest.agencyId)?.name);
    const marks = new Map<string, string>();
    const width = model.tasks.length;
    let marked = 0;
    sheet.eachRow((row, r) => {
      if (r <= RACI_HEAD_ROWS) return;
      for (let c = 2; c <= width + 1; c++) {
        const cell = row.getCell(c);
        const value = text(cell);
        if (!['牵头', '配合', '负责'].includes(value)) continue;
        marked++;
        const fill = cell.fill as ExcelJS.FillPattern;
        marks.set(value, (fill.fgColor?.argb ?? '').slice(2));
      }
    });
    expect(marks.get('牵头')).toBe(roleFillHex('lead'));
    expect(marks.get('牵头')).toBe('D55E00');
    expect(marks.get('配合')).toBe(roleFillHex('cooperate'));
    // The totals row counts the agencies per task; its sum is every marked cell.
    let totalsRow: ExcelJS.Row | null = null;
    sheet.eachRow((row) => {
      if (text(row.getCell(1)) === '机构数') totalsRow = row;
    });
    expect(totalsRow).not.toBeNull();
    const sum = Number((totalsRow as unknown as ExcelJS.Row).getCell(width + 2).value);
    expect(sum).toBe(marked);
  });

  it('has the ranking, the measures and every assignment with its sentence; English heads and marks in en', async () => {
    const zh = await open(await noticeWorkbook(model, { lang: 'zh', date: '2026-01-01' }));
    const assignments = zh.getWorksheet('分工条目')!;
    const pairs = model.items.reduce(
      (n, a) => n + Math.max(1, a.leads.length + a.cooperators.length + a.responsible.length),
      0,
    );
    expect(assignments.rowCount).toBe(pairs + 1);
    expect(assignments.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(text(assignments.getCell('J2')).length).toBeGreaterThan(10);
    const ranking = zh.getWorksheet('工作量排名')!;
    expect(ranking.getCell('A2').value).toBe(1);
    expect(typeof ranking.getCell('H2').value).toBe('number');
    expect(zh.getWorksheet('指标')!.getCell('J1').value).toBe('中介中心性');

    const en = await open(await noticeWorkbook(model, { lang: 'en', date: '2026-01-01' }));
    expect(en.worksheets.map((s) => s.name)).toEqual(['RACI', 'Ranking', 'Measures', 'Assignments']);
    const raci = en.getWorksheet('RACI')!;
    const values = new Set<string>();
    raci.eachRow((row, r) => r > RACI_HEAD_ROWS && row.eachCell((c) => values.add(text(c))));
    expect(values.has('L') && values.has('C')).toBe(true);
    expect(values.has('牵头')).toBe(false);
    expect(text(raci.getCell(RACI_HEAD_ROWS + 1, 1))).toMatch(/[A-Za-z]/);
  });
});
