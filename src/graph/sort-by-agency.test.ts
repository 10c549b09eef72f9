// Sorting the matrices by one agency's row on the Manzhouli notice: 商务厅's partners most-shared first,
// its tasks lead first; the bloc order groups each coordination bloc, heaviest first.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { coordinationBlocs } from '../analysis/blocs.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { agencyTaskMatrix, coassignmentMatrix } from './matrix.ts';
import {
  arrangeAgencyTask,
  arrangeCoassignment,
  columnsByRole,
  orderBySharedWith,
} from './sort-by-agency.ts';

const model = parseNotice(seedBytes());
const matrix = agencyTaskMatrix(model, computeWorkload(model), 'task');
const co = coassignmentMatrix(model, matrix);
const MOFCOM = 'ag:自治区商务厅';
const mofcom = matrix.rows.findIndex((r) => r.agencyId === MOFCOM);

describe("sorting by an agency's row", () => {
  it('puts the agency first, then its partners by items shared, most first', () => {
    const order = arrangeCoassignment(co, 'load', MOFCOM);
    expect(order[0]).toBe(mofcom);
    const shared = order.slice(1).map((r) => co.counts[mofcom]?.[r] ?? 0);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    // 发展改革委 shares 26 items with 商务厅: the most of anyone.
    expect(co.rows[order[1] as number]?.name).toBe('自治区发展改革委');
    expect(shared[0]).toBe(26);
    expect(new Set(order).size).toBe(co.rows.length);
  });

  it('breaks ties in the base order', () => {
    const counts = [
      [5, 1, 1, 2],
      [1, 3, 0, 0],
      [1, 0, 2, 0],
      [2, 0, 0, 4],
    ];
    expect(orderBySharedWith(counts, 0, [2, 1, 3, 0])).toEqual([0, 3, 2, 1]);
    expect(orderBySharedWith(counts, 0, [1, 2, 3, 0])).toEqual([0, 3, 1, 2]);
  });

  it("orders the agency × task columns by the agency's role: the tasks it leads, then joins, then the rest", () => {
    const columns = columnsByRole(matrix, mofcom);
    const role = (c: number) => matrix.cells.find((x) => x.row === mofcom && x.column === c)?.role ?? null;
    const roles = columns.map(role);
    const led = roles.filter((r) => r === 'lead').length;
    const joined = roles.filter((r) => r === 'cooperate').length;
    expect(roles).toEqual([
      ...Array<string>(led).fill('lead'),
      ...Array<string>(joined).fill('cooperate'),
      ...Array<null>(matrix.columns.length - led - joined).fill(null),
    ]);
    expect(led).toBeGreaterThan(0);
    expect(new Set(columns).size).toBe(matrix.columns.length);
  });

  it('moves the cells with their columns', () => {
    const { matrix: sorted, rowOrder } = arrangeAgencyTask(matrix, co, 'load', MOFCOM);
    expect(rowOrder[0]).toBe(mofcom);
    for (const cell of sorted.cells) {
      const id = sorted.columns[cell.column]?.id;
      const original = matrix.cells.find((x) => x.row === cell.row && matrix.columns[x.column]?.id === id);
      expect(original?.role).toBe(cell.role);
    }
    expect(sorted.cells).toHaveLength(matrix.cells.length);
    expect(sorted.columns[0] && sorted.cells.find((c) => c.row === mofcom && c.column === 0)?.role).toBe(
      'lead',
    );
  });

  it('leaves the matrix as it is when no agency (or an unknown one) is chosen', () => {
    expect(arrangeAgencyTask(matrix, co, 'name', null)).toEqual({ matrix, rowOrder: matrix.orders.name });
    expect(arrangeCoassignment(co, 'cluster', 'ag:没有这个机构')).toBe(co.orders.cluster);
  });
});

describe('the bloc order', () => {
  it("groups each bloc's agencies together, blocs and members heaviest first, collective actors last", () => {
    const { blocs } = coordinationBlocs(model);
    const ids = matrix.orders.bloc.map((r) => matrix.rows[r]?.agencyId);
    expect(ids.slice(0, blocs.flatMap((b) => b.agencies).length)).toEqual(blocs.flatMap((b) => b.agencies));
    expect(matrix.blocs.map((b) => b.name)).toEqual([
      '发展改革委',
      '商务厅',
      '财政厅',
      '旅游局',
      '人民银行呼和浩特中心支行',
    ]);
    const tail = matrix.orders.bloc.slice(blocs.flatMap((b) => b.agencies).length);
    for (const r of tail) expect(matrix.rows[r]?.bloc).toBeNull();
    expect(co.orders.bloc).toEqual(matrix.orders.bloc);
  });
});
