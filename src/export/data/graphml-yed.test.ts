import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { descendants, parseXmlStrict } from '../../../tests/unit/xml-tree.ts';
import { toGraphml } from './graphml.ts';
import { toYedGraphml } from './graphml-yed.ts';

const Y = 'http://www.yworks.com/xml/graphml';

describe('toYedGraphml', () => {
  const positions = new Map([['ag1', { x: 100, y: 50 }]]);
  const xml = toYedGraphml(FIXTURE_MODEL, positions);
  const root = parseXmlStrict(xml);
  const nodes = descendants(root, 'node');

  it('is the plain file (same nodes, ids and data) with yEd graphics keys', () => {
    const plain = parseXmlStrict(toGraphml(FIXTURE_MODEL));
    const ids = (r: typeof root, name: string) => descendants(r, name).map((n) => n.attributes.id);
    expect(ids(root, 'node')).toEqual(ids(plain, 'node'));
    expect(ids(root, 'edge')).toEqual(ids(plain, 'edge'));
    const keys = descendants(root, 'key').filter((k) => k.attributes['yfiles.type']);
    expect(keys.map((k) => [k.attributes.for, k.attributes['yfiles.type']])).toEqual([
      ['node', 'nodegraphics'],
      ['edge', 'edgegraphics'],
    ]);
  });

  it('gives every node a y:ShapeNode with geometry, fill, shape and its label', () => {
    for (const node of nodes) {
      const [shape] = descendants(node, 'ShapeNode');
      expect(shape?.uri).toBe(Y);
      const geometry = descendants(shape!, 'Geometry')[0]!.attributes;
      for (const k of ['x', 'y', 'width', 'height']) expect(Number.isFinite(Number(geometry[k]))).toBe(true);
      expect(Number(geometry.width)).toBeGreaterThan(0);
      expect(descendants(shape!, 'Fill')[0]?.attributes.color).toMatch(/^#[0-9a-fA-F]{6}$/);
      expect(descendants(shape!, 'NodeLabel')[0]?.text.length).toBeGreaterThan(0);
    }
    const agency = nodes.find((n) => n.attributes.id === 'ag1')!;
    expect(descendants(agency, 'NodeLabel')[0]?.text).toBe('商务厅');
    expect(descendants(agency, 'Shape')[0]?.attributes.type).toBe('ellipse');
    // Geometry is the top-left corner: the centre the layout gave, less half the size.
    const g = descendants(agency, 'Geometry')[0]!.attributes;
    expect(Number(g.x) + Number(g.width) / 2).toBeCloseTo(100, 0);
    expect(Number(g.y) + Number(g.height) / 2).toBeCloseTo(50, 0);
  });

  it('draws edges in their role colours, cooperation dashed', () => {
    for (const edge of descendants(root, 'edge')) {
      const role = descendants(edge, 'data').find((d) => d.attributes.key === 'role')?.text;
      const line = descendants(edge, 'LineStyle')[0]?.attributes;
      expect(line?.color).toBe(role === 'lead' ? '#D55E00' : role === 'cooperate' ? '#0072B2' : '#CC79A7');
      expect(line?.type).toBe(role === 'cooperate' ? 'dashed' : 'line');
    }
  });
});
