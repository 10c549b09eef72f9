// GraphML for yEd: the plain file (same ids, keys and data, so both load the same network) plus
// yEd's own graphics extension — yEd shows labels, colours and positions only from y:ShapeNode with
// its y:Geometry and y:NodeLabel, and y:PolyLineEdge for edges. Geometry comes from the app's layout
// and look (network-drawing.ts): a file opens in yEd as the network view draws it.
import { ROLE_APPEARANCE } from '../../graph/appearance.ts';
import type { NodeLook } from '../../graph/look.ts';
import type { Positions } from '../../graph/positions.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { buildExportNetwork, type ExportEdge } from './export-network.ts';
import { graphmlDocument, type GraphmlExtension } from './graphml.ts';
import { networkDrawing, type NodeDrawing } from './network-drawing.ts';
import { escapeXml, xmlAttributes } from './xml.ts';

const Y_NS = 'http://www.yworks.com/xml/graphml';
/** Key ids apart from the plain file's attribute keys. */
const NODE_KEY = 'yNodeGraphics';
const EDGE_KEY = 'yEdgeGraphics';

const num = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** A colour as yEd's schema accepts it: `#RRGGBB` in capitals (ygraphics.xsd's pattern is
 *  `#(([A-F]|[0-9]){2}){3,4}`); `#rgb` spelled out; anything else gives way to `fallback`. */
export function yedColor(color: string | undefined, fallback: string): string {
  for (const candidate of [color, fallback]) {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(candidate?.trim() ?? '')?.[1];
    if (hex) return `#${(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase()}`;
  }
  return '#000000';
}

const SHAPES: Record<NodeLook['shape'], string> = {
  ellipse: 'ellipse',
  'round-rectangle': 'roundrectangle',
  diamond: 'diamond',
};

/** Labels below discs (agencies), inside boxes (tasks), above an outline (a compound section). */
function labelModel(look: NodeLook | null): Record<string, string> {
  if (look?.placement === 'inside') return { modelName: 'internal', modelPosition: 'c' };
  return { modelName: 'sides', modelPosition: look?.placement === 'above' ? 'n' : 's' };
}

function shapeNode(drawing: NodeDrawing, label: string): string {
  const { look, width, height } = drawing;
  // y:Geometry places the top-left corner.
  const geometry = xmlAttributes({
    height: num(height),
    width: num(width),
    x: num(drawing.x - width / 2),
    y: num(drawing.y - height / 2),
  });
  const fill = look && look.width > 0 ? look.fill : drawing.color;
  const border = xmlAttributes({
    color: yedColor(look?.stroke, '#ffffff'),
    type: look?.dashed ? 'dashed' : 'line',
    width: num(look?.strokeWidth ?? 1),
  });
  const text = xmlAttributes({
    alignment: 'center',
    autoSizePolicy: 'content',
    fontFamily: 'Dialog',
    fontSize: look?.fontSize ?? 12,
    fontStyle: look?.fontWeight === 600 ? 'bold' : 'plain',
    hasBackgroundColor: 'false',
    hasLineColor: 'false',
    textColor: yedColor(look?.textColor, '#1f2933'),
    visible: 'true',
    ...labelModel(look),
  });
  return [
    `\n      <data key="${NODE_KEY}">`,
    '        <y:ShapeNode>',
    `          <y:Geometry${geometry}/>`,
    `          <y:Fill color="${yedColor(fill, '#9aa5b1')}" transparent="false"/>`,
    `          <y:BorderStyle${border}/>`,
    `          <y:NodeLabel${text}>${escapeXml(label)}</y:NodeLabel>`,
    `          <y:Shape type="${SHAPES[look?.shape ?? 'ellipse']}"/>`,
    '        </y:ShapeNode>',
    '      </data>',
  ].join('\n');
}

/** Edges in their role's colour and weight; cooperation dashed, as on screen. */
function polyLineEdge(edge: ExportEdge): string {
  const look = ROLE_APPEARANCE[edge.role];
  const width = look.width * (1 + 0.45 * Math.log2(Math.max(1, edge.weight)));
  const line = xmlAttributes({
    color: yedColor(look.color, '#5f6b7a'),
    type: look.dashed ? 'dashed' : 'line',
    width: num(width),
  });
  return [
    `\n      <data key="${EDGE_KEY}">`,
    '        <y:PolyLineEdge>',
    `          <y:LineStyle${line}/>`,
    '          <y:Arrows source="none" target="none"/>',
    '          <y:BendStyle smoothed="false"/>',
    '        </y:PolyLineEdge>',
    '      </data>',
  ].join('\n');
}

export function toYedGraphml(model: NoticeModel, positions?: Positions): string {
  const network = buildExportNetwork(model);
  const drawing = networkDrawing(model, network, positions);
  const extension: GraphmlExtension = {
    namespaces: ` xmlns:y="${Y_NS}"`,
    schemaLocation:
      'http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd',
    keys: [
      `  <key for="node" id="${NODE_KEY}" yfiles.type="nodegraphics"/>`,
      `  <key for="edge" id="${EDGE_KEY}" yfiles.type="edgegraphics"/>`,
    ],
    node: (node) => {
      const d = drawing.get(node.id);
      // The look's label carries the app's line breaks; a node the look lacks shows its name.
      return d ? shapeNode(d, d.look?.label || node.label) : '';
    },
    edge: polyLineEdge,
  };
  return graphmlDocument(network, extension);
}
