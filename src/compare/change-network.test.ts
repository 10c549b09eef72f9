// The change network: the Manzhouli notice against a copy with one item taken out and 自治区统计局 added
// to another — the network's kept, gained and lost links must be exactly what link-changes counts, and
// the scene must draw each once, in its colour, with the new agency marked and a key that names them.
import { describe, expect, it } from 'vitest';
import { seedText } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { changeNetwork, changeNetworkJob } from './change-network.ts';
import { changeNetworkScene, GAINED, KEPT, LOST } from './change-network-scene.ts';
import { CHANGE_NETWORK_CHINESE, CHANGE_NETWORK_ENGLISH } from './change-network-words.ts';
import { compareNotices } from './compare-notices.ts';
import type { Point, Positions } from '../graph/positions.ts';

const text = seedText();
const older = parseNotice(text);
const removed = older.items[12]!;
const extended = older.items[10]!;
const marker = text.slice(extended.marker.start, extended.marker.end);
const copy =
  text.slice(0, extended.marker.start) +
  marker.replace('等部门配合', '、自治区统计局等部门配合') +
  text.slice(extended.marker.end, removed.start) +
  text.slice(removed.end);
const comparison = compareNotices(older, parseNotice(copy));
const network = changeNetwork(comparison);

/** Every agency on a circle: a stand-in for fcose, enough to draw and count marks. */
function ring(): Positions {
  const n = network.nodes.length;
  return new Map(
    network.nodes.map((node, i): [string, Point] => [
      node.key,
      { x: 400 + 300 * Math.cos((2 * Math.PI * i) / n), y: 300 + 300 * Math.sin((2 * Math.PI * i) / n) },
    ]),
  );
}

describe('changeNetwork on the seed against a changed copy', () => {
  const count = (status: string) => network.links.filter((l) => l.status === status).length;

  it('holds as many kept, gained and lost links as link-changes counts', () => {
    expect(comparison.links.gained.length).toBeGreaterThan(0);
    expect(comparison.links.lost.length).toBeGreaterThan(0);
    expect(count('gained')).toBe(comparison.links.gained.length);
    expect(count('lost')).toBe(comparison.links.lost.length);
    expect(count('kept')).toBe(comparison.links.kept);
    expect(comparison.links.steady.length + comparison.links.changed.length).toBe(comparison.links.kept);
    expect(new Set(network.links.map((l) => l.id)).size).toBe(network.links.length);
  });

  it("has one node per agency row, the new one marked, each link's ends among them", () => {
    expect(network.nodes).toHaveLength(comparison.agencies.length);
    expect(network.nodes.filter((n) => n.presence === 'new').map((n) => n.name)).toEqual(['自治区统计局']);
    const keys = new Set(network.nodes.map((n) => n.key));
    expect(network.links.every((l) => keys.has(l.keys[0]) && keys.has(l.keys[1]))).toBe(true);
    const stats = network.nodes.find((n) => n.name === '自治区统计局')!;
    expect(network.links.filter((l) => l.keys.includes(stats.key)).every((l) => l.status === 'gained')).toBe(
      true,
    );
  });

  it('gives fcose one node per agency and one edge per link', () => {
    const job = changeNetworkJob(network);
    expect(job.nodes.map((n) => n.id)).toEqual(network.nodes.map((n) => n.key));
    expect(job.edges).toHaveLength(network.links.length);
  });
});

describe('changeNetworkScene', () => {
  const scene = changeNetworkScene(network, ring(), { width: 900 });
  const edges = scene.marks.filter((m) => m.layer === 'edges' && m.type === 'path');

  it("draws each link once, in its status's colour, lost ones dashed", () => {
    const stroke = (colour: string) => edges.filter((m) => m.type === 'path' && m.stroke === colour);
    expect(stroke(GAINED)).toHaveLength(comparison.links.gained.length);
    expect(stroke(LOST)).toHaveLength(comparison.links.lost.length);
    expect(stroke(KEPT)).toHaveLength(comparison.links.kept);
    expect(stroke(LOST).every((m) => m.type === 'path' && m.dash !== undefined)).toBe(true);
    expect(scene.links).toHaveLength(network.links.length);
  });

  it('names the pair and its items before and after on hover', () => {
    const lost = comparison.links.lost[0]!;
    const mark = edges.find(
      (m) => m.type === 'path' && m.stroke === LOST && m.title?.startsWith(lost.names[0]),
    );
    expect(mark?.title).toBe(
      `${lost.names[0]} — ${lost.names[1]}: ${lost.itemsA} shared item${lost.itemsA === 1 ? '' : 's'} in A, 0 in B (lost).`,
    );
  });

  it('keys the colours in the language asked, with the counts', () => {
    const words = (s: typeof scene) =>
      s.marks
        .filter((m) => m.layer === 'legend' && m.type === 'text')
        .map((m) => (m.type === 'text' ? m.text : ''));
    expect(words(scene)).toEqual(
      expect.arrayContaining(['link kept', 'link gained', 'link lost', 'agency new', 'agency gone']),
    );
    const zh = changeNetworkScene(network, ring(), { words: CHANGE_NETWORK_CHINESE });
    expect(words(zh)).toContain(
      CHANGE_NETWORK_CHINESE.counts(
        comparison.links.gained.length,
        comparison.links.lost.length,
        comparison.links.kept,
      ),
    );
    expect(words(zh)).toContain('新增的联系');
    expect(CHANGE_NETWORK_ENGLISH.gained).toBe('link gained');
  });

  it('keeps every mark inside the picture and fits a wide layout to the width', () => {
    const wide = new Map([...ring()].map(([k, p]) => [k, { x: p.x * 6, y: p.y }]));
    const fitted = changeNetworkScene(network, wide, { width: 900 });
    for (const s of [scene, fitted])
      for (const m of s.marks)
        if (m.type === 'circle') {
          expect(m.cx - m.r).toBeGreaterThanOrEqual(0);
          expect(m.cx + m.r).toBeLessThanOrEqual(s.width);
          expect(m.cy + m.r).toBeLessThanOrEqual(s.height);
        }
    expect(fitted.width).toBeLessThanOrEqual(1000);
  });

  it('draws an empty comparison without failing', () => {
    const empty = changeNetworkScene({ nodes: [], links: [] }, new Map());
    expect(empty.width).toBeGreaterThan(0);
    expect(empty.links).toEqual([]);
  });
});
