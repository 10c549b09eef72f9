// The matrices as CSV on the Manzhouli notice: every cell checked against the hand-read item table,
// rows in the view's orders, and the file's shape as spreadsheets need it.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import { agencyTaskMatrix, coassignmentMatrix } from '../../graph/matrix.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { toAgencyTaskMatrixCsv, toCoassignmentMatrixCsv } from './matrix-csv.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const taskMatrix = agencyTaskMatrix(model, workloads, 'task');

/** Rows of a CSV without quoted cells (the seed's headings and names hold no comma). */
function table(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv
    .slice(1)
    .split('\r\n')
    .slice(0, -1)
    .map((line) => line.split(','));
}

/** The role a reader of the notice gives an agency in a task: lead if it leads any of its items. */
function handRole(name: string, task: number): string {
  const items = handItems().filter((i) => i.task === task);
  if (items.some((i) => i.leads.includes(name))) return 'lead';
  return items.some((i) => i.cooperators.includes(name)) ? 'cooperate' : '';
}

describe('toAgencyTaskMatrixCsv, tasks as columns', () => {
  const rows = table(toAgencyTaskMatrixCsv(taskMatrix, 'load'));
  const [header = [], ...body] = rows;

  it('heads the columns with the tasks as the notice numbers them, then the totals', () => {
    expect(header).toHaveLength(1 + 29 + 4);
    expect(header[0]).toBe('agency');
    expect(header[1]).toBe('（一）创新口岸管理服务体系');
    expect(header[13]).toMatch(/^（十三）/);
    expect(header.slice(-4)).toEqual(['tasks', 'led', 'joined', 'load']);
  });

  it('has one row per agency, heaviest first, with 自治区发展改革委 on top', () => {
    expect(body).toHaveLength(45);
    expect(body[0]?.[0]).toBe('自治区发展改革委');
    expect(body[0]?.slice(-3)).toEqual(['9', '51', '78']);
    const loads = body.map((r) => Number(r.at(-1)));
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
  });

  it('gives every agency the role the hand-read table gives it in every task', () => {
    for (const row of body) {
      const name = row[0] ?? '';
      const cells = row.slice(1, 30);
      expect(cells, name).toEqual(cells.map((_, t) => handRole(name, t + 1)));
      expect(Number(row[30]), name).toBe(cells.filter(Boolean).length);
    }
  });

  it('lists the rows in the name order when asked', () => {
    const names = table(toAgencyTaskMatrixCsv(taskMatrix, 'name'))
      .slice(1)
      .map((r) => r[0]);
    const expected = taskMatrix.orders.name.map((i) => taskMatrix.rows[i]?.name);
    expect(names).toEqual(expected);
    expect(new Set(names).size).toBe(45);
  });
});

describe('toAgencyTaskMatrixCsv, sections and items as columns', () => {
  it('heads seven section columns 一、 to 七、', () => {
    const [header = []] = table(toAgencyTaskMatrixCsv(agencyTaskMatrix(model, workloads, 'section')));
    expect(header.slice(1, 8).map((h) => h.split('、')[0])).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
      '六',
      '七',
    ]);
    expect(header[8]).toBe('sections');
  });

  it('has one column per item', () => {
    const [header = [], ...body] = table(toAgencyTaskMatrixCsv(agencyTaskMatrix(model, workloads, 'item')));
    expect(header).toHaveLength(1 + 77 + 4);
    expect(body.every((r) => r.length === header.length)).toBe(true);
  });
});

describe('toCoassignmentMatrixCsv', () => {
  const co = coassignmentMatrix(model, taskMatrix);
  const [header = [], ...body] = table(toCoassignmentMatrixCsv(co, 'load'));

  it('is square, the same agencies down and across', () => {
    expect(header).toHaveLength(46);
    expect(body).toHaveLength(45);
    expect(body.map((r) => r[0])).toEqual(header.slice(1));
  });

  it('counts the items two agencies share as the hand-read table does, symmetric', () => {
    const items = handItems().map((i) => new Set([...i.leads, ...i.cooperators]));
    body.forEach((row, i) => {
      row.slice(1).forEach((cell, j) => {
        const a = header[i + 1] ?? '';
        const b = header[j + 1] ?? '';
        expect(Number(cell), `${a} × ${b}`).toBe(items.filter((s) => s.has(a) && s.has(b)).length);
        expect(cell).toBe(body[j]?.[i + 1]);
      });
    });
  });
});
