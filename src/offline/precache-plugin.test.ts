import { describe, expect, it } from 'vitest';
import { precached, precacheManifest } from './precache-plugin.ts';

describe('the precache manifest', () => {
  it('keeps the app, its workers and the .woff2 slices, not maps, .woff twins or the worker itself', () => {
    expect(precached('index.html')).toBe(true);
    expect(precached('assets/parse.worker-abc.js')).toBe(true);
    expect(precached('assets/noto-sans-sc-0-400-normal-x.woff2')).toBe(true);
    expect(precached('assets/noto-sans-sc-0-400-normal-x.woff')).toBe(false);
    expect(precached('assets/index-abc.js.map')).toBe(false);
    expect(precached('sw.js')).toBe(false);
  });

  it('lists each file once, sorted, with the public files, and a version that follows the names', () => {
    const a = precacheManifest(
      ['index.html', 'assets/a-1.js', 'sw.js', 'assets/a-1.js.map'],
      ['favicon.svg'],
    );
    expect(a.files).toEqual(['assets/a-1.js', 'favicon.svg', 'index.html']);
    expect(precacheManifest(['assets/a-1.js', 'index.html'], ['favicon.svg']).version).toBe(a.version);
    expect(precacheManifest(['index.html', 'assets/a-2.js'], ['favicon.svg']).version).not.toBe(a.version);
  });
});
