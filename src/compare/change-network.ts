// The coordination network of two notices in one picture: every agency of either notice (taken by its
// identity across them) and every link, each marked kept, gained or lost — what `link-changes` counts,
// as nodes and edges to lay out and draw. The layout job is fcose's, built here so the view and the
// command line lay the same network out the same way. Pure.
import type { LayoutJob } from '../layout/layout-job.ts';
import { shortAgencyName } from '../notice/agency-labels.ts';
import type { NoticeComparison } from './compare-notices.ts';
import type { LinkChange } from './link-changes.ts';

export type AgencyPresence = 'both' | 'new' | 'gone';
export type LinkStatus = 'kept' | 'gained' | 'lost';

export interface ChangeNode {
  readonly key: string;
  readonly name: string;
  /** The name drawn: without its region prefix where no other agency would then read the same. */
  readonly label: string;
  readonly presence: AgencyPresence;
  readonly loadA: number;
  readonly loadB: number;
  /** Links in either notice. */
  readonly degree: number;
}

export interface ChangeLink extends LinkChange {
  readonly id: string;
  readonly status: LinkStatus;
}

export interface ChangeNetwork {
  readonly nodes: readonly ChangeNode[];
  readonly links: readonly ChangeLink[];
}

export function changeNetwork(comparison: NoticeComparison): ChangeNetwork {
  const { links } = comparison;
  const tagged = (list: readonly LinkChange[], status: LinkStatus) =>
    list.map((l): ChangeLink => ({ ...l, id: `${status}:${l.keys.join('|')}`, status }));
  // Kept links first, so gained and lost ones are drawn over them.
  const all = [
    ...tagged([...links.changed, ...links.steady], 'kept'),
    ...tagged(links.gained, 'gained'),
    ...tagged(links.lost, 'lost'),
  ];
  const degree = new Map<string, number>();
  for (const l of all) for (const k of l.keys) degree.set(k, (degree.get(k) ?? 0) + 1);
  // Short names (自治区商务厅 → 商务厅) where no two agencies would then read the same.
  const short = comparison.agencies.map((row) => shortAgencyName(row.name));
  const uses = new Map<string, number>();
  for (const label of short) uses.set(label, (uses.get(label) ?? 0) + 1);
  const nodes = comparison.agencies.map((row, i): ChangeNode => ({
    key: row.key,
    name: row.name,
    label: uses.get(short[i] ?? '') === 1 ? (short[i] ?? row.name) : row.name,
    presence: row.idsA.length === 0 ? 'new' : row.idsB.length === 0 ? 'gone' : 'both',
    loadA: row.a.load,
    loadB: row.b.load,
    degree: degree.get(row.key) ?? 0,
  }));
  const known = new Set(nodes.map((n) => n.key));
  return { nodes, links: all.filter((l) => l.keys.every((k) => known.has(k))) };
}

/** A node's radius: its area grows with its larger load of the two. */
export function nodeRadius(node: ChangeNode): number {
  return Math.round((5 + 2.2 * Math.sqrt(Math.max(node.loadA, node.loadB))) * 10) / 10;
}

/** fcose's job: a node's footprint leaves room for its name beside it; links with more shared items
 *  pull their ends closer. */
export function changeNetworkJob(network: ChangeNetwork): LayoutJob {
  const nodes = network.nodes.map((n) => {
    const d = nodeRadius(n) * 2;
    return { id: n.key, width: d + 24, height: d + 18 };
  });
  const edges = network.links.map((l) => {
    const items = Math.max(l.itemsA, l.itemsB);
    return {
      source: l.keys[0],
      target: l.keys[1],
      length: Math.max(70, 130 - 14 * Math.log2(Math.max(1, items))),
      elasticity: 0.1,
    };
  });
  return { nodes, edges, quality: 'proof', fixed: [] };
}
