import { describe, expect, it } from 'vitest';
import { BAND_MARGIN, BAND_STEP, drawnBand, sameBand } from './drawn-band.ts';

describe('the band of a scrolled drawing kept in the page', () => {
  it('covers the viewport with a margin on both sides', () => {
    for (const [top, height] of [
      [0, 900],
      [1234, 700],
      [10_000, 900],
      [299, 1],
    ] as const) {
      const band = drawnBand(top, height);
      expect(band.top).toBeLessThanOrEqual(Math.max(0, top - BAND_MARGIN));
      expect(band.top + band.height).toBeGreaterThanOrEqual(top + height + BAND_MARGIN);
    }
  });

  it('starts at the top of the drawing, never above it', () => {
    expect(drawnBand(0, 900).top).toBe(0);
    expect(drawnBand(-40, 900).top).toBe(0);
  });

  it('stays the same within a step and moves by steps', () => {
    const a = drawnBand(BAND_STEP * 4 + 1, 900);
    const b = drawnBand(BAND_STEP * 5 - 1, 900);
    expect(sameBand(a, b)).toBe(true);
    const c = drawnBand(BAND_STEP * 5 + 1, 900);
    expect(c.top - a.top).toBe(BAND_STEP);
  });
});
