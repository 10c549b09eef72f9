// The graph as a scene for SVG/PDF export: section boxes, edges in their role styles, nodes, labels,
// a title and the legend, laid out as the screen shows them (same look, same positions, same state).
import { INK, MUTED_INK, PAPER } from '../appearance.ts';
import type { GraphClass } from '../classes.ts';
import { edgePath, nodeBoxes, parallelOffsets, type Box } from '../geometry.ts';
import { graphLegend, type LegendSpec } from './network-legend.ts';
import type { GraphLook, NodeLook } from '../look.ts';
import { LINE_HEIGHT } from '../label-text.ts';
import type { Positions } from '../positions.ts';
import type { GraphData, GraphEdge, GraphNode } from '../network.ts';
import { inLayer, type Scene, type SceneMark } from '../scene.ts';
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

function labelMarks(box: Box, look: NodeLook, opacity: number): SceneMark[] {
  const lines = look.label.split('\n');
  const step = look.fontSize * LINE_HEIGHT;
  const fill = opacity < 1 ? MUTED_INK : look.textColor;
  const base = { size: look.fontSize, fill, weight: look.fontWeight, anchor: 'middle' } as const;
  if (look.placement === 'above')
    return [
      {
        type: 'text',
        x: box.cx,
        y: box.cy - box.height / 2 - 5,
        text: look.label,
        ...base,
        baseline: 'bottom',
      },
    ];
  const top = look.placement === 'inside' ? box.cy - (lines.length * step) / 2 : box.cy + box.height / 2 + 3;
  const marks: SceneMark[] = [];
  if (look.placement === 'below' && opacity === 1) {
    // A paper band behind the name keeps it legible where edges cross beneath it.
    const w = look.labelWidth + 4;
    marks.push({
      type: 'rect',
      x: box.cx - w / 2,
      y: top,
      width: w,
      height: lines.length * step,
      radius: 2,
      fill: PAPER,
      opacity: 0.8,
    });
  }
  lines.forEach((text, i) =>
    marks.push({ type: 'text', x: box.cx, y: top + step * (i + 0.5), text, ...base, baseline: 'middle' }),
  );
  return marks;
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

function bounds(boxes: Iterable<Box>): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity; // prettier-ignore
  for (const b of boxes) {
    // Room for a label below or above: a line or two of text.
    x0 = Math.min(x0, b.cx - b.width / 2 - 40);
    x1 = Math.max(x1, b.cx + b.width / 2 + 40);
    y0 = Math.min(y0, b.cy - b.height / 2 - 24);
    y1 = Math.max(y1, b.cy + b.height / 2 + 24);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 0, y1: 0 };
}

export function graphScene(graph: GraphData, positions: Positions, options: GraphSceneOptions): Scene {
  const all = nodeBoxes(graph, positions, options.look);
  const shown = (id: string) => state(options, id) !== 'hidden';
  const boxes = new Map([...all].filter(([id]) => shown(id)));
  const content: SceneMark[] = [];
  const layered = (compound: boolean) =>
    graph.nodes.filter((n) => boxes.has(n.id) && (options.look.nodes.get(n.id)?.width === 0) === compound);
  for (const node of layered(true)) {
    const look = options.look.nodes.get(node.id) as NodeLook;
    const box = boxes.get(node.id) as Box;
    const opacity = state(options, node.id) === 'dimmed' ? DIMMED_OPACITY * 2 : 1;
    content.push(
      ...inLayer([nodeMark(node, box, look, opacity), ...labelMarks(box, look, opacity)], 'sections'),
    );
  }
  const edges = graph.edges
    .filter((e) => shown(e.id) && boxes.has(e.source) && boxes.has(e.target))
    .sort((a, b) => (options.look.edges.get(a.id)?.z ?? 0) - (options.look.edges.get(b.id)?.z ?? 0));
  const offsets = parallelOffsets(edges);
  for (const e of edges) {
    const mark = edgeMark(
      e,
      boxes.get(e.source) as Box,
      boxes.get(e.target) as Box,
      offsets.get(e.id) ?? 0,
      options,
    );
    if (mark) content.push({ ...mark, layer: 'edges' });
  }
  const leaves = layered(false);
  const faint = (n: GraphNode) => (state(options, n.id) === 'dimmed' ? DIMMED_OPACITY * 2 : 1);
  for (const n of leaves) {
    const mark = nodeMark(n, boxes.get(n.id) as Box, options.look.nodes.get(n.id) as NodeLook, faint(n));
    content.push({ ...mark, layer: 'nodes' });
  }
  for (const n of leaves) {
    const look = options.look.nodes.get(n.id) as NodeLook;
    content.push(...inLayer(labelMarks(boxes.get(n.id) as Box, look, faint(n)), 'labels'));
  }
  return compose(content, bounds(boxes.values()), options);
}

function compose(content: SceneMark[], box: ReturnType<typeof bounds>, options: GraphSceneOptions): Scene {
  const legend = options.legend ? graphLegend(options.legend) : null;
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
