// The matrices' clustering order: computed only when read, from the same input a worker is given, and
// replaceable by an order computed elsewhere without computing it here.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import {
  agencyTaskMatrix,
  coassignmentMatrix,
  partnerClusterInput,
  taskClusterInput,
  withClusterOrder,
} from './matrix.ts';
import { orderByCluster } from './order.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);

describe('the clustering order of the matrices', () => {
  it('is not computed until read', () => {
    const matrix = agencyTaskMatrix(model, workloads);
    const descriptor = Object.getOwnPropertyDescriptor(matrix.orders, 'cluster');
    expect(descriptor?.get).toBeTypeOf('function');
    expect(descriptor?.value).toBeUndefined();
  });

  it("is the order of the matrix's cluster input, and the same on each read", () => {
    const matrix = agencyTaskMatrix(model, workloads);
    const { profiles, weights } = taskClusterInput(matrix);
    expect(profiles).toHaveLength(45);
    expect(matrix.orders.cluster).toEqual(orderByCluster(profiles, weights));
    expect(matrix.orders.cluster).toBe(matrix.orders.cluster);
    const co = coassignmentMatrix(model, matrix);
    const partners = partnerClusterInput(co);
    expect(co.orders.cluster).toEqual(orderByCluster(partners.profiles, partners.weights));
    expect(co.orders.load).toBe(matrix.orders.load);
  });

  it('puts agencies with the same tasks next to each other', () => {
    const matrix = agencyTaskMatrix(model, workloads);
    const { profiles } = taskClusterInput(matrix);
    const order = matrix.orders.cluster;
    const key = (r: number) => [...(profiles[r] as number[])].sort((a, b) => a - b).join(',');
    // Rows with the very same tasks form one run each in the clustering order.
    const runs = new Map<string, number[]>();
    order.forEach((r, p) => runs.set(key(r), [...(runs.get(key(r)) ?? []), p]));
    for (const positions of runs.values())
      expect(positions.at(-1)! - positions[0]!).toBe(positions.length - 1);
  });

  it('can be given, leaving the lazy one unread', () => {
    const matrix = agencyTaskMatrix(model, workloads);
    const given = matrix.rows.map((_, i) => i).reverse();
    const ordered = withClusterOrder(matrix, given);
    expect(ordered.orders.cluster).toBe(given);
    expect(ordered.orders.load).toBe(matrix.orders.load);
    expect(ordered.rows).toBe(matrix.rows);
  });
});
