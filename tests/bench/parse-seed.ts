// Parse throughput on the reference notice, against the scan floor and at scale. Bytes in (decoding
// included), median of 30 runs after 100 untimed ones — the steady state of a session that parses
// many notices, once V8's optimising compiler has settled. Rows:
// - parse-seed: the parser (parseNoticeStructure: header, outline, items, agencies);
// - parse-seed-projects: the whole read (parseNotice), projects included;
// - parse-seed-floor and parse-seed-vs-floor: decoding plus one marker regex, timed alternately with
//   the parser, and the parser's time over it (fastest runs of each: it holds on a busy machine);
// - parse-seed-first: the very first parse of the process, compilation and all;
// - parse-20mb, parse-20mb-vs-parts and parse-20mb-vs-seed: 20 MB of notices as one text, and its MB/s
//   over that of the same notices parsed one at a time (linearity: the same text, only longer) and over
//   the seed's (a different text: the fixture notices are denser, so this ratio says more of them).
import { readFileSync } from 'node:fs';
import { parseNoticeStructure } from '../../src/notice/parse.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import type { Benchmark, BenchRow } from './benchmark.ts';
import { HeapPeak, median, megabytesPerSecond, timeRuns } from './measure.ts';
import { timeAgainstFloor } from './parse-floor.ts';
import { largeInput, largeInputNotices, timeLinearity } from './parse-large.ts';
import { PARSE_TARGET } from './targets.ts';

const SEED = new URL('../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);
const LARGE_BYTES = 20e6;
/** The parser may cost this many scan floors: what a grammar over the text should need at most. */
const FLOOR_TARGET = { max: 5, label: '≤ 5× floor' } as const;
/** Per MB, 20 MB in one text may go this much slower than the same notices one at a time, and no more. */
const LINEAR_TARGET = { min: 80, label: '≥ 80% of parts' } as const;

const kb = (bytes: Uint8Array) => `${(bytes.length / 1000).toFixed(1)} KB`;

function seedRows(seed: Uint8Array, heap: HeapPeak): BenchRow[] {
  const coldStart = performance.now();
  parseNoticeStructure(seed);
  const coldMs = performance.now() - coldStart;
  const parser = timeAgainstFloor(() => parseNoticeStructure(seed), seed, 30, 100);
  const ms = median(parser.stepMs);
  const floorMs = median(parser.floorMs);
  // 100 untimed runs, as the header says: the project rules are cold here (the runs above parse the
  // structure only), and after 20 the median still held runs of half-optimised code.
  const whole = timeRuns(() => parseNotice(seed), 100, 30, heap);
  const wholeMs = median(whole);
  const row = { runs: parser.stepMs.length, peakHeapBytes: heap.bytes };
  return [
    {
      ...row,
      benchmark: 'parse-seed',
      input: `seed (${kb(seed)}), parseNoticeStructure`,
      medianMs: ms,
      value: megabytesPerSecond(seed.length, ms),
      unit: 'MB/s',
      target: PARSE_TARGET,
    },
    {
      ...row,
      benchmark: 'parse-seed-projects',
      input: 'seed, parseNotice (projects too)',
      medianMs: wholeMs,
      value: megabytesPerSecond(seed.length, wholeMs),
      unit: 'MB/s',
      target: PARSE_TARGET,
    },
    {
      ...row,
      benchmark: 'parse-seed-floor',
      input: 'seed: TextDecoder + one marker regex',
      medianMs: floorMs,
      value: megabytesPerSecond(seed.length, floorMs),
      unit: 'MB/s',
      target: null,
    },
    {
      ...row,
      benchmark: 'parse-seed-vs-floor',
      input: 'parse-seed ÷ floor, fastest runs, timed alternately',
      medianMs: ms,
      value: parser.ratio,
      unit: '× floor',
      target: FLOOR_TARGET,
    },
    {
      ...row,
      benchmark: 'parse-seed-first',
      input: 'seed, the first parse in a fresh process',
      runs: 1,
      medianMs: coldMs,
      value: megabytesPerSecond(seed.length, coldMs),
      unit: 'MB/s',
      target: null,
    },
  ];
}

function largeRows(seed: Uint8Array, heap: HeapPeak): BenchRow[] {
  const large = largeInput(seed, LARGE_BYTES);
  const parts = largeInputNotices(seed);
  const linear = timeLinearity((bytes) => parseNoticeStructure(bytes), seed, large, parts, 3);
  heap.sample();
  const row = { runs: linear.largeMs.length, peakHeapBytes: heap.bytes };
  const ms = median(linear.largeMs);
  return [
    {
      ...row,
      benchmark: 'parse-20mb',
      input: `seed and fixture notices as one text (${(large.length / 1e6).toFixed(1)} MB)`,
      medianMs: ms,
      value: megabytesPerSecond(large.length, ms),
      unit: 'MB/s',
      target: null,
    },
    {
      ...row,
      benchmark: 'parse-20mb-vs-parts',
      input:
        `20 MB MB/s ÷ its ${parts.length} notices parsed one by one ` +
        `(${median(linear.partMBs).toFixed(1)} MB/s alongside)`,
      medianMs: ms,
      value: 100 * median(linear.partRatios),
      unit: '%',
      target: LINEAR_TARGET,
    },
    {
      ...row,
      benchmark: 'parse-20mb-vs-seed',
      input:
        `20 MB MB/s ÷ seed MB/s (seed ${median(linear.seedMBs).toFixed(1)} MB/s alongside; ` +
        `its notices are denser than the seed)`,
      medianMs: ms,
      value: 100 * median(linear.ratios),
      unit: '%',
      target: null,
    },
  ];
}

export const parseSeed: Benchmark = {
  name: 'parse-seed',
  run() {
    const seed = new Uint8Array(readFileSync(SEED));
    const heap = new HeapPeak();
    return [...seedRows(seed, heap), ...largeRows(seed, heap)];
  },
};
