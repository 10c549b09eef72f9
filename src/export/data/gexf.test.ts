import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { descendants, parseXmlStrict, type XmlElement } from '../../../tests/unit/xml-tree.ts';
import { toGexf } from './gexf.ts';

function attvaluesOf(el: XmlElement): Record<string, string> {
  return Object.fromEntries(descendants(el, 'attvalue').map((v) => [v.attributes.for, v.attributes.value]));
}

describe('toGexf', () => {
  const xml = toGexf(FIXTURE_MODEL);
  const root = parseXmlStrict(xml);

  it('is well-formed GEXF 1.3, a static directed graph', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf ')).toBe(true);
    expect(root.name).toBe('gexf');
    expect(root.uri).toBe('http://gexf.net/1.3');
    expect(root.attributes.version).toBe('1.3');
    expect(descendants(root, 'graph')[0]?.attributes).toEqual({
      mode: 'static',
      defaultedgetype: 'directed',
    });
    expect(descendants(root, 'description')[0]?.text).toBe(FIXTURE_MODEL.notice.title);
  });

  it('has 9 nodes and 8 edges, every edge between existing nodes', () => {
    const nodes = descendants(root, 'node');
    const edges = descendants(root, 'edge');
    expect(nodes).toHaveLength(9);
    expect(edges).toHaveLength(8);
    const ids = new Set(nodes.map((n) => n.attributes.id));
    for (const e of edges) expect(ids.has(e.attributes.source!) && ids.has(e.attributes.target!)).toBe(true);
  });

  it('declares every attribute it uses, per class', () => {
    const declared = (cls: string) =>
      new Set(
        descendants(root, 'attributes')
          .filter((a) => a.attributes.class === cls)
          .flatMap((a) => descendants(a, 'attribute').map((d) => d.attributes.id)),
      );
    const nodeIds = declared('node');
    const edgeIds = declared('edge');
    for (const n of descendants(root, 'node'))
      for (const k of Object.keys(attvaluesOf(n))) expect(nodeIds).toContain(k);
    for (const e of descendants(root, 'edge'))
      for (const k of Object.keys(attvaluesOf(e))) expect(edgeIds).toContain(k);
  });

  it('carries labels with XML specials and node attributes intact', () => {
    const nodes = descendants(root, 'node');
    expect(nodes[1]?.attributes.label).toBe('"A&B<测试>"公司');
    expect(attvaluesOf(nodes[1]!)).toEqual({
      kind: 'agency',
      name: '"A&B<测试>"公司',
      generic: 'false',
      agencyKind: 'enterprise',
    });
    expect(nodes[7]?.attributes.label).toBe('（三）没有标记的任务');
    expect(attvaluesOf(nodes[7]!)).toEqual({
      kind: 'task',
      name: '没有标记的任务',
      section: '二、扩大开放',
      ordinal: '3',
    });
  });

  it('gives each edge a weight, its role as kind and attribute, and the item ids', () => {
    const edge = descendants(root, 'edge')[6]!;
    expect(edge.attributes).toEqual({
      id: 'e6',
      source: 'agency:ag4',
      target: 'task:t2',
      kind: 'cooperate',
      weight: '2',
    });
    expect(attvaluesOf(edge)).toEqual({ role: 'cooperate', items: 'i3 i4' });
  });
});
