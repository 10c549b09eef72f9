// Matrix data on the Manzhouli notice: one row per agency, one column per task, roles in cells.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { agencyTaskMatrix, coassignmentMatrix, keepColumns } from './matrix.ts';
import { orderByCluster } from './order.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const matrix = agencyTaskMatrix(model, workloads);
const rowOf = (name: string) => matrix.rows.findIndex((r) => r.name === name);

describe('agencyTaskMatrix', () => {
  it('has one row per agency and one column per task, under section bands', () => {
    expect(matrix.rows).toHaveLength(45);
    expect(matrix.columns).toHaveLength(29);
    expect(new Set(matrix.columns.map((c) => c.groupId)).size).toBe(7);
    expect(matrix.columns[0]?.groupLabel).toBe('1. 推进体制机制改革创新');
  });

  it('holds in 自治区发展改革委’s row exactly what the text says', () => {
    const row = rowOf('自治区发展改革委');
    const cells = matrix.cells.filter((c) => c.row === row);
    const items = handItems();
    const ledTasks = new Set(items.filter((i) => i.leads.includes('自治区发展改革委')).map((i) => i.task));
    const anyTasks = new Set(
      items
        .filter(
          (i) =>
            i.cooperators.includes('自治区发展改革委') ||
            (ledTasks.has(i.task) && i.leads.includes('自治区发展改革委')),
        )
        .map((i) => i.task),
    );
    expect(cells.map((c) => Number(matrix.columns[c.column]?.label))).toEqual(
      [...anyTasks].sort((a, b) => a - b),
    );
    expect(
      cells.filter((c) => c.role === 'lead').map((c) => Number(matrix.columns[c.column]?.label)),
    ).toEqual([...ledTasks].sort((a, b) => a - b));
    expect(matrix.rows[row]).toMatchObject({ led: 9, joined: 51, total: 25 });
  });

  it('gives row and column totals that add up', () => {
    const byRows = matrix.rows.reduce((n, r) => n + r.total, 0);
    const byColumns = matrix.columns.reduce((n, c) => n + c.total, 0);
    expect(byRows).toBe(matrix.cells.length);
    expect(byColumns).toBe(matrix.cells.length);
  });

  it('switches columns to items and to sections', () => {
    const byItem = agencyTaskMatrix(model, workloads, 'item');
    expect(byItem.columns).toHaveLength(77);
    expect(byItem.cells).toHaveLength(
      handItems().reduce((n, i) => n + i.leads.length + i.cooperators.length, 0),
    );
    const bySection = agencyTaskMatrix(model, workloads, 'section');
    expect(bySection.columns).toHaveLength(7);
    const ndrc = bySection.cells.filter((c) => c.row === rowOf('自治区发展改革委'));
    expect(ndrc).toHaveLength(7);
    expect(ndrc.reduce((n, c) => n + c.led, 0)).toBe(9);
    expect(ndrc.reduce((n, c) => n + c.joined, 0)).toBe(51);
  });

  it('orders rows by load, by name in pinyin, and by cluster — each a permutation', () => {
    for (const order of Object.values(matrix.orders))
      expect([...order].sort((a, b) => a - b)).toEqual(matrix.rows.map((_, i) => i));
    expect(matrix.rows[matrix.orders.load[0] as number]?.name).toBe('自治区发展改革委');
    const byName = matrix.orders.name.map((i) => matrix.rows[i]?.label);
    expect(byName.indexOf('财政厅')).toBeLessThan(byName.indexOf('商务厅'));
    expect(byName.indexOf('商务厅')).toBeLessThan(byName.indexOf('住房城乡建设厅'));
  });

  it('puts agencies with the same task profile next to each other in the cluster order', () => {
    const order = matrix.orders.cluster;
    const at = (name: string) => order.indexOf(rowOf(name));
    // 银监局 and 保监局 are named in exactly the same three items.
    expect(Math.abs(at('内蒙古银监局') - at('内蒙古保监局'))).toBe(1);
  });
});

describe('keepColumns', () => {
  it('keeps the columns named, each cell still under its own column, rows and totals untouched', () => {
    const ids = matrix.columns.slice(10, 15).map((c) => c.id);
    const part = keepColumns(matrix, [...ids].reverse());
    expect(part.columns.map((c) => c.id)).toEqual(ids);
    expect(part.rows).toBe(matrix.rows);
    expect(part.orders).toBe(matrix.orders);
    const cellsOf = (m: typeof matrix) =>
      m.cells.map((c) => `${c.row}|${m.columns[c.column]?.id}|${c.role}|${c.items.join(',')}`).sort();
    const inThose = matrix.cells.filter((c) => ids.includes(matrix.columns[c.column]?.id ?? ''));
    expect(part.cells).toHaveLength(inThose.length);
    expect(cellsOf(part)).toEqual(cellsOf({ ...matrix, cells: inThose }));
  });
});

describe('orderByCluster', () => {
  it('groups identical profiles and leads with the heavier cluster', () => {
    const profiles = [new Set([1, 2]), new Set([7, 8]), new Set([1, 2]), new Set([7, 8, 9])];
    const order = orderByCluster(profiles, [1, 5, 1, 5]);
    expect(order).toHaveLength(4);
    expect(Math.abs(order.indexOf(0) - order.indexOf(2))).toBe(1);
    expect(Math.abs(order.indexOf(1) - order.indexOf(3))).toBe(1);
    expect([1, 3]).toContain(order[0]);
  });
});

describe('coassignmentMatrix', () => {
  const co = coassignmentMatrix(model, matrix);

  it("counts items two agencies share, symmetric, with each agency's items on the diagonal", () => {
    const a = rowOf('自治区发展改革委');
    const b = rowOf('自治区商务厅');
    const items = handItems();
    const shared = items.filter(
      (i) =>
        [...i.leads, ...i.cooperators].includes('自治区发展改革委') &&
        [...i.leads, ...i.cooperators].includes('自治区商务厅'),
    ).length;
    expect(co.counts[a]?.[b]).toBe(shared);
    expect(co.counts[b]?.[a]).toBe(shared);
    expect(co.counts[a]?.[a]).toBe(60);
    expect(co.items.get(`${Math.min(a, b)},${Math.max(a, b)}`)).toHaveLength(shared);
  });
});
