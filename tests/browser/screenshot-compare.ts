// A tolerant comparison of two screenshots: both cut into square blocks (8×8 px), each block reduced to
// its mean colour, and the pictures differ when more than a small share of blocks differ in mean colour
// by more than a threshold. Anti-aliasing and the font rasteriser move a glyph's grey edge pixels but
// hardly its block's mean; a panel, a row or a mark moved by 4 px or more, or a colour changed, moves
// whole blocks' means a long way. Pure (no file system, no browser), so a unit test holds it:
// tests/unit/screenshot-compare.test.ts. The PNGs are read and written by tests/support/png.ts.
import { decodePng, encodePng, type Pixels } from '../support/png.ts';

export { decodePng, encodePng, type Pixels };

export interface CompareOptions {
  /** Side of a block, in pixels. */
  readonly block?: number;
  /** A block differs when one of its mean channels (0–255) differs by more than this. */
  readonly threshold?: number;
  /** The pictures match while at most this share of blocks differs (0–1). */
  readonly maxShare?: number;
}

/** Measured on the seed's views at 1440×900 (20,340 blocks; tests/browser/screenshot-match.ts says how):
 *  a run against itself differs in no block; Chromium with subpixel glyph positioning and LCD text off (a
 *  stand-in for another rasteriser) in at most 2 blocks over 32 levels. Moved by 4 px, one matrix row
 *  label differs in 8–12 blocks, a table row in 32, a matrix row (label and marks) in 70–114, a panel in
 *  62 or more, and a role chip recoloured in 15. So: a block differs beyond 32 levels, and more than
 *  0.03 % of blocks (6 at 1440×900) differing fails. */
export const DEFAULT_COMPARE: Required<CompareOptions> = { block: 8, threshold: 32, maxShare: 0.0003 };

export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Comparison {
  readonly match: boolean;
  /** False when the pictures' sizes differ; then nothing else was compared. */
  readonly sameSize: boolean;
  readonly blocks: number;
  readonly differing: number;
  /** differing / blocks. */
  readonly share: number;
  /** The largest mean-channel difference of any block. */
  readonly worst: number;
  /** The first differing block in reading order, in pixels. */
  readonly first: Region | null;
  /** The box around every differing block, in pixels. */
  readonly bounds: Region | null;
  /** One flag per block, row after row (columns = ceil(width / block)). */
  readonly mask: Uint8Array;
  readonly columns: number;
  readonly rows: number;
}

/** Mean R, G, B of every block, alpha folded onto white (a transparent pixel reads as the white page). */
function blockMeans(p: Pixels, block: number, columns: number, rows: number): Float64Array {
  const sums = new Float64Array(columns * rows * 3);
  const counts = new Float64Array(columns * rows);
  const data = p.data;
  for (let y = 0; y < p.height; y++) {
    const row = Math.floor(y / block) * columns;
    for (let x = 0; x < p.width; x++) {
      const at = (y * p.width + x) * 4;
      const cell = row + Math.floor(x / block);
      const alpha = data[at + 3]! / 255;
      const white = 255 * (1 - alpha);
      const k = cell * 3;
      sums[k] = sums[k]! + data[at]! * alpha + white;
      sums[k + 1] = sums[k + 1]! + data[at + 1]! * alpha + white;
      sums[k + 2] = sums[k + 2]! + data[at + 2]! * alpha + white;
      counts[cell] = counts[cell]! + 1;
    }
  }
  for (let cell = 0; cell < counts.length; cell++) {
    for (let c = 0; c < 3; c++) sums[cell * 3 + c]! /= counts[cell] || 1;
  }
  return sums;
}

export function compareImages(actual: Pixels, reference: Pixels, options: CompareOptions = {}): Comparison {
  const { block, threshold, maxShare } = { ...DEFAULT_COMPARE, ...options };
  const sameSize = actual.width === reference.width && actual.height === reference.height;
  const columns = Math.ceil(reference.width / block);
  const rows = Math.ceil(reference.height / block);
  const blocks = columns * rows;
  const mask = new Uint8Array(blocks);
  if (!sameSize) {
    return {
      match: false,
      sameSize,
      blocks,
      differing: blocks,
      share: 1,
      worst: 255,
      first: null,
      bounds: null,
      mask,
      columns,
      rows,
    };
  }
  const a = blockMeans(actual, block, columns, rows);
  const b = blockMeans(reference, block, columns, rows);
  let differing = 0;
  let worst = 0;
  let first: Region | null = null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let cell = 0; cell < blocks; cell++) {
    let diff = 0;
    for (let c = 0; c < 3; c++)
      diff = Math.max(diff, Math.abs((a[cell * 3 + c] ?? 0) - (b[cell * 3 + c] ?? 0)));
    worst = Math.max(worst, diff);
    if (diff <= threshold) continue;
    mask[cell] = 1;
    differing++;
    const x = (cell % columns) * block;
    const y = Math.floor(cell / columns) * block;
    first ??= {
      x,
      y,
      width: Math.min(block, reference.width - x),
      height: Math.min(block, reference.height - y),
    };
    [left, top] = [Math.min(left, x), Math.min(top, y)];
    [right, bottom] = [
      Math.max(right, Math.min(x + block, reference.width)),
      Math.max(bottom, Math.min(y + block, reference.height)),
    ];
  }
  const share = differing / blocks;
  const bounds = differing ? { x: left, y: top, width: right - left, height: bottom - top } : null;
  return {
    match: share <= maxShare,
    sameSize,
    blocks,
    differing,
    share,
    worst,
    first,
    bounds,
    mask,
    columns,
    rows,
  };
}

/** One line for a failure message: what differs, how much, and where. */
export function describeComparison(
  view: string,
  result: Comparison,
  actual: Pixels,
  reference: Pixels,
): string {
  if (!result.sameSize) {
    return `${view}: the screenshot is ${actual.width}×${actual.height} px, the reference ${reference.width}×${reference.height} px.`;
  }
  const at = (r: Region | null) => (r ? `${r.width}×${r.height} px at (${r.x}, ${r.y})` : 'none');
  return (
    `${view}: ${(result.share * 100).toFixed(2)} % of blocks differ (${result.differing} of ${result.blocks}; ` +
    `largest mean-colour difference ${result.worst.toFixed(0)}); first differing block ${at(result.first)}, ` +
    `all of them within ${at(result.bounds)}.`
  );
}

/** The reference faded to grey with the differing blocks painted red over it: where to look. */
export function diffImage(
  result: Comparison,
  reference: Pixels,
  actual: Pixels,
  block = DEFAULT_COMPARE.block,
): Pixels {
  const { width, height } = actual;
  const source = result.sameSize ? reference : actual;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const flagged =
        result.sameSize && result.mask[Math.floor(y / block) * result.columns + Math.floor(x / block)] === 1;
      if (flagged) {
        // Red, darker where the screenshot has ink, so its content still shows through.
        const ink = Math.round(
          (120 * (actual.data[at]! + actual.data[at + 1]! + actual.data[at + 2]!)) / 765,
        );
        [data[at], data[at + 1], data[at + 2]] = [255, ink, ink];
      } else {
        const grey =
          (source.data[at]! * 0.3 + source.data[at + 1]! * 0.59 + source.data[at + 2]! * 0.11) / 255;
        const faded = Math.round(255 - (1 - grey) * 80);
        [data[at], data[at + 1], data[at + 2]] = [faded, faded, faded];
      }
      data[at + 3] = 255;
    }
  }
  return { width, height, data };
}
