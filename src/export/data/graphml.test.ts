import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { descendants, parseXmlStrict, type XmlElement } from '../../../tests/unit/xml-tree.ts';
import { toGraphml } from './graphml.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

function dataOf(el: XmlElement): Record<string, string> {
  return Object.fromEntries(
    el.children.filter((c) => c.name === 'data').map((d) => [d.attributes.key, d.text]),
  );
}

describe('toGraphml', () => {
  const xml = toGraphml(FIXTURE_MODEL);
  const root = parseXmlStrict(xml);

  it('is well-formed GraphML in the GraphML namespace, UTF-8 declared', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml ')).toBe(true);
    expect(root.name).toBe('graphml');
    expect(root.uri).toBe(GRAPHML_NS);
    expect(descendants(root, 'graph')[0]?.attributes.edgedefault).toBe('directed');
  });

  it('has 9 nodes and 8 edges, every edge between existing nodes', () => {
    const nodes = descendants(root, 'node');
    const edges = descendants(root, 'edge');
    expect(nodes).toHaveLength(9);
    expect(edges).toHaveLength(8);
    const ids = new Set(nodes.map((n) => n.attributes.id));
    for (const e of edges) {
      expect(ids.has(e.attributes.source!)).toBe(true);
      expect(ids.has(e.attributes.target!)).toBe(true);
    }
  });

  it('declares a key for every data element, with the right domain', () => {
    const keys = new Map(descendants(root, 'key').map((k) => [k.attributes.id, k.attributes]));
    for (const d of descendants(root, 'data')) expect(keys.has(d.attributes.key!)).toBe(true);
    expect(keys.get('weight')).toEqual({
      id: 'weight',
      for: 'edge',
      'attr.name': 'weight',
      'attr.type': 'double',
    });
    expect(keys.get('generic')?.['attr.type']).toBe('boolean');
  });

  it('carries names with XML specials and node attributes intact', () => {
    const nodes = descendants(root, 'node').map(dataOf);
    expect(nodes[1]).toEqual({
      kind: 'agency',
      label: '"A&B<测试>"公司',
      name: '"A&B<测试>"公司',
      generic: 'false',
      agencyKind: 'enterprise',
    });
    expect(nodes[2]).toMatchObject({ name: '各盟市', generic: 'true', agencyKind: 'generic' });
    expect(nodes[6]).toEqual({
      kind: 'task',
      label: '（二）提高外贸水平',
      name: '提高外贸水平',
      section: '二、扩大开放',
      ordinal: '2',
    });
    expect(nodes[8]).toMatchObject({ kind: 'item', label: '孤立条目', section: '二、扩大开放' });
    expect(dataOf(descendants(root, 'graph')[0]!).notice).toBe(FIXTURE_MODEL.notice.title);
  });

  it('gives each edge its role, weight and item ids', () => {
    const edges = descendants(root, 'edge').map((e) => ({ ...e.attributes, ...dataOf(e) }));
    expect(edges[5]).toEqual({
      id: 'e5',
      source: 'agency:ag5',
      target: 'task:t2',
      role: 'lead',
      weight: '2',
      items: 'i3 i4',
    });
    expect(new Set(edges.map((e) => e.role))).toEqual(new Set(['lead', 'cooperate', 'responsible']));
  });
});
