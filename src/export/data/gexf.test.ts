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
  const nodes = new Map(descendants(root, 'node').map((n) => [n.attributes.id, n]));

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
    const edges = descendants(root, 'edge');
    expect(nodes.size).toBe(9);
    expect(edges).toHaveLength(8);
    for (const e of edges)
      expect(nodes.has(e.attributes.source) && nodes.has(e.attributes.target)).toBe(true);
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
    for (const n of nodes.values()) for (const k of Object.keys(attvaluesOf(n))) expect(nodeIds).toContain(k);
    for (const e of descendants(root, 'edge'))
      for (const k of Object.keys(attvaluesOf(e))) expect(edgeIds).toContain(k);
  });

  it('carries labels with XML specials and node attributes intact', () => {
    expect(nodes.get('ag2')?.attributes.label).toBe('"A&B<测试>"公司');
    expect(attvaluesOf(nodes.get('ag2')!)).toEqual({
      kind: 'agency',
      name: '"A&B<测试>"公司',
      generic: 'false',
      agencyKind: 'enterprise',
      led: '0',
      joined: '1',
      load: '1',
    });
    expect(nodes.get('ag1')?.attributes.label).toBe('商务厅');
    expect(nodes.get('t3')?.attributes.label).toBe('（3）没有标记的任务');
    expect(attvaluesOf(nodes.get('t3')!)).toEqual({
      kind: 'task',
      name: '没有标记的任务',
      section: '二、扩大开放',
      ordinal: '3',
    });
  });

  it('gives each edge a weight, its role as kind and attribute, and the item ids', () => {
    const edge = descendants(root, 'edge')[6]!;
    expect(edge.attributes).toEqual({
      id: 'cooperate:ag4→t2',
      source: 'ag4',
      target: 't2',
      kind: 'cooperate',
      weight: '2',
    });
    expect(attvaluesOf(edge)).toEqual({ role: 'cooperate', items: 'i3 i4' });
  });
});
