// The export font's slices read from the installed package, for the command line and the tests.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sliceFileStem, type FontLoader } from './slices.ts';

const files = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/unicode.json')),
  'files',
);

export const nodeFontLoader: FontLoader = async (slice, weight) =>
  new Uint8Array(await readFile(join(files, `${sliceFileStem(slice, weight)}.woff`)));
