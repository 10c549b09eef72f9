// The export font's slices in the browser: each WOFF slice is its own lazily imported chunk holding
// the file as a data URL (Vite's `?inline`), so exporting needs no request beyond the app's own
// scripts and the first screen carries none of it.
import { sliceFileStem, type FontLoader } from './slices.ts';

const modules = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-sc/files/*-{400,600}-normal.woff',
  {
    query: '?inline',
    import: 'default',
  },
);

function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const browserFontLoader: FontLoader = async (slice, weight) => {
  const load = modules[`/node_modules/@fontsource/noto-sans-sc/files/${sliceFileStem(slice, weight)}.woff`];
  if (!load) throw new Error(`The export font has no slice ${slice} at weight ${weight}.`);
  return dataUrlBytes(await load());
};
