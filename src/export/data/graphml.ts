// GraphML for Cytoscape desktop, yEd and Gephi: the agency–task network with every attribute
// declared as a <key>. Cytoscape shows the `name` column as node label, Gephi reads `label`, and
// both read the edge `weight`.
import type { NoticeModel } from '../../notice/model.ts';
import {
  buildExportNetwork,
  type ExportEdge,
  type ExportNetwork,
  type ExportNode,
} from './export-network.ts';
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

/** GraphML's ids are NMTOKENs. Validators read them by XML 1.0's older character classes, where
 *  `→`, `、` and full-width brackets are no name characters: those become `_`. Han characters,
 *  letters, digits and `._:-` stay, so the ids still read as the agencies' names. */
const NOT_NAME_CHAR = /[^A-Za-z0-9._:\-\u4e00-\u9fff\u3400-\u4dbf]/g;

/** Valid and unique ids for the file: a clash after replacing gets a counter. */
export function graphmlIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    if (out.has(id)) continue;
    const base = id.replace(NOT_NAME_CHAR, '_') || '_';
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    out.set(id, candidate);
  }
  return out;
}

/** What a dialect of GraphML (yEd's) adds to the plain file: namespaces, keys and one more <data>
 *  per node and edge. */
export interface GraphmlExtension {
  /** ` xmlns:y="…"` and the schema location that declares the extension. */
  readonly namespaces: string;
  readonly schemaLocation: string;
  readonly keys: readonly string[];
  readonly node: (node: ExportNode) => string;
  readonly edge: (edge: ExportEdge) => string;
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const PLAIN: GraphmlExtension = {
  namespaces: '',
  schemaLocation: `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
  keys: [],
  node: () => '',
  edge: () => '',
};

function nodeXml(node: ExportNode, ids: ReadonlyMap<string, string>, extension: GraphmlExtension): string {
  let body = data('kind', node.kind) + data('label', node.label) + data('name', node.name);
  if (node.kind === 'agency') {
    body += data('generic', node.generic) + data('agencyKind', node.agencyKind);
    body += data('led', node.led) + data('joined', node.joined) + data('load', node.load);
  } else body += data('section', node.section) + data('ordinal', node.ordinal);
  body += extension.node(node);
  return `    <node${xmlAttributes({ id: ids.get(node.id) ?? node.id })}>${body}\n    </node>`;
}

function edgeXml(edge: ExportEdge, ids: ReadonlyMap<string, string>, extension: GraphmlExtension): string {
  const id = (x: string) => ids.get(x) ?? x;
  const attributes = xmlAttributes({ id: id(edge.id), source: id(edge.source), target: id(edge.target) });
  const body =
    data('role', edge.role) +
    data('weight', edge.weight) +
    data('items', edge.items.join(' ')) +
    extension.edge(edge);
  return `    <edge${attributes}>${body}\n    </edge>`;
}

export function toGraphml(model: NoticeModel): string {
  return graphmlDocument(buildExportNetwork(model), PLAIN);
}

/** The GraphML document for `network`, plain or with a dialect's extension. */
export function graphmlDocument(network: ExportNetwork, extension: GraphmlExtension): string {
  // An edge's id reads `role:agency-task`: the arrow is no name character.
  const ids = graphmlIds([
    ...network.nodes.map((n) => n.id),
    ...network.edges.map((e) => e.id.replaceAll('→', '-')),
  ]);
  const all = new Map([
    ...ids,
    ...network.edges.map((e) => [e.id, ids.get(e.id.replaceAll('→', '-')) ?? e.id] as const),
  ]);
  const keys = KEYS.map(
    (k) => `  <key${xmlAttributes({ id: k.id, for: k.for, 'attr.name': k.id, 'attr.type': k.type })}/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}"${extension.namespaces}` +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ` xsi:schemaLocation="${extension.schemaLocation}">`,
    ...keys,
    ...extension.keys,
    '  <graph id="notice" edgedefault="directed">',
    `    <data key="notice">${escapeXml(network.title)}</data>`,
    ...network.nodes.map((n) => nodeXml(n, all, extension)),
    ...network.edges.map((e) => edgeXml(e, all, extension)),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
