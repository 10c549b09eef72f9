// Geometry shared by the scene and the interactive graph: node boxes (compound sections wrap their
// tasks), edge end points on node borders, and the bend that keeps parallel edges apart.
import type { GraphLook } from './look.ts';
import type { Point, Positions } from './positions.ts';
import type { GraphData, GraphEdge } from './network.ts';

export interface Box {
  readonly cx: number;
  readonly cy: number;
  readonly width: number;
  readonly height: number;
  /** Edges end on a circle round it (an ellipse, or near enough a small diamond), not on a box. */
  readonly round: boolean;
}

/** Room between a section's border and the tasks inside it (Cytoscape's compound `padding`). */
export const COMPOUND_PADDING = 12;
/** Distance between parallel edges of one pair (Cytoscape's `control-point-step-size`). */
export const PARALLEL_STEP = 24;

/** Boxes of every positioned node; a compound section's box wraps its children plus padding. */
export function nodeBoxes(graph: GraphData, positions: Positions, look: GraphLook): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const bounds = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  for (const node of graph.nodes) {
    const p = positions.get(node.id);
    const l = look.nodes.get(node.id);
    if (!p || !l || l.width === 0) continue;
    boxes.set(node.id, {
      cx: p.x,
      cy: p.y,
      width: l.width,
      height: l.height,
      round: l.shape !== 'round-rectangle',
    });
    if (!node.parent) continue;
    const b = bounds.get(node.parent) ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    bounds.set(node.parent, {
      x0: Math.min(b.x0, p.x - l.width / 2),
      y0: Math.min(b.y0, p.y - l.height / 2),
      x1: Math.max(b.x1, p.x + l.width / 2),
      y1: Math.max(b.y1, p.y + l.height / 2),
    });
  }
  for (const [id, b] of bounds) {
    const width = b.x1 - b.x0 + 2 * COMPOUND_PADDING;
    const height = b.y1 - b.y0 + 2 * COMPOUND_PADDING;
    boxes.set(id, { cx: (b.x0 + b.x1) / 2, cy: (b.y0 + b.y1) / 2, width, height, round: false });
  }
  return boxes;
}

/** Where the line from the box's centre towards `toward` leaves the box. */
export function borderPoint(box: Box, toward: Point): Point {
  const dx = toward.x - box.cx;
  const dy = toward.y - box.cy;
  const len = Math.hypot(dx, dy);
  if (len === 0) return { x: box.cx, y: box.cy };
  if (box.round) {
    const r = box.width / 2;
    return { x: box.cx + (dx / len) * r, y: box.cy + (dy / len) * r };
  }
  const t = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: box.cx + dx * t, y: box.cy + dy * t };
}

/** Sideways offset of each edge's middle: 0 for a lone edge, ±step/2… for edges sharing a pair. */
export function parallelOffsets(edges: readonly GraphEdge[]): Map<string, number> {
  const groups = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const offset = (i - (group.length - 1) / 2) * PARALLEL_STEP;
      // Measured against source → target, so flip for edges drawn the other way round.
      offsets.set(e.id, e.source < e.target ? offset : -offset);
    });
  }
  return offsets;
}

/** SVG path data for an edge between two boxes, bent by `offset` when it has parallel twins. */
export function edgePath(from: Box, to: Box, offset: number): string {
  const mid = { x: (from.cx + to.cx) / 2, y: (from.cy + to.cy) / 2 };
  const len = Math.hypot(to.cx - from.cx, to.cy - from.cy) || 1;
  const control = {
    x: mid.x - ((to.cy - from.cy) / len) * offset * 2,
    y: mid.y + ((to.cx - from.cx) / len) * offset * 2,
  };
  const aim = offset === 0 ? null : control;
  const start = borderPoint(from, aim ?? { x: to.cx, y: to.cy });
  const end = borderPoint(to, aim ?? { x: from.cx, y: from.cy });
  const f = (n: number) => Math.round(n * 10) / 10;
  if (!aim) return `M ${f(start.x)} ${f(start.y)} L ${f(end.x)} ${f(end.y)}`;
  return `M ${f(start.x)} ${f(start.y)} Q ${f(control.x)} ${f(control.y)} ${f(end.x)} ${f(end.y)}`;
}
