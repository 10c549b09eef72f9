// The command line's PNGs: drawn at the scale asked for, on white or transparent, with every label in
// real glyphs. A missing glyph draws as the same box whatever the character, so two labels of the
// same length that differ only in their characters must come out as different pictures.
import { describe, expect, it } from 'vitest';
import { scenePng } from '../../../src/cli/scene-png.ts';
import type { Scene } from '../../../src/graph/scene.ts';
import { decodePng, inkShare, pixel } from './png-pixels.ts';

function label(text: string, weight: 400 | 600 = 400): Scene {
  return {
    width: 640,
    height: 40,
    background: '#ffffff',
    marks: [{ type: 'text', x: 10, y: 20, text, size: 14, weight, baseline: 'middle' }],
  };
}

async function picture(scene: Scene, scale = 1, transparent = false) {
  return decodePng(await scenePng(scene, { scale, transparent }));
}

function same(a: { data: Uint8Array }, b: { data: Uint8Array }): boolean {
  return a.data.length === b.data.length && a.data.every((v, i) => v === b.data[i]);
}

describe('scenePng', { timeout: 30_000 }, () => {
  it('draws Chinese labels in their own glyphs, at both weights', async () => {
    for (const weight of [400, 600] as const) {
      const a = await picture(label('自治区发展改革委', weight));
      const b = await picture(label('自治区住房城乡建', weight));
      expect(inkShare(a)).toBeGreaterThan(0.005);
      expect(same(a, b), `weight ${weight}`).toBe(false);
    }
  });

  it('draws a long line of Latin, figures and symbols beside Chinese without boxes', async () => {
    // The ranking's key: resvg once drew this whole line as boxes.
    const line = 'overload threshold 27 = median 7 + 5 × MAD 4: agencies at or above it are flagged';
    const a = await picture(label(line));
    const b = await picture(label(line.replace('agencies', 'officers')));
    expect(same(a, b)).toBe(false);
    const c = await picture(label('Load = 3 × items led 牵头 + 1 × items cooperated 配合'));
    const d = await picture(label('Load = 3 × items led 牵头 + 1 × items cooperated 负责'));
    expect(same(c, d)).toBe(false);
  });

  it('scales the picture and leaves out the paper when asked', async () => {
    const white = await picture(label('商务厅'), 3);
    expect([white.width, white.height]).toEqual([1920, 120]);
    expect(pixel(white, 0, 0)).toEqual([255, 255, 255, 255]);
    const clear = await picture(label('商务厅'), 1, true);
    expect([clear.width, clear.height]).toEqual([640, 40]);
    expect(pixel(clear, 0, 0)[3]).toBe(0);
    expect(inkShare(clear)).toBeGreaterThan(0.005);
  });
});
