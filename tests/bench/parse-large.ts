// The linearity check: 20 MB of real notices (the seed and the fixtures' notices, repeated) parsed as
// one text must go at about the seed's MB/s. A step that rescans what it has read (a quadratic join, a
// search over all lines per line) shows here long before it shows on one notice.
import { readdirSync, readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/notice/decode.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const NOTICE_FOLDERS = ['corpus/', 'extra/', 'samples/'];

/** The notices the check repeats: the seed first, then every plain-text fixture notice. */
function noticeTexts(seed: Uint8Array): string[] {
  const texts = [decodeBytes(seed).text];
  for (const folder of NOTICE_FOLDERS) {
    const dir = new URL(folder, FIXTURES);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      texts.push(decodeBytes(new Uint8Array(readFileSync(new URL(name, dir)))).text);
  }
  return texts;
}

/** Whole notices, one after another, until there are at least `bytes` bytes of UTF-8. */
export function largeInput(seed: Uint8Array, bytes: number): Uint8Array {
  const encoder = new TextEncoder();
  const notices = noticeTexts(seed).map((t) => ({ text: t, bytes: encoder.encode(t).length + 2 }));
  const parts: string[] = [];
  let total = 0;
  while (total < bytes) {
    for (const notice of notices) {
      parts.push(notice.text);
      total += notice.bytes;
      if (total >= bytes) break;
    }
  }
  return encoder.encode(parts.join('\n\n'));
}

export interface Linearity {
  readonly largeMs: number[];
  /** Each round's MB/s on the large input over its MB/s on the seed. */
  readonly ratios: number[];
  readonly largeMBs: number[];
  readonly seedMBs: number[];
}

/** Alternates one parse of `large` with as many parses of `seed` as make the same number of bytes,
 *  round by round, after one untimed parse of the large input. */
export function timeLinearity(
  parse: (bytes: Uint8Array) => unknown,
  seed: Uint8Array,
  large: Uint8Array,
  rounds: number,
): Linearity {
  parse(large);
  const seedRuns = Math.max(1, Math.round(large.length / seed.length));
  const result: Linearity = { largeMs: [], ratios: [], largeMBs: [], seedMBs: [] };
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    parse(large);
    const largeMs = performance.now() - start;
    start = performance.now();
    for (let i = 0; i < seedRuns; i++) parse(seed);
    const seedMs = performance.now() - start;
    const largeMBs = large.length / 1e3 / largeMs;
    const seedMBs = (seed.length * seedRuns) / 1e3 / seedMs;
    result.largeMs.push(largeMs);
    result.largeMBs.push(largeMBs);
    result.seedMBs.push(seedMBs);
    result.ratios.push(largeMBs / seedMBs);
  }
  return result;
}
