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

/** The notices the large input repeats, each once, as the bytes of a UTF-8 file. */
export function largeInputNotices(seed: Uint8Array): Uint8Array[] {
  const encoder = new TextEncoder();
  return noticeTexts(seed).map((t) => encoder.encode(t));
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
  /** Each round's MB/s on the large input over its MB/s on the same notices parsed one by one. */
  readonly partRatios: number[];
  readonly largeMBs: number[];
  readonly seedMBs: number[];
  readonly partMBs: number[];
}

/** MB/s of `runs` passes of `parse` over `inputs`. */
function rate(parse: (bytes: Uint8Array) => unknown, inputs: readonly Uint8Array[], runs: number): number {
  const bytes = inputs.reduce((sum, b) => sum + b.length, 0) * runs;
  const start = performance.now();
  for (let i = 0; i < runs; i++) for (const input of inputs) parse(input);
  return bytes / 1e3 / (performance.now() - start);
}

/** Alternates one parse of `large` with as many parses of `seed`, and of the notices `large` is made
 *  of (`parts`, each on its own), as make the same number of bytes, round by round, after one
 *  untimed parse of each. The fixture notices hold 2.3× the seed's sections and 2.6× its tasks
 *  per MB: the same notices parsed one by one, not the seed, show whether length alone slows parsing. */
export function timeLinearity(
  parse: (bytes: Uint8Array) => unknown,
  seed: Uint8Array,
  large: Uint8Array,
  parts: readonly Uint8Array[],
  rounds: number,
): Linearity {
  parse(large);
  for (const part of parts) parse(part);
  const seedRuns = Math.max(1, Math.round(large.length / seed.length));
  const partBytes = parts.reduce((sum, b) => sum + b.length, 0);
  const partRuns = Math.max(1, Math.round(large.length / partBytes));
  const result: Linearity = {
    largeMs: [],
    ratios: [],
    partRatios: [],
    largeMBs: [],
    seedMBs: [],
    partMBs: [],
  };
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    parse(large);
    const largeMs = performance.now() - start;
    const largeMBs = large.length / 1e3 / largeMs;
    const seedMBs = rate(parse, [seed], seedRuns);
    const partMBs = rate(parse, parts, partRuns);
    result.largeMs.push(largeMs);
    result.largeMBs.push(largeMBs);
    result.seedMBs.push(seedMBs);
    result.partMBs.push(partMBs);
    result.ratios.push(largeMBs / seedMBs);
    result.partRatios.push(largeMBs / partMBs);
  }
  return result;
}
