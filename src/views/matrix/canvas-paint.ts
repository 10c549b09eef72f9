// Draws scene marks on a 2D canvas: the large-workspace path, where thousands of SVG elements would make
// the matrix slow to open and to scroll. Same marks, same styles as the SVG, so both look alike.
import { FONT_FAMILY, INK } from '../../graph/appearance.ts';
import type { SceneMark } from '../../graph/scene.ts';
import type { LayeredScene } from '../../graph/scenes/layered-scene.ts';
import { indexMarks, marksIn, type MarkIndex } from '../../view-model/mark-index.ts';

const BASELINE: Record<string, CanvasTextBaseline> = {
  top: 'top',
  middle: 'middle',
  bottom: 'bottom',
  alphabetic: 'alphabetic',
};
const ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };

/** Path2D objects parsed once per path string: grids are long and drawn on every frame. */
const paths = new WeakMap<SceneMark, Path2D>();

function shape(ctx: CanvasRenderingContext2D, mark: SceneMark): void {
  if (mark.type === 'text') return;
  ctx.globalAlpha = mark.opacity ?? 1;
  let path: Path2D;
  if (mark.type === 'path') {
    path = paths.get(mark) ?? new Path2D(mark.d);
    paths.set(mark, path);
  } else {
    path = new Path2D();
    if (mark.type === 'rect') path.rect(mark.x, mark.y, mark.width, mark.height);
    else path.arc(mark.cx, mark.cy, mark.r, 0, 2 * Math.PI);
  }
  if (mark.fill && mark.fill !== 'none') {
    ctx.fillStyle = mark.fill;
    ctx.fill(path);
  }
  if (mark.stroke) {
    ctx.strokeStyle = mark.stroke;
    ctx.lineWidth = mark.strokeWidth ?? 1;
    ctx.setLineDash(mark.dash ? [...mark.dash] : []);
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}

export function paintMark(ctx: CanvasRenderingContext2D, mark: SceneMark): void {
  if (mark.type !== 'text') return shape(ctx, mark);
  ctx.font = `${mark.weight ?? 400} ${mark.size}px ${FONT_FAMILY}`;
  ctx.fillStyle = mark.fill ?? INK;
  ctx.textAlign = ALIGN[mark.anchor ?? 'start'] ?? 'left';
  ctx.textBaseline = BASELINE[mark.baseline ?? 'alphabetic'] ?? 'alphabetic';
  if (!mark.rotate) return ctx.fillText(mark.text, mark.x, mark.y);
  ctx.save();
  ctx.translate(mark.x, mark.y);
  ctx.rotate((mark.rotate * Math.PI) / 180);
  ctx.fillText(mark.text, 0, 0);
  ctx.restore();
}

export interface LayerIndexes {
  readonly corner: MarkIndex;
  readonly columnHeads: MarkIndex;
  readonly rowHeads: MarkIndex;
  readonly body: MarkIndex;
}

export function indexLayers(scene: LayeredScene): LayerIndexes {
  return {
    corner: indexMarks(scene.layers.corner),
    columnHeads: indexMarks(scene.layers.columnHeads),
    rowHeads: indexMarks(scene.layers.rowHeads),
    body: indexMarks(scene.layers.body),
  };
}

export interface Viewport {
  /** How far the matrix is scrolled, CSS pixels. */
  readonly scrollX: number;
  readonly scrollY: number;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

/** One layer, clipped to its place on screen and shifted by the scroll it follows. */
function paintLayer(
  ctx: CanvasRenderingContext2D,
  index: MarkIndex,
  clip: [number, number, number, number],
  shiftX: number,
  shiftY: number,
): void {
  const [x, y, width, height] = clip;
  if (width <= 0 || height <= 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, width, height);
  ctx.clip();
  ctx.translate(-shiftX, -shiftY);
  for (const mark of marksIn(index, { x: x + shiftX, y: y + shiftY, width, height })) paintMark(ctx, mark);
  ctx.restore();
}

/** The matrix as it shows in a scrolled window: body under the sticky heads, heads under the corner. */
export function paintLayered(
  ctx: CanvasRenderingContext2D,
  scene: LayeredScene,
  indexes: LayerIndexes,
  view: Viewport,
): void {
  const { left, top } = scene.frame;
  const { scrollX: sx, scrollY: sy, width, height } = view;
  ctx.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  ctx.fillStyle = scene.background ?? '#ffffff';
  ctx.fillRect(0, 0, width, height);
  paintLayer(ctx, indexes.body, [left, top, width - left, height - top], sx, sy);
  paintLayer(ctx, indexes.rowHeads, [0, top, left, height - top], 0, sy);
  paintLayer(ctx, indexes.columnHeads, [left, 0, width - left, top], sx, 0);
  paintLayer(ctx, indexes.corner, [0, 0, left, top], 0, 0);
}
