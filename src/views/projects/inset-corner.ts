// Where the corridor map's inset may go: a corner whose box no route line crosses, so the inset never
// hides a line (a line that vanishes under a box reads as a line that ends there). Pure.

/** A box on screen, by its edges. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type Segment = readonly [readonly [number, number], readonly [number, number]];

/** Whether the segment runs through the box, an end inside it included (Liang–Barsky clipping). */
export function segmentCrossesBox([[ax, ay], [bx, by]]: Segment, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, ax - box.x0],
    [dx, box.x1 - ax],
    [-dy, ay - box.y0],
    [dy, box.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return false;
  }
  return true;
}

/** The corners no segment crosses, in the order given. */
export function clearCorners<T extends Box>(corners: readonly T[], segments: readonly Segment[]): T[] {
  return corners.filter((box) => !segments.some((s) => segmentCrossesBox(s, box)));
}
