// The PNG's pixel size: the scale asked for, unless the canvas limits say less.
import { describe, expect, it } from 'vitest';
import { MAX_PIXELS, MAX_SIDE, pngSize } from './svg-to-png.ts';

describe('pngSize', () => {
  it('multiplies by the scale when the result fits', () => {
    expect(pngSize(1200, 800, 2)).toEqual({ width: 2400, height: 1600, scale: 2 });
    expect(pngSize(1200, 800, 1)).toEqual({ width: 1200, height: 800, scale: 1 });
  });

  it('lowers the scale for a drawing too large to hold at 4×', () => {
    const size = pngSize(4000, 3000, 4);
    expect(size.scale).toBeLessThan(4);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect(size.width / size.height).toBeCloseTo(4000 / 3000, 2);
  });

  it('keeps each side under the canvas limit for a long, thin drawing', () => {
    const size = pngSize(20_000, 300, 2);
    expect(size.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(size.height).toBeGreaterThan(0);
  });
});
