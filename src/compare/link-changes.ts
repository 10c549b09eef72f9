// Coordination links (pairs of agencies named in the same item) before and after, the agencies taken
// by their identity across the notices: links gained, lost, and those whose shared items changed.
import { coordinationLinks } from '../analysis/coordination.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';

export interface LinkChange {
  /** The two agencies' row keys, in key order. */
  readonly keys: readonly [string, string];
  readonly names: readonly [string, string];
  /** Items the two share in A and in B. */
  readonly itemsA: number;
  readonly itemsB: number;
}

export interface LinkChanges {
  readonly gained: readonly LinkChange[];
  readonly lost: readonly LinkChange[];
  /** In both notices, with a different number of shared items. */
  readonly changed: readonly LinkChange[];
  /** In both notices, with the same number of shared items: with \`changed\`, the links kept. */
  readonly steady: readonly LinkChange[];
  readonly kept: number;
}

function linkCounts(model: NoticeModel, keyOf: ReadonlyMap<AgencyId, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of coordinationLinks(model)) {
    const s = keyOf.get(link.source);
    const t = keyOf.get(link.target);
    // Two spellings of one body in one item are not a link between two bodies.
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    counts.set(key, (counts.get(key) ?? 0) + link.items.length);
  }
  return counts;
}

const byItems = (x: LinkChange, y: LinkChange) =>
  Math.max(y.itemsA, y.itemsB) - Math.max(x.itemsA, x.itemsB) || x.names.join().localeCompare(y.names.join());

export function linkChanges(
  a: NoticeModel,
  b: NoticeModel,
  keyOfA: ReadonlyMap<AgencyId, string>,
  keyOfB: ReadonlyMap<AgencyId, string>,
  nameOf: ReadonlyMap<string, string>,
): LinkChanges {
  const countsA = linkCounts(a, keyOfA);
  const countsB = linkCounts(b, keyOfB);
  const gained: LinkChange[] = [];
  const lost: LinkChange[] = [];
  const changed: LinkChange[] = [];
  const steady: LinkChange[] = [];
  let kept = 0;
  for (const key of new Set([...countsA.keys(), ...countsB.keys()])) {
    const [s, t] = key.split('\u0000') as [string, string];
    const change: LinkChange = {
      keys: [s, t],
      names: [nameOf.get(s) ?? s, nameOf.get(t) ?? t],
      itemsA: countsA.get(key) ?? 0,
      itemsB: countsB.get(key) ?? 0,
    };
    if (change.itemsA === 0) gained.push(change);
    else if (change.itemsB === 0) lost.push(change);
    else {
      kept++;
      (change.itemsA !== change.itemsB ? changed : steady).push(change);
    }
  }
  return {
    gained: gained.sort(byItems),
    lost: lost.sort(byItems),
    changed: changed.sort(byItems),
    steady: steady.sort(byItems),
    kept,
  };
}
