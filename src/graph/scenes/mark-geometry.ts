// Plain geometry on scene marks, for placing labels and counting what overlaps: the box a text mark
// covers (by the same width estimate the layouts use), the shape a node mark covers, edge paths as
// polylines, and an edge path cut where it would run under a box.
import { LINE_HEIGHT, textWidth } from '../label-text.ts';
import type { Mark, TextMark } from '../scene.ts';

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** What a node covers: a disc (agencies) or a box (tasks, sections, project diamonds' bounds). */
export type Shape =
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number }
  | { readonly kind: 'rect'; readonly rect: Rect };

export type Point = readonly [number, number];

export function rect(x: number, y: number, width: number, height: number): Rect {
  return { x0: x, y0: y, x1: x + width, y1: y + height };
}

export function grow(r: Rect, by: number): Rect {
  return { x0: r.x0 - by, y0: r.y0 - by, x1: r.x1 + by, y1: r.y1 + by };
}

export function union(a: Rect, b: Rect): Rect {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

/** Whether two boxes share more than a sliver: boxes that merely touch do not overlap. */
export function rectsOverlap(a: Rect, b: Rect, tolerance = 0.5): boolean {
  return (
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance
  );
}

export function shapeOverlapsRect(shape: Shape, r: Rect, tolerance = 0.5): boolean {
  if (shape.kind === 'rect') return rectsOverlap(shape.rect, r, tolerance);
  // The nearest point of the box to the disc's centre.
  const nx = Math.max(r.x0, Math.min(shape.cx, r.x1));
  const ny = Math.max(r.y0, Math.min(shape.cy, r.y1));
  return Math.hypot(nx - shape.cx, ny - shape.cy) < shape.r - tolerance;
}

export function shapeBounds(shape: Shape): Rect {
  if (shape.kind === 'rect') return shape.rect;
  const { cx, cy, r } = shape;
  return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
}

/** The box a text mark's glyphs cover: its estimated width, one line's height, aligned as drawn. */
export function textBox(mark: TextMark): Rect {
  const width = textWidth(mark.text, mark.size);
  const height = mark.size * LINE_HEIGHT;
  const x0 = mark.anchor === 'middle' ? mark.x - width / 2 : mark.anchor === 'end' ? mark.x - width : mark.x;
  const baseline = mark.baseline ?? 'alphabetic';
  const y0 =
    baseline === 'top'
      ? mark.y
      : baseline === 'middle'
        ? mark.y - height / 2
        : baseline === 'bottom'
          ? mark.y - height
          : mark.y - mark.size * 0.95;
  return { x0, y0, x1: x0 + width, y1: y0 + height };
}

/** The shape a node's mark covers, or null for a mark that is not a node body (a path with no fill). */
export function markShape(mark: Mark): Shape | null {
  if (mark.type === 'circle') return { kind: 'circle', cx: mark.cx, cy: mark.cy, r: mark.r };
  if (mark.type === 'rect') return { kind: 'rect', rect: rect(mark.x, mark.y, mark.width, mark.height) };
  if (mark.type === 'path' && mark.fill) {
    const points = polylines(mark.d).flat();
    if (points.length === 0) return null;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return {
      kind: 'rect',
      rect: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
    };
  }
  return null;
}

const TOKENS = /[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g;
/** Pieces a quadratic curve is cut into when it is read as a polyline. */
const CURVE_STEPS = 16;

function quadAt(p0: Point, c: Point, p1: Point, t: number): Point {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]];
}

/** The sub-paths of absolute M, L, H, V, Q, Z path data as polylines (curves sampled finely). */
export function polylines(d: string): Point[][] {
  const tokens = d.match(TOKENS) ?? [];
  const lines: Point[][] = [];
  let current: Point[] = [];
  let at: Point = [0, 0];
  let command = '';
  const numbers: number[] = [];
  const take = (n: number) => numbers.splice(0, n);
  const flush = () => {
    for (;;) {
      if (command === 'M' && numbers.length >= 2) {
        const [x, y] = take(2) as [number, number];
        if (current.length > 1) lines.push(current);
        current = [[x, y]];
        at = [x, y];
        command = 'L'; // Further pairs after M are lines.
      } else if (command === 'L' && numbers.length >= 2) {
        const [x, y] = take(2) as [number, number];
        at = [x, y];
        current.push(at);
      } else if (command === 'H' && numbers.length >= 1) {
        at = [take(1)[0] as number, at[1]];
        current.push(at);
      } else if (command === 'V' && numbers.length >= 1) {
        at = [at[0], take(1)[0] as number];
        current.push(at);
      } else if (command === 'Q' && numbers.length >= 4) {
        const [cx, cy, x, y] = take(4) as [number, number, number, number];
        const from = at;
        for (let i = 1; i <= CURVE_STEPS; i++) current.push(quadAt(from, [cx, cy], [x, y], i / CURVE_STEPS));
        at = [x, y];
      } else break;
    }
    numbers.length = 0;
  };
  for (const token of tokens) {
    if (/[a-zA-Z]/.test(token)) {
      flush();
      command = token.toUpperCase();
      if (command === 'Z' && current.length > 0) {
        current.push(current[0] as Point);
        at = current[0] as Point;
      }
    } else numbers.push(Number(token));
  }
  flush();
  if (current.length > 1) lines.push(current);
  return lines;
}

/** The part [t0, t1] of segment a→b that lies inside the box (Liang–Barsky), or null. */
function segmentInside(a: Point, b: Point, r: Rect): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a[0] - r.x0],
    [dx, r.x1 - a[0]],
    [-dy, a[1] - r.y0],
    [dy, r.y1 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/** Whether a polyline runs through the box (more than grazing its border). */
export function polylineCrossesRect(line: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const inside = segmentInside(a, b, r);
    if (inside && Math.hypot(b[0] - a[0], b[1] - a[1]) * (inside[1] - inside[0]) > 0.5) return true;
  }
  return false;
}

export function pathCrossesRect(d: string, r: Rect): boolean {
  return polylines(d).some((line) => polylineCrossesRect(line, r));
}

const f = (n: number) => Math.round(n * 10) / 10;

/** The path with the stretches that run under any of the boxes taken out: an edge passes beneath a
 *  label rather than through its letters. Null when nothing is left; the data itself when no box is
 *  touched. Curves come back as polylines, only when they are cut. */
export function clipPath(d: string, boxes: readonly Rect[]): string | null {
  if (boxes.length === 0) return d;
  const lines = polylines(d);
  if (!lines.some((line) => boxes.some((b) => polylineCrossesRect(line, b)))) return d;
  const pieces: Point[][] = [];
  for (const line of lines) {
    let piece: Point[] = [line[0] as Point];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Point;
      const b = line[i] as Point;
      // The stretches of a→b inside some box, merged, as parameter intervals.
      const cuts = boxes
        .map((box) => segmentInside(a, b, box))
        .filter((c): c is [number, number] => c !== null && c[1] - c[0] > 1e-9)
        .sort((p, q) => p[0] - q[0]);
      const at = (t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      let t = 0;
      for (const [c0, c1] of cuts) {
        if (c1 <= t) continue;
        if (c0 > t) piece.push(at(c0));
        if (piece.length > 1) pieces.push(piece);
        t = Math.max(t, c1);
        piece = [at(t)];
      }
      if (t < 1) piece.push(b);
    }
    if (piece.length > 1) pieces.push(piece);
  }
  const kept = pieces.filter((p) => {
    const [a, b] = [p[0] as Point, p[p.length - 1] as Point];
    return p.length > 2 || Math.hypot(b[0] - a[0], b[1] - a[1]) > 0.5;
  });
  if (kept.length === 0) return null;
  return kept.map((p) => p.map((q, i) => `${i === 0 ? 'M' : 'L'} ${f(q[0])} ${f(q[1])}`).join(' ')).join(' ');
}
