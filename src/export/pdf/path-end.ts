// Where a path ends and which way it is heading there, read from its data: an arrowhead is drawn
// at that point along that direction.
export interface PathEnd {
  readonly x: number;
  readonly y: number;
  /** Unit direction of travel at the end. */
  readonly dx: number;
  readonly dy: number;
}

/** The last two distinct points of a path of absolute M, L, H, V, Q and C commands. */
export function pathEnd(d: string): PathEnd | null {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const points: [number, number][] = [];
  let command = '';
  let numbers: number[] = [];
  let x = 0;
  let y = 0;
  const flush = () => {
    const c = command.toUpperCase();
    const step = c === 'H' || c === 'V' ? 1 : c === 'A' ? 7 : 2;
    for (let i = 0; i + step <= numbers.length; i += step) {
      const group = numbers.slice(i, i + step);
      if (c === 'H') x = group[0] as number;
      else if (c === 'V') y = group[0] as number;
      else if (c === 'A') [x, y] = [group[5] as number, group[6] as number];
      else [x, y] = [group[0] as number, group[1] as number];
      points.push([x, y]);
    }
    numbers = [];
  };
  for (const token of tokens) {
    if (/[a-zA-Z]/.test(token)) {
      flush();
      command = token;
    } else {
      numbers.push(Number(token));
    }
  }
  flush();
  const end = points[points.length - 1];
  if (!end) return null;
  for (let i = points.length - 2; i >= 0; i--) {
    const [px, py] = points[i] as [number, number];
    const length = Math.hypot(end[0] - px, end[1] - py);
    if (length > 1e-6)
      return { x: end[0], y: end[1], dx: (end[0] - px) / length, dy: (end[1] - py) / length };
  }
  return null;
}

/** The arrowhead's size for a line of this width: visible on hairlines, not a blot on thick links. */
export function arrowLength(strokeWidth: number): number {
  return 5 + 2.2 * strokeWidth;
}
