import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFacesModule } from './font-faces-plugin.ts';
import { decodeUnicodeRange, encodeUnicodeRange } from './unicode-ranges.ts';

const normal = (css: string) =>
  css
    .split(',')
    .map((p) => p.trim().toLowerCase().replace(/u\+0*/, 'u+').replace(/-0*/, '-'))
    .sort()
    .join(',');

const stylesheet = (weight: number) =>
  readFileSync(
    new URL(`../../../node_modules/@fontsource/noto-sans-sc/${weight}.css`, import.meta.url),
    'utf8',
  );

describe('unicode-ranges', () => {
  it('gives back every range of every slice of the bundled font', () => {
    const ranges = [...stylesheet(400).matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1] as string);
    expect(ranges.length).toBeGreaterThan(100);
    for (const range of ranges)
      expect(normal(decodeUnicodeRange(encodeUnicodeRange(range)))).toBe(normal(range));
  });

  it('writes single code points and spans alike', () => {
    expect(encodeUnicodeRange('U+4e00-9fff,U+3000')).toBe(encodeUnicodeRange('U+3000,U+4e00-9fff'));
    expect(decodeUnicodeRange(encodeUnicodeRange('U+3000,U+4e00-9fff'))).toBe('U+3000,U+4e00-9fff');
  });

  it('declares both weights of every slice, each range written once', () => {
    const module = fontFacesModule([stylesheet(400), stylesheet(600)]);
    expect(module.match(/\?url';/g)?.length).toBe(202);
    const ranges = JSON.parse(/export const RANGES = (.*);/.exec(module)?.[1] ?? '[]') as string[];
    expect(ranges.length).toBe(101);
  });
});
