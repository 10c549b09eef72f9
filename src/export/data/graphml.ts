// GraphML for Cytoscape desktop, yEd and Gephi: the agency–task network with every attribute
// declared as a <key>. Cytoscape shows the `name` column as node label, Gephi reads `label`, and
// both read the edge `weight`.
import type { NoticeModel } from '../../notice/model.ts';
import { buildExportNetwork, type ExportEdge, type ExportNode } from './export-network.ts';
import { escapeXml, xmlAttributes } from './xml.ts';

interface KeySpec {
  readonly id: string;
  readonly for: 'graph' | 'node' | 'edge';
  readonly type: 'string' | 'int' | 'double' | 'boolean';
}

/** Key ids double as attribute names: readable in the file and unique across node and edge keys. */
const KEYS: readonly KeySpec[] = [
  { id: 'notice', for: 'graph', type: 'string' },
  { id: 'kind', for: 'node', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'name', for: 'node', type: 'string' },
  { id: 'section', for: 'node', type: 'string' },
  { id: 'ordinal', for: 'node', type: 'int' },
  { id: 'generic', for: 'node', type: 'boolean' },
  { id: 'agencyKind', for: 'node', type: 'string' },
  { id: 'led', for: 'node', type: 'int' },
  { id: 'joined', for: 'node', type: 'int' },
  { id: 'load', for: 'node', type: 'double' },
  { id: 'role', for: 'edge', type: 'string' },
  { id: 'weight', for: 'edge', type: 'double' },
  { id: 'items', for: 'edge', type: 'string' },
];

function data(key: string, value: string | number | boolean | null): string {
  return value === null ? '' : `\n      <data key="${key}">${escapeXml(String(value))}</data>`;
}

function nodeXml(node: ExportNode): string {
  let body = data('kind', node.kind) + data('label', node.label) + data('name', node.name);
  if (node.kind === 'agency') {
    body += data('generic', node.generic) + data('agencyKind', node.agencyKind);
    body += data('led', node.led) + data('joined', node.joined) + data('load', node.load);
  } else body += data('section', node.section) + data('ordinal', node.ordinal);
  return `    <node${xmlAttributes({ id: node.id })}>${body}\n    </node>`;
}

function edgeXml(edge: ExportEdge): string {
  const attributes = xmlAttributes({ id: edge.id, source: edge.source, target: edge.target });
  const body = data('role', edge.role) + data('weight', edge.weight) + data('items', edge.items.join(' '));
  return `    <edge${attributes}>${body}\n    </edge>`;
}

export function toGraphml(model: NoticeModel): string {
  const network = buildExportNetwork(model);
  const keys = KEYS.map(
    (k) => `  <key${xmlAttributes({ id: k.id, for: k.for, 'attr.name': k.id, 'attr.type': k.type })}/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="notice" edgedefault="directed">',
    `    <data key="notice">${escapeXml(network.title)}</data>`,
    ...network.nodes.map(nodeXml),
    ...network.edges.map(edgeXml),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
