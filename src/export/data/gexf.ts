// GEXF 1.3 for Gephi: the agency–task network with declared node and edge attributes. Each edge's
// `kind` is its role, so Gephi (0.9.3+) keeps a lead edge and a cooperate edge between the same
// agency and task apart instead of merging them.
import type { NoticeModel } from '../../notice/model.ts';
import { buildExportNetwork, type ExportEdge, type ExportNode } from './export-network.ts';
import { escapeXml, xmlAttributes } from './xml.ts';

const NODE_ATTRIBUTES = [
  { id: 'kind', type: 'string' },
  { id: 'name', type: 'string' },
  { id: 'section', type: 'string' },
  { id: 'ordinal', type: 'integer' },
  { id: 'generic', type: 'boolean' },
  { id: 'agencyKind', type: 'string' },
  { id: 'led', type: 'integer' },
  { id: 'joined', type: 'integer' },
  { id: 'load', type: 'double' },
] as const;

const EDGE_ATTRIBUTES = [
  { id: 'role', type: 'string' },
  { id: 'items', type: 'string' },
] as const;

function declare(cls: 'node' | 'edge', list: readonly { id: string; type: string }[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...list.map((a) => `      <attribute${xmlAttributes({ id: a.id, title: a.id, type: a.type })}/>`),
    '    </attributes>',
  ];
}

function attvalues(values: Readonly<Record<string, string | number | boolean | null>>): string {
  const set = Object.entries(values).filter(([, v]) => v !== null);
  const lines = set.map(([k, v]) => `\n          <attvalue${xmlAttributes({ for: k, value: String(v) })}/>`);
  return `\n        <attvalues>${lines.join('')}\n        </attvalues>`;
}

function nodeXml(node: ExportNode): string {
  const common = { kind: node.kind, name: node.name };
  const values =
    node.kind === 'agency'
      ? {
          ...common,
          generic: node.generic,
          agencyKind: node.agencyKind,
          led: node.led,
          joined: node.joined,
          load: node.load,
        }
      : { ...common, section: node.section, ordinal: node.ordinal };
  return `      <node${xmlAttributes({ id: node.id, label: node.label })}>${attvalues(values)}\n      </node>`;
}

function edgeXml(edge: ExportEdge): string {
  const { id, source, target, role, weight } = edge;
  const attributes = xmlAttributes({ id, source, target, kind: role, weight });
  return `      <edge${attributes}>${attvalues({ role, items: edge.items.join(' ') })}\n      </edge>`;
}

export function toGexf(model: NoticeModel): string {
  const network = buildExportNetwork(model);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Fengong Atlas</creator>',
    `    <description>${escapeXml(network.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare('node', NODE_ATTRIBUTES),
    ...declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...network.nodes.map(nodeXml),
    '    </nodes>',
    '    <edges>',
    ...network.edges.map(edgeXml),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
