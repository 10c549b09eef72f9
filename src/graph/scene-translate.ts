// Moving marks: a scene placed inside a larger one (a diagram under its title, a legend beside a
// graph). Path data is rewritten command by command, so H, V and arcs move as well as pairs.
import type { SceneMark } from './scene.ts';

const round = (n: number) => String(Math.round(n * 100) / 100);

/** Which arguments of an absolute command are x (1), y (2) or left alone (0), repeating per group. */
const ARGUMENTS: Record<string, readonly number[]> = {
  M: [1, 2],
  L: [1, 2],
  T: [1, 2],
  H: [1],
  V: [2],
  C: [1, 2, 1, 2, 1, 2],
  S: [1, 2, 1, 2],
  Q: [1, 2, 1, 2],
  A: [0, 0, 0, 0, 0, 1, 2],
  Z: [],
};

/** Path data moved by (dx, dy): absolute commands' coordinates shift, relative ones stay, except a
 *  leading `m`, whose first pair is absolute by the SVG rules. */
export function translatePath(d: string, dx: number, dy: number): string {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const out: string[] = [];
  let command = '';
  let index = 0;
  let first = true;
  for (const token of tokens) {
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      index = 0;
      out.push(token);
      continue;
    }
    const upper = command.toUpperCase();
    const absolute = command === upper || (command === 'm' && first && index < 2);
    const roles = ARGUMENTS[upper] ?? [];
    const role = roles.length > 0 ? roles[index % roles.length] : 0;
    const value = Number(token);
    out.push(round(absolute && role === 1 ? value + dx : absolute && role === 2 ? value + dy : value));
    index += 1;
    if (index >= 2) first = false;
  }
  return out.join(' ');
}

export function translateMark(mark: SceneMark, dx: number, dy: number): SceneMark {
  switch (mark.type) {
    case 'rect':
      return { ...mark, x: mark.x + dx, y: mark.y + dy };
    case 'circle':
      return { ...mark, cx: mark.cx + dx, cy: mark.cy + dy };
    case 'text':
      return { ...mark, x: mark.x + dx, y: mark.y + dy };
    case 'path':
      return { ...mark, d: translatePath(mark.d, dx, dy) };
  }
}
