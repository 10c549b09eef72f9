// Where each label of a network goes, so that none lies on another label or on a node that is not its
// own and no edge runs through a section's title. Labels are placed greedily, most important first
// (section titles, then agencies by load): each tries spots round its node — below, above, right,
// left, the corners, then the same further out with a leader line — and takes the first free one that
// fewest edges cross. A label with no free spot within reach is left out and reported, never drawn on
// top of another mark.
import {
  grow,
  polylineCrossesRect,
  rectsOverlap,
  shapeBounds,
  shapeOverlapsRect,
  type Point,
  type Rect,
  type Shape,
} from './mark-geometry.ts';

export type Side =
  'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';

export interface LabelBlock {
  /** The node the label names. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** What the label names: a node's body, or a section's box (its title goes above or below it). */
  readonly owner: Shape;
  readonly kind: 'node' | 'section';
  /** How many rings out to look (all by default): a long name set far off reads worse than a short
   *  callout beside its node. */
  readonly rings?: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly rect: Rect;
  readonly side: Side;
  /** A line from the node to a label set further out, so the reader sees whose it is. */
  readonly leader: readonly [Point, Point] | null;
}

export interface Obstacle {
  readonly id: string;
  readonly shape: Shape;
  /** A section's box round its tasks: a name beside it is not taken for the box's own. */
  readonly area?: boolean;
}

export interface Placement {
  readonly placed: ReadonlyMap<string, PlacedLabel>;
  /** Labels left out for want of room (their nodes are still drawn). */
  readonly dropped: readonly string[];
}

/** Room kept between a label and any other mark. */
const CLEAR = 2;
/** Distance from a node's border to its label, and the step outwards for each further ring. */
const GAP = 3;
const RING = 12;
/** Rings tried at most: the outer ones, with a leader line, only where nothing nearer is free. */
export const RINGS = 9;
/** From this ring on, a leader line joins the label to its node. */
const LEADER_RING = 1;
const SIDE_COST: Readonly<Record<Side, number>> = {
  below: 0,
  above: 1,
  right: 1.5,
  left: 1.5,
  'below-right': 2,
  'below-left': 2,
  'above-right': 2.5,
  'above-left': 2.5,
};
const SIDES = Object.keys(SIDE_COST) as Side[];
/** A section's title reads as a heading: above its box, else below it. */
const TITLE_SIDE_COST: Readonly<Record<Side, number>> = {
  above: 0,
  'above-left': 0.5,
  'above-right': 0.5,
  below: 2,
  'below-left': 2.5,
  'below-right': 2.5,
  right: 9,
  left: 9,
};
/** What one edge under a label costs against a less usual spot, and the most edges may cost: a title
 *  must be clear of edges; a name on its halo reads across a few, and stays where names usually are
 *  (below its node) rather than wander off to dodge them. */
const EDGE_COST = { node: 0.25, section: 10 } as const;
const EDGE_CAP = { node: 2, section: Infinity } as const;
const RING_COST = 3;
/** How near another node may come to a name before the reader may take the name for that node's. */
const NEIGHBOUR = 10;
const NEIGHBOUR_COST = 2.5;

interface Candidate {
  readonly rect: Rect;
  readonly side: Side;
  readonly ring: number;
}

function nodeCandidates(block: LabelBlock): Candidate[] {
  const b = shapeBounds(block.owner);
  const [cx, cy] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
  const [hw, hh] = [(b.x1 - b.x0) / 2, (b.y1 - b.y0) / 2];
  // A disc's corners are nearer its centre than its box's: labels at 45° sit on the circle.
  const diag = block.owner.kind === 'circle' ? hw * Math.SQRT1_2 : hw;
  const diagY = block.owner.kind === 'circle' ? hh * Math.SQRT1_2 : hh;
  const { width: w, height: h } = block;
  const out: Candidate[] = [];
  for (let ring = 0; ring < (block.rings ?? RINGS); ring++) {
    const d = GAP + ring * RING;
    const at = (side: Side, x0: number, y0: number) =>
      out.push({ rect: { x0, y0, x1: x0 + w, y1: y0 + h }, side, ring });
    for (const side of SIDES) {
      if (side === 'below') at(side, cx - w / 2, cy + hh + d);
      else if (side === 'above') at(side, cx - w / 2, cy - hh - d - h);
      else if (side === 'right') at(side, cx + hw + d + 1, cy - h / 2);
      else if (side === 'left') at(side, cx - hw - d - 1 - w, cy - h / 2);
      else if (side === 'below-right') at(side, cx + diag + d, cy + diagY + d / 2);
      else if (side === 'below-left') at(side, cx - diag - d - w, cy + diagY + d / 2);
      else if (side === 'above-right') at(side, cx + diag + d, cy - diagY - d / 2 - h);
      else at(side, cx - diag - d - w, cy - diagY - d / 2 - h);
    }
  }
  return out;
}

/** A section's title: above its box (centred, at its left, at its right), else below, stepping out. */
function sectionCandidates(block: LabelBlock): Candidate[] {
  const b = shapeBounds(block.owner);
  const { width: w, height: h } = block;
  const xs: [Side, Side, number][] = [
    ['above', 'below', (b.x0 + b.x1) / 2 - w / 2],
    ['above-left', 'below-left', b.x0],
    ['above-right', 'below-right', b.x1 - w],
  ];
  const out: Candidate[] = [];
  for (let ring = 0; ring < RINGS; ring++) {
    const d = 4 + ring * (h / 2);
    for (const [above, , x0] of xs) out.push({ rect: { x0, y0: b.y0 - d - h, x1: x0 + w, y1: b.y0 - d }, side: above, ring }); // prettier-ignore
    for (const [, below, x0] of xs) out.push({ rect: { x0, y0: b.y1 + d, x1: x0 + w, y1: b.y1 + d + h }, side: below, ring }); // prettier-ignore
  }
  return out;
}

/** A uniform grid of buckets, so a candidate is checked only against what lies near it. */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}

  /** Cells by a number: column and row packed (a picture is far less than a million cells across). */
  private visit(r: Rect, each: (key: number) => void): void {
    const s = this.size;
    const [i0, i1] = [Math.floor(r.x0 / s), Math.floor(r.x1 / s)];
    const [j0, j1] = [Math.floor(r.y0 / s), Math.floor(r.y1 / s)];
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) each(i * 1_048_576 + j);
  }

  add(r: Rect, item: T): void {
    this.visit(r, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    });
  }

  near(r: Rect): Set<T> {
    const out = new Set<T>();
    this.visit(r, (key) => {
      for (const item of this.cells.get(key) ?? []) out.add(item);
    });
    return out;
  }
}

const CELL = 64;

/** A stretch of an edge, with the edge's index: an edge crossing a label counts once. */
interface Piece {
  readonly edge: number;
  readonly line: readonly [Point, Point];
}

function segmentBounds(a: Point, b: Point): Rect {
  return {
    x0: Math.min(a[0], b[0]),
    y0: Math.min(a[1], b[1]),
    x1: Math.max(a[0], b[0]),
    y1: Math.max(a[1], b[1]),
  };
}

/** Where the leader line of a label set apart runs: from the node's border to the label's nearest
 *  point. */
function leaderLine(owner: Shape, r: Rect): readonly [Point, Point] | null {
  const b = shapeBounds(owner);
  const [cx, cy] = [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2];
  const tx = Math.max(r.x0, Math.min(cx, r.x1));
  const ty = Math.max(r.y0, Math.min(cy, r.y1));
  const [dx, dy] = [tx - cx, ty - cy];
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  const [hw, hh] = [(b.x1 - b.x0) / 2, (b.y1 - b.y0) / 2];
  const reach =
    owner.kind === 'circle'
      ? owner.r
      : Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy)) * len;
  if (len - reach < 4) return null;
  return [
    [cx + (dx / len) * (reach + 1), cy + (dy / len) * (reach + 1)],
    [tx, ty],
  ];
}

/** The labels placed so far among the obstacles (every node's body and every section's box) and the
 *  edges (as polylines): each new label goes where it lies on none of them. */
export class LabelBoard {
  private readonly bodies = new Grid<Obstacle>(CELL);
  private readonly segments = new Grid<Piece>(CELL);
  private readonly labels = new Grid<Rect>(CELL);

  constructor(obstacles: readonly Obstacle[], edges: readonly (readonly Point[])[]) {
    for (const o of obstacles) this.bodies.add(shapeBounds(o.shape), o);
    // Long segments are cut into pieces about a cell long, so each sits in the few cells it crosses.
    edges.forEach((line, edge) => {
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1] as Point, line[i] as Point];
        const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / CELL));
        for (let k = 0; k < n; k++) {
          const at = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          const piece: Piece = { edge, line: [at(k / n), at((k + 1) / n)] };
          this.segments.add(segmentBounds(...piece.line), piece);
        }
      }
    });
  }

  /** The best free spot for the block, now taken; null when none is free within reach. */
  place(block: LabelBlock): PlacedLabel | null {
    const candidates = block.kind === 'section' ? sectionCandidates(block) : nodeCandidates(block);
    let best: { candidate: Candidate; cost: number } | null = null;
    for (const candidate of candidates) {
      const sides = block.kind === 'section' ? TITLE_SIDE_COST : SIDE_COST;
      const ringCost = candidate.ring * RING_COST + sides[candidate.side];
      if (best && ringCost >= best.cost) continue;
      if (this.blocked(block, candidate.rect)) continue;
      const crossed = new Set<number>();
      for (const piece of this.segments.near(candidate.rect))
        if (!crossed.has(piece.edge) && polylineCrossesRect(piece.line, candidate.rect))
          crossed.add(piece.edge);
      const crossings = crossed.size;
      const edgeCost = Math.min(EDGE_CAP[block.kind], crossings * EDGE_COST[block.kind]);
      const cost = ringCost + edgeCost + this.ambiguity(block, candidate.rect);
      if (!best || cost < best.cost) best = { candidate, cost };
    }
    if (!best) return null;
    const { rect, side, ring } = best.candidate;
    const leader = block.kind === 'node' && ring >= LEADER_RING ? leaderLine(block.owner, rect) : null;
    this.labels.add(rect, rect);
    return { id: block.id, rect, side, leader };
  }

  /** A name as near another node as its own may be read as that node's: each such neighbour costs. */
  private ambiguity(block: LabelBlock, rect: Rect): number {
    if (block.kind !== 'node') return 0;
    const near = grow(rect, NEIGHBOUR);
    let cost = 0;
    for (const o of this.bodies.near(near))
      if (o.id !== block.id && !o.area && shapeOverlapsRect(o.shape, near, 0)) cost += NEIGHBOUR_COST;
    return cost;
  }

  private blocked(block: LabelBlock, rect: Rect): boolean {
    const clear = grow(rect, CLEAR);
    for (const r of this.labels.near(clear)) if (rectsOverlap(r, clear, 0)) return true;
    for (const o of this.bodies.near(clear))
      if (o.id !== block.id && shapeOverlapsRect(o.shape, clear, 0)) return true;
    return false;
  }
}

/** Places the blocks in the order given (most important first). */
export function placeLabels(
  blocks: readonly LabelBlock[],
  obstacles: readonly Obstacle[],
  edges: readonly (readonly Point[])[],
): Placement {
  const board = new LabelBoard(obstacles, edges);
  const placed = new Map<string, PlacedLabel>();
  const dropped: string[] = [];
  for (const block of blocks) {
    const spot = board.place(block);
    if (spot) placed.set(block.id, spot);
    else dropped.push(block.id);
  }
  return { placed, dropped };
}
