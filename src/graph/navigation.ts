// Keyboard navigation of the graph: an arrow key moves to the nearest node in its direction, as
// a remote control moves between tiles, so the reader can walk the picture without a mouse.
import type { GraphData } from './network.ts';
import type { Point, Positions } from './positions.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** The candidate nearest `from` within 60° either side of `direction`, sideways distance counting
 *  double so that the node straight ahead wins over a closer one off to the side; null if none. */
export function nearestInDirection(
  positions: Positions,
  from: string,
  direction: Direction,
  candidates: Iterable<string>,
): string | null {
  const origin = positions.get(from);
  if (!origin) return null;
  const axis = AXIS[direction];
  let best: { id: string; score: number } | null = null;
  for (const id of candidates) {
    const p = positions.get(id);
    if (id === from || !p) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const ahead = dx * axis.x + dy * axis.y;
    const side = Math.abs(dx * axis.y - dy * axis.x);
    if (ahead <= 0 || side > ahead * Math.tan(Math.PI / 3)) continue;
    const score = ahead + 2 * side;
    if (!best || score < best.score || (score === best.score && id < best.id)) best = { id, score };
  }
  return best?.id ?? null;
}

/** Where keyboard navigation starts when nothing is selected: the node nearest the top left. */
export function firstNode(positions: Positions, candidates: Iterable<string>): string | null {
  let best: { id: string; score: number } | null = null;
  for (const id of candidates) {
    const p = positions.get(id);
    if (!p) continue;
    const score = p.y + p.x * 0.5;
    if (!best || score < best.score) best = { id, score };
  }
  return best?.id ?? null;
}

/** The agencies drawn, heaviest load first (then most items led, then as the graph lists them): the
 *  order Tab walks them in, so the keyboard meets first the agencies a reader most wants to check. */
export function agenciesByLoad(graph: GraphData, visible: ReadonlySet<string> | null): string[] {
  const agencies = graph.nodes.filter((n) => n.kind === 'agency' && (!visible || visible.has(n.id)));
  const place = new Map(agencies.map((n, i) => [n.id, i]));
  return agencies
    .sort(
      (a, b) =>
        (b.load ?? 0) - (a.load ?? 0) ||
        (b.led ?? 0) - (a.led ?? 0) ||
        (place.get(a.id) ?? 0) - (place.get(b.id) ?? 0),
    )
    .map((n) => n.id);
}

/** The agency after `from` in `order` (`step` 1) or before it (-1); going forward from none (or from
 *  one no longer drawn), the first. Null past either end, and back from none: the keyboard leaves. */
export function stepThrough(order: readonly string[], from: string | null, step: 1 | -1): string | null {
  const at = from === null ? -1 : order.indexOf(from);
  if (at < 0) return step === 1 ? (order[0] ?? null) : null;
  return order[at + step] ?? null;
}
