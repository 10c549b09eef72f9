import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.ts';

describe('base64', () => {
  it('matches the platform encoding for every padding case', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      const expected = Buffer.from(bytes).toString('base64');
      expect(encodeBase64(bytes)).toBe(expected);
      expect(decodeBase64(expected)).toEqual(bytes);
    }
  });

  it('rejects what is not base64', () => {
    expect(decodeBase64('abc')).toBeNull();
    expect(decodeBase64('ab!d')).toBeNull();
    expect(decodeBase64('a===')).toBeNull();
  });
});
