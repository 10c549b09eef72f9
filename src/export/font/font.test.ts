// The export font: slices chosen by the characters drawn, WOFF unwrapped to TrueType that fontkit
// reads glyph for glyph, and @font-face rules carrying a subset per weight.
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../graph/scene.ts';
import { fontFaceCss, sceneFontFaceCss } from './font-face.ts';
import { nodeFontLoader } from './load-node.ts';
import { baselineShift, FONT_ASCENT, FONT_DESCENT } from './metrics.ts';
import { sliceOf, sliceRange, slicesFor } from './slices.ts';
import { woffToSfnt } from './woff.ts';

describe('slices', () => {
  it('finds the slice of every character of an agency name, and none for a character the font lacks', () => {
    const keys = slicesFor(['自治区发展改革委', 'Agency × task']);
    expect(keys.length).toBeGreaterThan(1);
    for (const ch of '自治区发展改革委') expect(keys).toContain(sliceOf(ch.codePointAt(0) ?? 0));
    expect(sliceOf(0xe000)).toBeNull(); // private use: no slice has it
    expect(sliceRange(keys[0] as string)).toMatch(/^U\+/);
  });
});

describe('woffToSfnt', () => {
  it('unwraps a slice into TrueType with the same glyphs and character map', async () => {
    const woff = await nodeFontLoader(sliceOf('发'.codePointAt(0) ?? 0) as string, 400);
    const ttf = woffToSfnt(woff);
    expect(new DataView(ttf.buffer).getUint32(0)).toBe(0x00010000);
    const [a, b] = [fontkit.create(woff), fontkit.create(ttf)];
    expect(b.numGlyphs).toBe(a.numGlyphs);
    expect(b.glyphForCodePoint(0x53d1).id).toBe(a.glyphForCodePoint(0x53d1).id);
    expect(b.glyphForCodePoint(0x53d1).id).toBeGreaterThan(0);
  });

  it('refuses what is not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/Not a WOFF file/);
  });
});

describe('fontFaceCss', () => {
  it('writes one rule per weight, with a TrueType subset as a data URL', async () => {
    const css = await fontFaceCss(['商务厅'], nodeFontLoader);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain('font-weight:400');
    expect(css).toContain('font-weight:600');
    expect(css.match(/data:font\/ttf;base64,/g)).toHaveLength(2);
    // Three glyphs and .notdef, not whole slices of a hundred-odd kilobytes.
    expect(css.length).toBeLessThan(12_000);
  });

  it('gives a scene a rule only for the weights its labels use', async () => {
    const scene: Scene = {
      width: 100,
      height: 40,
      marks: [{ type: 'text', x: 0, y: 20, text: '自治区商务厅', size: 12 }],
    };
    const css = await sceneFontFaceCss(scene, nodeFontLoader);
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(css).toContain('font-weight:400');
  });
});

describe('font metrics', () => {
  it("are Noto Sans SC's own ascender and descender, which browsers place baselines by", async () => {
    const font = fontkit.create(await nodeFontLoader(sliceOf('发'.codePointAt(0) ?? 0) as string, 400));
    expect(font.ascent / font.unitsPerEm).toBeCloseTo(FONT_ASCENT, 6);
    expect(-font.descent / font.unitsPerEm).toBeCloseTo(FONT_DESCENT, 6);
    expect(baselineShift('top')).toBe(FONT_ASCENT);
    expect(baselineShift('alphabetic')).toBe(0);
    expect(baselineShift('middle')).toBeCloseTo((FONT_ASCENT - FONT_DESCENT) / 2, 9);
  });
});
