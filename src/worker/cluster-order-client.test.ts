// The page side of the clustering order where no worker can run (as in Node): computed on the main
// thread in slices that let the page answer between them, and kept for the next time it is asked for.
import { describe, expect, it } from 'vitest';
import { orderByCluster } from '../graph/order.ts';
import { clusterOrder, knownClusterOrder } from './cluster-order-client.ts';
import { clusterInputKey, packClusterInput, unpackClusterInput } from './cluster-order-protocol.ts';

function input(n: number, seed: number) {
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const profiles = Array.from({ length: n }, () =>
    Array.from(new Set(Array.from({ length: 6 }, () => Math.floor(200 * next() ** 2)))),
  );
  return { profiles, weights: profiles.map((p) => p.length) };
}

describe('the clustering order protocol', () => {
  it('packs profiles flat and back', () => {
    const given = { profiles: [[3, 1], [], [7]], weights: [2, 0, 1.5] };
    const back = unpackClusterInput(packClusterInput(given));
    expect(back.profiles.map((p) => Array.from(p))).toEqual(given.profiles);
    expect(back.weights).toEqual(given.weights);
  });

  it('keys an input by its content', () => {
    const a = input(30, 1);
    expect(clusterInputKey(packClusterInput(a))).toBe(clusterInputKey(packClusterInput(input(30, 1))));
    expect(clusterInputKey(packClusterInput(a))).not.toBe(clusterInputKey(packClusterInput(input(30, 2))));
    const heavier = { ...a, weights: a.weights.map((w, i) => (i === 0 ? w + 0.5 : w)) };
    expect(clusterInputKey(packClusterInput(heavier))).not.toBe(clusterInputKey(packClusterInput(a)));
  });
});

describe('clusterOrder without a worker', () => {
  it('gives the order orderByCluster gives, and knows it afterwards', async () => {
    const given = input(120, 3);
    expect(knownClusterOrder(given)).toBeNull();
    const order = await clusterOrder(given);
    expect(order).toEqual(orderByCluster(given.profiles, given.weights));
    expect(knownClusterOrder(input(120, 3))).toEqual(order);
  });

  it('lets the page answer while it works on a large order', async () => {
    const given = input(1200, 4);
    let answered = 0;
    const ticks = setInterval(() => answered++, 0);
    const started = clusterOrder(given);
    expect(clusterOrder(input(1200, 4))).toBe(started);
    await started;
    clearInterval(ticks);
    expect(answered).toBeGreaterThan(0);
  });
});
