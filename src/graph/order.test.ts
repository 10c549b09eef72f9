import { describe, expect, it } from 'vitest';
import { clusterOrderSteps, orderByCluster } from './order.ts';
import { runSteps } from './steps.ts';

/** Agencies in planted groups, each group working on its own band of columns (with some noise),
 *  shuffled so that the input order says nothing of the groups. */
function plantedGroups(groups: number, perGroup: number, seed: number) {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const rows = Array.from({ length: groups * perGroup }, (_, i) => ({
    group: i % groups,
    profile: new Set<number>(),
  }));
  for (const row of rows) {
    for (let k = 0; k < 6; k++) row.profile.add(row.group * 20 + Math.floor(next() * 20));
    if (next() < 0.3) row.profile.add(Math.floor(next() * groups * 20));
  }
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

describe('orderByCluster', () => {
  it('keeps each planted group of agencies in one run of rows', () => {
    const rows = plantedGroups(8, 25, 3);
    const order = orderByCluster(
      rows.map((r) => r.profile),
      rows.map((r) => r.profile.size),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
    const groupsDown = order.map((i) => rows[i]!.group);
    const changes = groupsDown.filter((g, p) => p > 0 && g !== groupsDown[p - 1]).length;
    // Eight groups in eight runs: seven changes of group down the rows.
    expect(changes).toBe(7);
  });

  it('puts rows that share most next to each other', () => {
    const profiles = [[1, 2, 3], [20, 21], [1, 2, 3, 4], [30], [20, 21, 22], [1, 2]].map((p) => new Set(p));
    const order = orderByCluster(profiles, [1, 1, 1, 1, 1, 1]);
    const at = (i: number) => order.indexOf(i);
    expect(Math.abs(at(0) - at(2))).toBe(1);
    expect(Math.abs(at(1) - at(4))).toBe(1);
    expect(Math.max(at(0), at(2), at(5)) - Math.min(at(0), at(2), at(5))).toBe(2);
  });

  it('gives the same order on every run, and the same in steps as straight through', () => {
    const rows = plantedGroups(5, 30, 8);
    const profiles = rows.map((r) => r.profile);
    const weights = rows.map((r, i) => (r.profile.size * 7 + i) % 5);
    const once = orderByCluster(profiles, weights);
    expect(orderByCluster(profiles, weights)).toEqual(once);
    expect(runSteps(clusterOrderSteps(profiles, weights))).toEqual(once);
  });

  it('orders two rows or fewer by weight', () => {
    expect(orderByCluster([], [])).toEqual([]);
    expect(orderByCluster([new Set([1])], [4])).toEqual([0]);
    expect(orderByCluster([new Set([1]), new Set([2])], [1, 3])).toEqual([1, 0]);
  });
});
