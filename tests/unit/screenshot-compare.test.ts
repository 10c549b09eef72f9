// The tolerant screenshot comparison the browser tests hold the main views to (tests/browser/
// screenshot-compare.ts): the same picture and a picture with anti-aliasing-like noise match; a row of
// text moved by 4 px, a swatch recoloured or another size do not, and the failure says where.
import { describe, expect, it } from 'vitest';
import {
  compareImages,
  decodePng,
  describeComparison,
  diffImage,
  encodePng,
  type Pixels,
} from '../browser/screenshot-compare.ts';

const [W, H] = [1440, 900];

interface Canvas extends Pixels {
  readonly data: Uint8Array;
}

function blank(): Canvas {
  return { width: W, height: H, data: new Uint8Array(W * H * 4).fill(255) };
}

function paint(c: Canvas, x: number, y: number, rgb: readonly [number, number, number]): void {
  if (x < 0 || y < 0 || x >= c.width || y >= c.height) return;
  const at = (y * c.width + x) * 4;
  [c.data[at], c.data[at + 1], c.data[at + 2]] = rgb;
}

/** A line of glyph-like strokes, 16 px high, its top left at (x, y). */
function textRow(c: Canvas, x: number, y: number, width: number): void {
  for (let dy = 0; dy < 16; dy++) {
    for (let dx = 0; dx < width; dx++) {
      if ((dx * 7 + dy * 13) % 11 < 4) paint(c, x + dx, y + dy, [30, 30, 30]);
    }
  }
}

function swatch(c: Canvas, x: number, y: number, size: number, rgb: readonly [number, number, number]): void {
  for (let dy = 0; dy < size; dy++) for (let dx = 0; dx < size; dx++) paint(c, x + dx, y + dy, rgb);
}

/** A page: a panel of text rows on the left, a legend swatch, a table of rows on the right. */
function page(options: { rowShift?: number; swatchColour?: [number, number, number] } = {}): Canvas {
  const c = blank();
  for (let row = 0; row < 30; row++) textRow(c, 24, 60 + row * 26, 520);
  swatch(c, 640, 40, 24, options.swatchColour ?? [213, 94, 0]);
  for (let row = 0; row < 20; row++) {
    textRow(c, 700, 120 + row * 36 + (row === 7 ? (options.rowShift ?? 0) : 0), 600);
  }
  return c;
}

/** A seeded generator, so the noise is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('compareImages', () => {
  it('matches a picture with itself', () => {
    const result = compareImages(page(), page());
    expect(result).toMatchObject({ match: true, sameSize: true, differing: 0, worst: 0, first: null });
    expect(result.blocks).toBe(180 * 113);
  });

  it('matches through anti-aliasing-like noise: every pixel jittered, glyph edges greyed', () => {
    const noisy = page();
    const next = random(17);
    for (let i = 0; i < noisy.data.length; i += 4) {
      // A stroke pixel's coverage changes by up to a third, any pixel by up to ±10 levels.
      const edge = (noisy.data[i] ?? 0) < 128 && next() < 0.3 ? 80 * next() : 0;
      for (let ch = 0; ch < 3; ch++) {
        const value = (noisy.data[i + ch] ?? 0) + edge + (next() - 0.5) * 20;
        noisy.data[i + ch] = Math.max(0, Math.min(255, Math.round(value)));
      }
    }
    const result = compareImages(noisy, page());
    expect(result.match).toBe(true);
    expect(result.differing).toBe(0);
  });

  it('fails when one row of text moves by 4 px, and says where', () => {
    const result = compareImages(page({ rowShift: 4 }), page());
    expect(result.match).toBe(false);
    expect(result.differing).toBeGreaterThan(20);
    // Row 7 of the table is drawn at y = 372 and moved to 376: the blocks from y = 368 to 400.
    expect(result.first).toEqual({ x: 704, y: 368, width: 8, height: 8 });
    expect(result.bounds).toMatchObject({ y: 368 });
    expect(result.bounds?.height).toBeLessThanOrEqual(32);
    const message = describeComparison('measures-table', result, page({ rowShift: 4 }), page());
    expect(message).toMatch(/^measures-table: \d+\.\d\d % of blocks differ \(\d+ of 20340; /);
    expect(message).toContain('first differing block 8×8 px at (704, 368)');
  });

  it('fails when a colour changes: the lead orange drawn blue', () => {
    const result = compareImages(page({ swatchColour: [0, 114, 178] }), page());
    expect(result.match).toBe(false);
    expect(result.first).toEqual({ x: 640, y: 40, width: 8, height: 8 });
    expect(result.differing).toBe(9);
  });

  it('fails when the sizes differ, and says so', () => {
    const small: Pixels = { width: 1280, height: 900, data: new Uint8Array(1280 * 900 * 4).fill(255) };
    const result = compareImages(small, page());
    expect(result).toMatchObject({ match: false, sameSize: false });
    expect(describeComparison('ranking', result, small, page())).toBe(
      'ranking: the screenshot is 1280×900 px, the reference 1440×900 px.',
    );
  });

  it('lets a looser share through when asked', () => {
    const result = compareImages(page({ swatchColour: [0, 114, 178] }), page(), { maxShare: 0.001 });
    expect(result.match).toBe(true);
  });
});

describe('the PNGs it reads and writes', () => {
  it('round-trips pixels through encodePng and decodePng, and paints the differing blocks red', () => {
    const [moved, reference] = [page({ rowShift: 4 }), page()];
    const result = compareImages(moved, reference);
    const diff = diffImage(result, reference, moved);
    const back = decodePng(encodePng(diff));
    expect([back.width, back.height]).toEqual([W, H]);
    // Compared as buffers: a deep equality of 5 million array elements takes half a minute.
    expect(Buffer.from(back.data).equals(Buffer.from(diff.data))).toBe(true);
    const at = (x: number, y: number) => Array.from(back.data.subarray((y * W + x) * 4, (y * W + x) * 4 + 4));
    expect(at(710, 372)[0]).toBe(255);
    expect(at(710, 372)[2]).toBeLessThan(130);
    // Elsewhere the reference, faded to grey.
    expect(at(10, 10)).toEqual([255, 255, 255, 255]);
  });
});
