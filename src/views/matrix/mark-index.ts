// Finds the marks of a large scene that fall in a window, so a canvas redraws only what is on screen
// while scrolling: marks are kept in horizontal bands by where they sit. Pure.
import type { SceneMark } from '../../graph/scene.ts';
import { textWidth } from '../../graph/scenes/text-fit.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A band this tall holds a handful of matrix rows: few enough marks to scan, few enough bands to visit. */
const BAND = 96;

export interface MarkIndex {
  readonly bands: ReadonlyMap<number, readonly SceneMark[]>;
  /** Marks without a simple box (paths: grids, rules): drawn whenever their layer is. */
  readonly always: readonly SceneMark[];
  /** Each mark's place in the scene: marks are drawn in that order, so overlaps look as in SVG. */
  readonly order: ReadonlyMap<SceneMark, number>;
}

/** The box a mark covers, or null when it is not worth computing (paths). */
export function markBox(mark: SceneMark): Box | null {
  switch (mark.type) {
    case 'rect':
      return { x: mark.x, y: mark.y, width: mark.width, height: mark.height };
    case 'circle':
      return { x: mark.cx - mark.r, y: mark.cy - mark.r, width: 2 * mark.r, height: 2 * mark.r };
    case 'path':
      return null;
    case 'text': {
      const w = textWidth(mark.text, mark.size) + 2;
      const h = mark.size * 1.4;
      // Generous on every side: anchor and baseline move the text by at most its width or height.
      if (mark.rotate) return { x: mark.x - h, y: mark.y - w, width: 2 * h, height: 2 * w };
      return { x: mark.x - w, y: mark.y - h, width: 2 * w, height: 2 * h };
    }
  }
}

export function indexMarks(marks: readonly SceneMark[]): MarkIndex {
  const bands = new Map<number, SceneMark[]>();
  const always: SceneMark[] = [];
  const order = new Map<SceneMark, number>();
  for (const mark of marks) {
    order.set(mark, order.size);
    const box = markBox(mark);
    if (!box) {
      always.push(mark);
      continue;
    }
    // A mark taller than a band is filed under every band it crosses; marksIn returns it once.
    for (let b = Math.floor(box.y / BAND); b <= Math.floor((box.y + box.height) / BAND); b++) {
      const list = bands.get(b);
      if (list) list.push(mark);
      else bands.set(b, [mark]);
    }
  }
  return { bands, always, order };
}

/** The marks meeting the window, each once, in scene order. */
export function marksIn(index: MarkIndex, view: Box): SceneMark[] {
  const seen = new Set<SceneMark>();
  const found: SceneMark[] = [...index.always];
  for (let b = Math.floor(view.y / BAND); b <= Math.floor((view.y + view.height) / BAND); b++) {
    for (const mark of index.bands.get(b) ?? []) {
      if (seen.has(mark)) continue;
      const box = markBox(mark) as Box;
      if (box.x > view.x + view.width || box.x + box.width < view.x) continue;
      if (box.y > view.y + view.height || box.y + box.height < view.y) continue;
      seen.add(mark);
      found.push(mark);
    }
  }
  return found.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}
