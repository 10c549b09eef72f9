// The model keeps the original text and nothing else of its size: the cleaned copy the parser reads
// must be free once the parse is done, however many titles and notes were read from it.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../tests/support/seed.ts';
import { detached, StringCopies } from './detach.ts';
import { parseNoticeStructure } from './parse.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('detached strings', () => {
  it('copies every string as it was, one copy for equal strings', () => {
    const long = `${'满洲里市人民政府'.repeat(4)}牵头`;
    const value = {
      title: long.slice(2),
      items: [{ note: long.slice(5), deadline: null, n: 3, tags: ['a', long.slice(5)] }],
    };
    const before = JSON.stringify(value);
    const copies = new StringCopies();
    expect(copies.all(value)).toBe(value);
    expect(JSON.stringify(value)).toBe(before);
    expect(copies.of(long.slice(5))).toBe(long.slice(5));
    expect(copies.orNull(null)).toBeNull();
    expect(detached(long.slice(1))).toBe(long.slice(1));
    expect(detached('')).toBe('');
  });

  it('leaves no second copy of a large text alive beside the model', () => {
    // The seed with Windows line ends, then prose: cleaning rewrites every line, so the parser reads
    // a copy of the whole text, and the seed's titles and notes are read from that copy.
    const prose = '各地区、各部门要认真贯彻落实本方案，切实加强组织领导。\r\n'.repeat(60_000);
    const input = `${seedText().replace(/\n/g, '\r\n')}\r\n${prose}`;
    const textBytes = input.length * 2;
    gc();
    const base = process.memoryUsage().heapUsed;
    const model = parseNoticeStructure(input);
    gc();
    const held = process.memoryUsage().heapUsed - base;
    expect(model.items.length).toBeGreaterThan(70);
    // The input (the model's own text) and the model's small parts; a kept copy would add as much
    // again as the input.
    expect(held).toBeLessThan(textBytes * 1.5);
  });
});
