import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { descendants, parseXmlStrict, type XmlElement } from '../../../tests/unit/xml-tree.ts';
import { seedBytes } from '../../../tests/support/seed.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { graphmlIds, toGraphml } from './graphml.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

function dataOf(el: XmlElement): Record<string, string> {
  return Object.fromEntries(
    el.children.filter((c) => c.name === 'data').map((d) => [d.attributes.key, d.text]),
  );
}

describe('toGraphml', () => {
  const xml = toGraphml(FIXTURE_MODEL);
  const root = parseXmlStrict(xml);
  const nodes = new Map(descendants(root, 'node').map((n) => [n.attributes.id, dataOf(n)]));

  it('is well-formed GraphML in the GraphML namespace, UTF-8 declared', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml ')).toBe(true);
    expect(root.name).toBe('graphml');
    expect(root.uri).toBe(GRAPHML_NS);
    expect(descendants(root, 'graph')[0]?.attributes.edgedefault).toBe('directed');
  });

  it('has 9 nodes and 8 edges, every edge between existing nodes', () => {
    const edges = descendants(root, 'edge');
    expect(nodes.size).toBe(9);
    expect(edges).toHaveLength(8);
    for (const e of edges)
      expect(nodes.has(e.attributes.source) && nodes.has(e.attributes.target)).toBe(true);
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
    expect(keys.get('led')?.['attr.type']).toBe('int');
  });

  it('carries names with XML specials and node attributes intact', () => {
    expect(nodes.get('ag2')).toEqual({
      kind: 'agency',
      label: '"A&B<测试>"公司',
      name: '"A&B<测试>"公司',
      generic: 'false',
      agencyKind: 'enterprise',
      led: '0',
      joined: '1',
      load: '1',
    });
    expect(nodes.get('ag3')).toMatchObject({ name: '各盟市', generic: 'true', agencyKind: 'generic' });
    expect(nodes.get('t2')).toEqual({
      kind: 'task',
      label: '（2）提高外贸水平',
      name: '提高外贸水平',
      section: '二、扩大开放',
      ordinal: '2',
    });
    expect(nodes.get('s2')).toMatchObject({ kind: 'section', section: '二、扩大开放' });
    expect(dataOf(descendants(root, 'graph')[0]!).notice).toBe(FIXTURE_MODEL.notice.title);
  });

  it('gives each edge its role, weight and item ids', () => {
    const edges = descendants(root, 'edge').map((e) => ({ ...e.attributes, ...dataOf(e) }));
    expect(edges[5]).toEqual({
      id: 'lead:ag5-t2',
      source: 'ag5',
      target: 't2',
      role: 'lead',
      weight: '2',
      items: 'i3 i4',
    });
    expect(new Set(edges.map((e) => e.role))).toEqual(new Set(['lead', 'cooperate', 'responsible']));
  });

  it('writes ids GraphML validators take as NMTOKENs, unique, on the Manzhouli notice', () => {
    const seed = parseXmlStrict(toGraphml(parseNotice(seedBytes())));
    const ids = [...descendants(seed, 'node'), ...descendants(seed, 'edge')].map(
      (e) => e.attributes.id ?? '',
    );
    for (const id of ids) expect(id).toMatch(/^[\p{Script=Han}A-Za-z0-9._:-]+$/u);
    expect(new Set(ids).size).toBe(ids.length);
    const nodeIds = new Set(descendants(seed, 'node').map((n) => n.attributes.id));
    for (const e of descendants(seed, 'edge'))
      expect(nodeIds.has(e.attributes.source) && nodeIds.has(e.attributes.target)).toBe(true);
  });
});

describe('graphmlIds', () => {
  it('replaces what is no name character and keeps ids apart that would clash', () => {
    const ids = graphmlIds(['ag:满洲里海关（口岸）', 'ag:满洲里海关_口岸_', 'a→b', 'ag:商务厅、外事办']);
    expect([...ids.values()]).toEqual([
      'ag:满洲里海关_口岸_',
      'ag:满洲里海关_口岸__2',
      'a_b',
      'ag:商务厅_外事办',
    ]);
  });
});
