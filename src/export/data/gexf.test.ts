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

describe('toGexf viz', () => {
  const positions = new Map([
    ['ag1', { x: 10, y: 20 }],
    ['t1', { x: -30.123, y: 40 }],
  ]);
  const viz = (xml: string) => {
    const root = parseXmlStrict(xml);
    return { root, nodes: descendants(root, 'node') };
  };

  it('gives every node a colour, a size and a finite position in the viz namespace', () => {
    const { nodes } = viz(toGexf(FIXTURE_MODEL));
    expect(nodes).toHaveLength(9);
    for (const node of nodes) {
      const [color] = descendants(node, 'color');
      const [size] = descendants(node, 'size');
      const [position] = descendants(node, 'position');
      expect(color?.uri).toBe('http://gexf.net/1.3/viz');
      for (const c of ['r', 'g', 'b']) {
        const v = Number(color?.attributes[c]);
        expect(Number.isInteger(v) && v >= 0 && v <= 255).toBe(true);
      }
      expect(Number(size?.attributes.value)).toBeGreaterThan(0);
      expect(Number.isFinite(Number(position?.attributes.x))).toBe(true);
      expect(Number.isFinite(Number(position?.attributes.y))).toBe(true);
    }
  });

  it('stands nodes where the layout put them, y turned up for Gephi, and colours agencies by kind', () => {
    const { nodes } = viz(toGexf(FIXTURE_MODEL, { positions }));
    const at = (id: string) =>
      descendants(
        nodes.find((n) => n.attributes.id === id)!,
        'position',
      )[0];
    expect(at('ag1')?.attributes).toEqual({ x: '10', y: '-20', z: '0' });
    expect(at('t1')?.attributes).toMatchObject({ x: '-30.12', y: '-40' });
    // 商务厅 is a regional department: the app's green (#009E73).
    const color = descendants(
      nodes.find((n) => n.attributes.id === 'ag1')!,
      'color',
    )[0];
    expect(color?.attributes).toEqual({ r: '0', g: '158', b: '115' });
  });

  it('colours edges by role and keeps roles apart as edge kinds', () => {
    const { root } = viz(toGexf(FIXTURE_MODEL));
    const lead = descendants(root, 'edge').find((e) => e.attributes.kind === 'lead')!;
    expect(descendants(lead, 'color')[0]?.attributes).toEqual({ r: '213', g: '94', b: '0' });
    expect(Number(descendants(lead, 'thickness')[0]?.attributes.value)).toBeGreaterThan(0);
  });

  it('writes GEXF 1.2draft for older readers: its namespaces, and no edge kind', () => {
    const { root, nodes } = viz(toGexf(FIXTURE_MODEL, { version: '1.2' }));
    expect(root.uri).toBe('http://www.gexf.net/1.2draft');
    expect(root.attributes.version).toBe('1.2');
    expect(descendants(nodes[0]!, 'position')[0]?.uri).toBe('http://www.gexf.net/1.2draft/viz');
    for (const e of descendants(root, 'edge')) expect(e.attributes.kind).toBeUndefined();
  });
});
