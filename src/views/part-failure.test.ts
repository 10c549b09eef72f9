// A part that failed: its code did not arrive (as each browser words it), or it threw while showing.
import { describe, expect, it } from 'vitest';
import { partFailure } from './PartBoundary.tsx';

describe('partFailure', () => {
  it('tells a module that did not load from a part that threw', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://localhost/assets/ExportDialog-x.js',
      'error loading dynamically imported module: http://localhost/assets/ExportDialog-x.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/ExportDialog-x.css',
    ])
      expect(partFailure(message), message).toBe('not-loaded');
    expect(partFailure("Cannot read properties of undefined (reading 'x')")).toBe('broke');
  });
});
