// Keyboard navigation of the selection: an arrow key moves to the nearest node in its direction, as
// a remote control moves between tiles, so the reader can walk the picture without a mouse.
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
