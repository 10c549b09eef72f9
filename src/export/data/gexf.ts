// GEXF 1.3 for Gephi: the agency–task network with declared node and edge attributes. Each edge's
// `kind` is its role, so Gephi (0.9.3+) keeps a lead edge and a cooperate edge between the same
// agency and task apart instead of merging them. Every node carries `viz:` colour, size and position
// from the app's look and layout, so Gephi opens it coloured and laid out. GEXF 1.2 (`version:
// '1.2'`) is for older readers (networkx 2.x reads 1.1/1.2draft only); it has no edge `kind`.
import type { Positions } from '../../graph/positions.ts';
import { ROLE_APPEARANCE } from '../../graph/appearance.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { buildExportNetwork, type ExportEdge, type ExportNode } from './export-network.ts';
import { networkDrawing, rgb, type NodeDrawing } from './network-drawing.ts';
import { escapeXml, xmlAttributes } from './xml.ts';

export type GexfVersion = '1.3' | '1.2';

export interface GexfOptions {
  readonly version?: GexfVersion;
  /** Node centres from the app's layout (fcose on screen and in the CLI); the layered layout's
   *  when not given, which needs no worker. */
  readonly positions?: Positions;
}

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; schema: string }> = {
  '1.3': {
    gexf: 'http://gexf.net/1.3',
    viz: 'http://gexf.net/1.3/viz',
    schema: 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
  },
  '1.2': {
    gexf: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    schema: 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
  },
};

const num = (n: number) => String(Math.round(n * 100) / 100);

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

/** Gephi's y axis points up, the screen's down: y is turned over so the picture is not mirrored.
 *  viz:size is a radius-like scale in Gephi: half the node's smaller side. */
function vizXml(drawing: NodeDrawing | undefined): string {
  if (!drawing) return '';
  const { r, g, b } = rgb(drawing.color);
  const size = Math.min(drawing.width, drawing.height) / 2;
  return (
    `\n        <viz:color r="${r}" g="${g}" b="${b}"/>` +
    `\n        <viz:size value="${num(size)}"/>` +
    `\n        <viz:position x="${num(drawing.x)}" y="${num(-drawing.y)}" z="0"/>`
  );
}

function nodeXml(node: ExportNode, drawing: NodeDrawing | undefined): string {
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
  const attributes = xmlAttributes({ id: node.id, label: node.label });
  return `      <node${attributes}>${attvalues(values)}${vizXml(drawing)}\n      </node>`;
}

/** An edge in its role's colour, as thick as the app draws it (thicker for more items). */
function edgeXml(edge: ExportEdge, version: GexfVersion): string {
  const { id, source, target, role, weight } = edge;
  const kind = version === '1.3' ? role : null;
  const attributes = xmlAttributes({ id, source, target, kind, weight });
  const look = ROLE_APPEARANCE[role];
  const { r, g, b } = rgb(look.color);
  const thickness = look.width * (1 + 0.45 * Math.log2(Math.max(1, weight)));
  const viz =
    `\n        <viz:color r="${r}" g="${g}" b="${b}"/>` +
    `\n        <viz:thickness value="${num(thickness)}"/>` +
    (look.dashed ? '\n        <viz:shape value="dashed"/>' : '');
  return `      <edge${attributes}>${attvalues({ role, items: edge.items.join(' ') })}${viz}\n      </edge>`;
}

export function toGexf(model: NoticeModel, options: GexfOptions = {}): string {
  const version = options.version ?? '1.3';
  const ns = NAMESPACES[version];
  const network = buildExportNetwork(model);
  const drawing = networkDrawing(model, network, options.positions);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
      ` xsi:schemaLocation="${ns.schema}" version="${version}">`,
    '  <meta>',
    '    <creator>Fengong Atlas</creator>',
    `    <description>${escapeXml(network.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declare('node', NODE_ATTRIBUTES),
    ...declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...network.nodes.map((n) => nodeXml(n, drawing.get(n.id))),
    '    </nodes>',
    '    <edges>',
    ...network.edges.map((e) => edgeXml(e, version)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
