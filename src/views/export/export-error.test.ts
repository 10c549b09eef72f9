// Export failures keep their code across a worker's reply (strings only) and their technical line.
import { describe, expect, it } from 'vitest';
import { ExportError, exportFailure, failureCode } from './export-error.ts';

describe('export failures', () => {
  it('carry a code and the technical line', () => {
    const error = new ExportError('font', 'the Chinese font for exports could not be loaded (404).');
    expect(exportFailure(error)).toEqual({
      code: 'font',
      detail: 'the Chinese font for exports could not be loaded (404).',
    });
  });

  it('give no code for an error no code names, and keep its words', () => {
    expect(exportFailure(new RangeError('Invalid array length'))).toEqual({
      code: null,
      detail: 'Invalid array length',
    });
    expect(exportFailure('stopped')).toEqual({ code: null, detail: 'stopped' });
  });

  it("read a code back from a worker's reply, and nothing from an unknown one", () => {
    expect(failureCode('encode')).toBe('encode');
    expect(failureCode('ExportError')).toBeNull();
    expect(failureCode(undefined)).toBeNull();
  });
});
