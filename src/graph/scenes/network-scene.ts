// The graph as a scene for SVG/PDF export: section boxes, edges in their role styles, nodes, labels,
// a title and the legend, laid out as the screen shows them (same look, same positions, same state).
// Names and section titles go where the label placement finds them room (network-labels.ts): none on
// another label or on a node not its own, edges cut round the titles (scene-overlaps.ts counts it).
import { INK, MUTED_INK, PAPER } from '../appearance.ts';
import type { GraphClass } from '../classes.ts';
import { edgePath, nodeBoxes, parallelOffsets, type Box } from '../geometry.ts';
import { graphLegend, type LegendSpec } from './network-legend.ts';
import type { GraphLook, NodeLook } from '../look.ts';
import type { PlacedLabel } from './label-placement.ts';
import { clipPath, grow, polylines, union, type Rect } from './mark-geometry.ts';
import {
  boxRect,
  calloutKey,
  calloutMarks,
  insideLabelMarks,
  placedLabelMarks,
  placeNetworkLabels,
} from './network-labels.ts';
import type { Positions } from '../positions.ts';
import type { GraphData, GraphEdge, GraphNode } from '../network.ts';
import { inLayer, type PathMark, type Scene, type SceneMark, type Tagged } from '../scene.ts';
import { translateMark } from '../scene-translate.ts';

export interface GraphSceneOptions {
  readonly look: GraphLook;
  readonly legend: LegendSpec | null;
  readonly title?: string;
  readonly subtitle?: string;
  /** The state on screen: hidden elements are left out, dimmed ones drawn faint. */
  readonly classes?: ReadonlyMap<string, readonly GraphClass[]>;
}

const MARGIN = 24;
/** Between the legend and the callout key under it. */
const KEY_GAP = 14;
/** Room round the outermost nodes and labels, for arrowheads and curved edges. */
const EDGE_ROOM = 8;
/** Opacity of dimmed elements, as the stylesheet draws them. */
export const DIMMED_OPACITY = 0.14;

function state(options: GraphSceneOptions, id: string): 'hidden' | 'dimmed' | 'plain' {
  const classes = options.classes?.get(id) ?? [];
  if (classes.includes('hidden')) return 'hidden';
  return classes.includes('dimmed') ? 'dimmed' : 'plain';
}

function nodeMark(node: GraphNode, box: Box, look: NodeLook, opacity: number): SceneMark {
  const ref = { kind: node.kind, id: node.id } as const;
  const style = {
    fill: look.fill,
    stroke: look.stroke,
    strokeWidth: look.strokeWidth,
    ...(look.dashed ? { dash: [4, 3] } : {}),
    ...(opacity < 1 ? { opacity } : {}),
    ref,
    title: node.name,
  };
  if (look.shape === 'diamond') {
    const { cx, cy } = box;
    const [w, h] = [box.width / 2, box.height / 2];
    return {
      type: 'path',
      d: `M ${cx} ${cy - h} L ${cx + w} ${cy} L ${cx} ${cy + h} L ${cx - w} ${cy} Z`,
      ...style,
    };
  }
  if (box.round) return { type: 'circle', cx: box.cx, cy: box.cy, r: box.width / 2, ...style };
  const { cx, cy, width, height } = box;
  return { type: 'rect', x: cx - width / 2, y: cy - height / 2, width, height, radius: 6, ...style };
}

function edgeMark(
  edge: GraphEdge,
  from: Box,
  to: Box,
  offset: number,
  options: GraphSceneOptions,
): SceneMark | null {
  const look = options.look.edges.get(edge.id);
  if (!look) return null;
  const faint = state(options, edge.id) === 'dimmed' ? DIMMED_OPACITY : 1;
  return {
    type: 'path',
    d: edgePath(from, to, offset),
    stroke: look.color,
    strokeWidth: look.width,
    opacity: look.opacity * faint,
    ...(look.dash ? { dash: look.dash } : {}),
    ...(look.arrow ? { arrow: true } : {}),
    title: `${edge.kind}: ${edge.weight} item${edge.weight === 1 ? '' : 's'}`,
  };
}

/** The picture's extent: every node and every label placed, with a little room round them. */
function bounds(boxes: Iterable<Box>, labels: Iterable<PlacedLabel>): Rect {
  let all: Rect | null = null;
  for (const b of boxes) all = all ? union(all, boxRect(b)) : boxRect(b);
  for (const l of labels) all = all ? union(all, l.rect) : l.rect;
  return all ? grow(all, EDGE_ROOM) : { x0: 0, y0: 0, x1: 0, y1: 0 };
}

export function graphScene(graph: GraphData, positions: Positions, options: GraphSceneOptions): Scene {
  const all = nodeBoxes(graph, positions, options.look);
  const shown = (id: string) => state(options, id) !== 'hidden';
  const boxes = new Map([...all].filter(([id]) => shown(id)));
  const looks = options.look.nodes;
  const layered = (compound: boolean) =>
    graph.nodes.filter((n) => boxes.has(n.id) && (looks.get(n.id)?.width === 0) === compound);
  const compounds = layered(true);
  const leaves = layered(false);
  const faint = (n: GraphNode) => (state(options, n.id) === 'dimmed' ? DIMMED_OPACITY * 2 : 1);
  const edges = graph.edges
    .filter((e) => shown(e.id) && boxes.has(e.source) && boxes.has(e.target))
    .sort((a, b) => (options.look.edges.get(a.id)?.z ?? 0) - (options.look.edges.get(b.id)?.z ?? 0));
  const offsets = parallelOffsets(edges);
  const edgeMarks = edges
    .map((e) =>
      edgeMark(e, boxes.get(e.source) as Box, boxes.get(e.target) as Box, offsets.get(e.id) ?? 0, options),
    )
    .filter((m): m is PathMark & Tagged => m !== null);
  const labels = placeNetworkLabels(
    [...compounds, ...leaves],
    boxes,
    options.look,
    edgeMarks.flatMap((m) => polylines(m.d)),
  );
  // Edges pass beneath the sections' titles: cut where they would run through the letters.
  const titles = compounds
    .map((n) => labels.placed.get(n.id)?.rect)
    .filter((r): r is Rect => r !== undefined)
    .map((r) => grow(r, 1));
  const callouts = new Map(labels.callouts.map((c) => [c.node.id, c]));
  const labelsOf = (node: GraphNode, box: Box, look: NodeLook, opacity: number) => {
    if (look.placement === 'inside') return insideLabelMarks(node, box, look, opacity);
    const spot = labels.placed.get(node.id);
    if (spot) return placedLabelMarks(node, look, spot, opacity);
    const callout = callouts.get(node.id);
    return callout ? calloutMarks(callout, opacity) : [];
  };
  const content: SceneMark[] = [];
  for (const node of compounds) {
    const look = looks.get(node.id) as NodeLook;
    const box = boxes.get(node.id) as Box;
    const opacity = faint(node);
    const marks = [nodeMark(node, box, look, opacity), ...labelsOf(node, box, look, opacity)];
    content.push(...inLayer(marks, 'sections'));
  }
  for (const mark of edgeMarks) {
    const d = clipPath(mark.d, titles);
    if (d) content.push({ ...mark, d, layer: 'edges' });
  }
  for (const n of leaves) {
    const mark = nodeMark(n, boxes.get(n.id) as Box, looks.get(n.id) as NodeLook, faint(n));
    content.push({ ...mark, layer: 'nodes' });
  }
  for (const n of leaves) {
    const marks = labelsOf(n, boxes.get(n.id) as Box, looks.get(n.id) as NodeLook, faint(n));
    content.push(...inLayer(marks, 'labels'));
  }
  const spots = [...labels.placed.values(), ...labels.callouts.map((c) => c.spot)];
  const key = calloutKey(labels.callouts, options.legend?.lang);
  return compose(content, bounds(boxes.values(), spots), key, options);
}

function compose(
  content: SceneMark[],
  box: Rect,
  key: ReturnType<typeof calloutKey>,
  options: GraphSceneOptions,
): Scene {
  const graphLegendBox = options.legend ? graphLegend(options.legend) : null;
  // The callout key sits under the legend, in the same column.
  const legend = graphLegendBox
    ? {
        width: Math.max(graphLegendBox.width, key.width),
        height: graphLegendBox.height + (key.height > 0 ? KEY_GAP + key.height : 0),
        marks: [
          ...graphLegendBox.marks,
          ...key.marks.map((m) => translateMark(m, 10, graphLegendBox.height + KEY_GAP)),
        ],
      }
    : key.height > 0
      ? key
      : null;
  const head = (options.title ? 30 : 0) + (options.subtitle ? 20 : 0);
  const top = MARGIN + head;
  const graphWidth = box.x1 - box.x0;
  const graphHeight = box.y1 - box.y0;
  const width = Math.ceil(MARGIN * 2 + graphWidth + (legend ? legend.width + MARGIN : 0));
  const height = Math.ceil(top + Math.max(graphHeight, legend?.height ?? 0) + MARGIN);
  const marks: SceneMark[] = [];
  if (options.title)
    marks.push({
      type: 'text',
      x: MARGIN,
      y: MARGIN,
      text: options.title,
      size: 18,
      weight: 600,
      fill: INK,
      baseline: 'top',
      layer: 'title',
    });
  if (options.subtitle)
    marks.push({
      type: 'text',
      x: MARGIN,
      y: MARGIN + (options.title ? 30 : 0),
      text: options.subtitle,
      size: 12,
      fill: MUTED_INK,
      baseline: 'top',
      layer: 'title',
    });
  marks.push(...content.map((m) => translateMark(m, MARGIN - box.x0, top - box.y0)));
  if (legend)
    marks.push(...inLayer(legend.marks, 'legend').map((m) => translateMark(m, MARGIN * 2 + graphWidth, top)));
  return { width, height, background: PAPER, marks };
}
