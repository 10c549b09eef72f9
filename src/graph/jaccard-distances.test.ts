import { describe, expect, it } from 'vitest';
import { jaccardDistances } from './jaccard-distances.ts';

function naive(profiles: readonly ReadonlySet<number>[]): number[] {
  return profiles.flatMap((a) =>
    profiles.map((b) => {
      const shared = [...a].filter((x) => b.has(x)).length;
      const union = a.size + b.size - shared;
      return union === 0 ? 0 : 1 - shared / union;
    }),
  );
}

function profilesOf(n: number, columns: number, perRow: number, seed: number): Set<number>[] {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from(
    { length: n },
    () => new Set(Array.from({ length: perRow }, () => Math.floor(columns * next()))),
  );
}

describe('jaccardDistances', () => {
  it('is 1 − shared / union for every pair, symmetric, 0 on the diagonal', () => {
    const profiles = [new Set([1, 2]), new Set([2, 3]), new Set<number>(), new Set<number>(), new Set([9])];
    const d = jaccardDistances(profiles);
    expect([...d]).toEqual(naive(profiles));
    expect(d[0 * 5 + 1]).toBeCloseTo(2 / 3);
    // Two agencies named nowhere are alike; one named nowhere is unlike any named somewhere.
    expect(d[2 * 5 + 3]).toBe(0);
    expect(d[2 * 5 + 4]).toBe(1);
  });

  it("agrees with the definition on sparse profiles (counted through the columns' holders)", () => {
    const profiles = profilesOf(60, 400, 5, 11);
    expect([...jaccardDistances(profiles)]).toEqual(naive(profiles));
  });

  it('agrees with the definition on dense profiles (counted by bitsets)', () => {
    // Nearly every agency holds nearly every one of 40 columns: the bitset way is the cheaper one.
    const profiles = profilesOf(60, 40, 120, 12);
    expect([...jaccardDistances(profiles)]).toEqual(naive(profiles));
  });

  it('ignores repeated indices and accepts arrays', () => {
    expect([...jaccardDistances([[1, 1, 2], [2]])]).toEqual([0, 0.5, 0.5, 0]);
  });
});
