import { describe, expect, it } from 'vitest';
import { exportMessages } from './export-messages.ts';

const NAME = '满洲里-network-2014-02-26.png';

describe('what an export saved, worded', () => {
  it('says the size in each language, KB and MB alike', () => {
    expect(exportMessages.zh.size(512)).toBe('512 字节');
    expect(exportMessages.en.size(512)).toBe('512 B');
    expect(exportMessages.zh.size(312 * 1024)).toBe('312 KB');
    expect(exportMessages.en.size(1.44 * 1024 * 1024)).toBe('1.4 MB');
  });

  it('has no English word in Chinese but the file name and the units', () => {
    for (const bytes of [300, 40_000, 3_000_000]) {
      const size = exportMessages.zh.size(bytes);
      for (const said of [
        exportMessages.zh.saved(NAME, size),
        exportMessages.zh.savedIn(NAME, size, '1.2'),
      ]) {
        expect(said).toMatch(/^已保存 /);
        expect(said).toContain(NAME);
        const words = said.replace(NAME, '').match(/[A-Za-z]+/g) ?? [];
        expect(words.every((w) => w === 'KB' || w === 'MB')).toBe(true);
      }
      expect(exportMessages.en.saved(NAME, exportMessages.en.size(bytes))).toMatch(/^Saved /);
    }
  });
});
