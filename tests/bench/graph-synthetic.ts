// A synthetic coordination network for the graph benchmarks: thousands of agencies, tens of thousands
// of links, made by a seeded generator. Agencies fall into regional clusters (most links stay inside
// one, as departments of one province work together), loads follow a long tail, and a few hubs link
// across clusters, like the development and reform commissions of real notices.
import type { GraphData, GraphEdge, GraphNode } from '../../src/graph/network.ts';
import type { AgencyId, AgencyKind, ItemId } from '../../src/notice/model.ts';
import { Random } from '../corpus/prng.ts';

const SUFFIXES = [
  '商务厅',
  '发展改革委',
  '财政厅',
  '交通运输厅',
  '环保厅',
  '教育厅',
  '海关',
  '税务局',
  '金融办',
  '科技厅',
];
const PLACES = [
  '呼和浩特',
  '包头',
  '满洲里',
  '赤峰',
  '通辽',
  '鄂尔多斯',
  '乌海',
  '兴安',
  '锡林郭勒',
  '阿拉善',
];
const KINDS: readonly AgencyKind[] = ['regional', 'regional', 'regional', 'central', 'enterprise', 'generic'];

export function syntheticCoordination(agencies: number, links: number, seed: number): GraphData {
  const random = new Random(seed);
  const clusters = Math.max(1, Math.round(agencies / 100));
  const nodes: GraphNode[] = Array.from({ length: agencies }, (_, i) => {
    // A long tail: most agencies carry little, a few carry a lot.
    const load = Math.round(2 + 80 * Math.pow(random.float(), 4));
    const led = Math.round(load / 6);
    return {
      id: `ag:${i}`,
      kind: 'agency',
      label: `${PLACES[i % PLACES.length]}${SUFFIXES[Math.floor(i / PLACES.length) % SUFFIXES.length]}${Math.floor(i / 100)}`,
      name: `synthetic agency ${i}`,
      agencyKind: KINDS[random.int(0, KINDS.length - 1)] as AgencyKind,
      generic: false,
      led,
      joined: load - 3 * led,
      load,
    };
  });
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  while (edges.length < links) {
    const a = random.int(0, agencies - 1);
    // Four links in five stay within the cluster; the rest go anywhere, mostly to hubs.
    const inside = random.float() < 0.8;
    const b = inside
      ? (Math.floor(a / (agencies / clusters)) * Math.floor(agencies / clusters) +
          random.int(0, Math.floor(agencies / clusters) - 1)) %
        agencies
      : Math.floor(Math.pow(random.float(), 3) * agencies);
    const key = a < b ? `${a}~${b}` : `${b}~${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const weight = 1 + Math.floor(Math.pow(random.float(), 3) * 8);
    const items = Array.from({ length: weight }, (_, k) => `item-${edges.length}-${k}` as ItemId);
    edges.push({
      id: `co:${key}`,
      source: `ag:${a}` as AgencyId,
      target: `ag:${b}` as AgencyId,
      kind: 'coordination',
      items,
      weight,
      leadItems: random.int(0, weight),
    });
  }
  return { nodes, edges };
}
