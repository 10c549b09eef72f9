// A Vite plugin: the bundled Noto Sans SC as a module (`virtual:noto-sans-sc-faces`) instead of
// @fontsource's stylesheets. Those declare 101 slices per weight with their unicode-ranges written
// out, 64 KB gzipped for two weights, all in the first screen's CSS; here each range is written once
// for both weights, compactly (unicode-ranges.ts), and each slice is a plain .woff2 file the browser
// fetches only when a character of it is drawn, as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { encodeUnicodeRange } from './unicode-ranges.ts';

const ID = 'virtual:noto-sans-sc-faces';
const RESOLVED = `\0${ID}`;
const PACKAGE = '@fontsource/noto-sans-sc';

interface Face {
  readonly weight: number;
  readonly file: string;
  readonly range: string;
}

function codePoints(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '', 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}

/** @font-face rules for the slices holding `text`'s characters, for index.html's own style: the page
 *  draws its static first screen (the seed's title) in the font before any script has run. */
export function firstScreenFaces(stylesheets: readonly string[], text: string): string {
  const chars = [...new Set(text)].map((ch) => ch.codePointAt(0) as number);
  return stylesheets
    .flatMap(facesOf)
    .filter((face) => codePoints(face.range).some(([a, b]) => chars.some((c) => c >= a && c <= b)))
    .map(
      (face) =>
        `@font-face{font-family:'Noto Sans SC';font-style:normal;font-display:swap;font-weight:${face.weight};` +
        `src:url('/node_modules/${PACKAGE}/files/${face.file}') format('woff2');unicode-range:${face.range}}`,
    )
    .join('\n');
}

function facesOf(css: string): Face[] {
  const faces: Face[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const weight = /font-weight:\s*(\d+)/.exec(block)?.[1];
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (weight && file && range) faces.push({ weight: Number(weight), file, range: range.trim() });
  }
  return faces;
}

/** The module's text: the ranges once each, then [weight, file URL, range index] per slice. */
export function fontFacesModule(stylesheets: readonly string[]): string {
  const faces = stylesheets.flatMap(facesOf);
  const ranges: string[] = [];
  const rangeIndex = new Map<string, number>();
  const imports: string[] = [];
  const rows = faces.map((face, i) => {
    const compact = encodeUnicodeRange(face.range);
    if (!rangeIndex.has(compact)) rangeIndex.set(compact, ranges.push(compact) - 1);
    imports.push(`import f${i} from '${PACKAGE}/files/${face.file}?url';`);
    return `[${face.weight},f${i},${rangeIndex.get(compact)}]`;
  });
  return [
    ...imports,
    `export const RANGES = ${JSON.stringify(ranges)};`,
    `export const FACES = [${rows.join(',')}];`,
  ].join('\n');
}

export function fontFacesPlugin(weights: readonly number[] = [400, 600]): Plugin {
  const folder = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  const stylesheets = () => weights.map((w) => readFileSync(join(folder, `${w}.css`), 'utf8'));
  return {
    name: 'noto-sans-sc-faces',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? fontFacesModule(stylesheets()) : null),
    transformIndexHtml: {
      // Before Vite's own pass, which turns the slices' paths into the built files' names.
      order: 'pre',
      handler(html) {
        const body = html.slice(html.indexOf('<body'));
        const text = body.replace(/<[^>]*>/g, '').replace(/\s+/g, '');
        return html.replace(
          '</head>',
          `<style>\n${firstScreenFaces(stylesheets(), text)}\n</style>\n</head>`,
        );
      },
    },
  };
}
