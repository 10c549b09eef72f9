// @font-face rules for an SVG: the slices its text needs, as data URLs, at both weights — so the SVG
// (and the PNG drawn from it) shows Chinese on a machine without a Chinese font.
import { sliceRange, slicesFor, type FontLoader, type FontWeight } from './slices.ts';

const WEIGHTS: readonly FontWeight[] = [400, 600];

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function fontFaceCss(chars: Iterable<string>, load: FontLoader): Promise<string> {
  const rules: string[] = [];
  for (const slice of slicesFor(chars)) {
    for (const weight of WEIGHTS) {
      const bytes = await load(slice, weight);
      rules.push(
        `@font-face{font-family:'Noto Sans SC';font-weight:${weight};src:url(data:font/woff;base64,${base64(bytes)}) format('woff');unicode-range:${sliceRange(slice)};}`,
      );
    }
  }
  return rules.join('');
}
