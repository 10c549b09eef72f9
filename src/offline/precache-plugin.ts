// A Vite plugin that builds the service worker (service-worker.ts) as sw.js beside index.html and
// writes into it the list of files to keep offline: every file of the build but the source maps and
// the old-browser .woff fonts, with a version made from the files' names, which carry their content's
// hash. All the font's .woff2 slices are kept (5 MB): an offline notice may use any character, and a
// slice missing offline would draw its characters in whatever font the system has, or as boxes.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));
export const SERVICE_WORKER_FILE = 'sw.js';
const PLACEHOLDER = '__PRECACHE_MANIFEST__';

/** What is precached: not maps, not the .woff twins of the .woff2 slices, not the worker itself. */
export function precached(fileName: string): boolean {
  return fileName !== SERVICE_WORKER_FILE && !/\.(?:map|woff|ttf)$/.test(fileName);
}

export function precacheManifest(fileNames: readonly string[], publicFiles: readonly string[]) {
  const files = [...new Set([...fileNames.filter(precached), ...publicFiles])].sort();
  const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  return { version, files };
}

export function precachePlugin(publicFiles: readonly string[]): Plugin {
  return {
    name: 'fengong-precache',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (!worker || worker.type !== 'chunk') throw new Error('The service worker was not built.');
      const manifest = precacheManifest(Object.keys(bundle), publicFiles);
      if (!worker.code.includes(PLACEHOLDER)) throw new Error('The service worker lost its file list.');
      worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(manifest));
    },
  };
}
