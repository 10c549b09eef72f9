// @font-face rules for an SVG: a subset of Noto Sans SC per weight, holding just the characters
// drawn, as a data URL — so the SVG (and the PNG drawn from it) shows Chinese on a machine without
// a Chinese font, at a few dozen kilobytes rather than whole font slices.
import type { Scene } from '../../graph/scene.ts';
import { FONT_WEIGHTS, sceneFonts, type SceneFonts } from './scene-fonts.ts';
import type { FontLoader } from './slices.ts';
import { subsetFont, type SubsetFont } from './subset.ts';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function rule(font: SubsetFont): string {
  return `@font-face{font-family:'Noto Sans SC';font-weight:${font.weight};src:url(data:font/ttf;base64,${base64(font.bytes)}) format('truetype');}`;
}

/** Rules for the fonts of a scene (see sceneFonts); a weight no label uses gets no rule. */
export function fontFaceRules(fonts: SceneFonts): string {
  return FONT_WEIGHTS.map((weight) => fonts[weight])
    .filter((font) => font.chars.size > 0)
    .map(rule)
    .join('');
}

/** Rules holding the characters at each weight the scene draws them in. */
export async function sceneFontFaceCss(scene: Scene, load: FontLoader): Promise<string> {
  return fontFaceRules(await sceneFonts([scene], load));
}

/** Rules holding all the characters at both weights, for text whose weights are not known. */
export async function fontFaceCss(chars: Iterable<string>, load: FontLoader): Promise<string> {
  const all = [...chars];
  const fonts = await Promise.all(FONT_WEIGHTS.map((weight) => subsetFont(all, weight, load)));
  return fonts
    .filter((font) => font.chars.size > 0)
    .map(rule)
    .join('');
}
