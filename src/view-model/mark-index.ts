// Finds the marks of a large scene that fall in a window, so a canvas redraws (or an SVG holds) only
// what is on screen while scrolling: marks are kept in horizontal bands by where they sit. Pure.
// Built in the task that opens a view over tens of thousands of marks, so it keeps to numbers: mark
// indices in the bands, boxes in one typed array, and text boxed by an upper bound of its width.
import type { SceneMark } from '../graph/scene.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A band this tall holds a handful of matrix rows: few enough marks to scan, few enough bands to visit. */
const BAND = 96;

export interface MarkIndex {
  readonly marks: readonly SceneMark[];
  /** Each mark's box as x, y, width, height (four numbers a mark); x is NaN for a mark without one. */
  readonly boxes: Float64Array;
  /** The indices of the marks meeting each band, in scene order. */
  readonly bands: ReadonlyMap<number, readonly number[]>;
  /** Marks without a simple box (paths: grids, rules): drawn whenever their layer is. */
  readonly always: readonly number[];
}

/** The box a mark covers, or null when it is not worth computing (paths). Text is boxed generously:
 *  no character is wider than an em, and anchor and baseline move it by at most its width or height. */
export function markBox(mark: SceneMark): Box | null {
  switch (mark.type) {
    case 'rect':
      return { x: mark.x, y: mark.y, width: mark.width, height: mark.height };
    case 'circle':
      return { x: mark.cx - mark.r, y: mark.cy - mark.r, width: 2 * mark.r, height: 2 * mark.r };
    case 'path':
      return null;
    case 'text': {
      const w = mark.text.length * mark.size + 2;
      const h = mark.size * 1.4;
      if (mark.rotate) return { x: mark.x - h, y: mark.y - w, width: 2 * h, height: 2 * w };
      return { x: mark.x - w, y: mark.y - h, width: 2 * w, height: 2 * h };
    }
  }
}

export function indexMarks(marks: readonly SceneMark[]): MarkIndex {
  const boxes = new Float64Array(marks.length * 4);
  const bands = new Map<number, number[]>();
  const always: number[] = [];
  marks.forEach((mark, i) => {
    const box = markBox(mark);
    if (!box) {
      boxes[4 * i] = NaN;
      always.push(i);
      return;
    }
    boxes[4 * i] = box.x;
    boxes[4 * i + 1] = box.y;
    boxes[4 * i + 2] = box.width;
    boxes[4 * i + 3] = box.height;
    // A mark taller than a band is filed under every band it crosses; marksIn returns it once.
    for (let b = Math.floor(box.y / BAND); b <= Math.floor((box.y + box.height) / BAND); b++) {
      const list = bands.get(b);
      if (list) list.push(i);
      else bands.set(b, [i]);
    }
  });
  return { marks, boxes, bands, always };
}

/** The marks meeting the window, each once, in scene order. */
export function marksIn(index: MarkIndex, view: Box): SceneMark[] {
  const { boxes } = index;
  const found: number[] = [...index.always];
  const right = view.x + view.width;
  const bottom = view.y + view.height;
  for (let b = Math.floor(view.y / BAND); b <= Math.floor(bottom / BAND); b++) {
    for (const i of index.bands.get(b) ?? []) {
      const x = boxes[4 * i] as number;
      const y = boxes[4 * i + 1] as number;
      if (x > right || x + (boxes[4 * i + 2] as number) < view.x) continue;
      if (y > bottom || y + (boxes[4 * i + 3] as number) < view.y) continue;
      found.push(i);
    }
  }
  found.sort((a, b) => a - b);
  const marks: SceneMark[] = [];
  for (let k = 0; k < found.length; k++)
    if (k === 0 || found[k] !== found[k - 1]) marks.push(index.marks[found[k] as number] as SceneMark);
  return marks;
}
