// Parse throughput on the reference notice: bytes in (decoding included), median of 30 runs after
// 100 untimed ones — the steady state of a session that parses many notices, once V8's optimising
// compiler has settled (after only 10 the median still holds half-optimised runs: ~17 MB/s against
// ~24). The very first parse of the process, compilation and all, is reported beside it.
import { readFileSync } from 'node:fs';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import type { Benchmark } from './benchmark.ts';
import { HeapPeak, median, megabytesPerSecond, timeRuns } from './measure.ts';
import { PARSE_TARGET } from './targets.ts';

const SEED = new URL('../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);

export const parseSeed: Benchmark = {
  name: 'parse-seed',
  run() {
    const bytes = new Uint8Array(readFileSync(SEED));
    const heap = new HeapPeak();
    const coldStart = performance.now();
    parseNotice(bytes);
    const coldMs = performance.now() - coldStart;
    const times = timeRuns(() => parseNotice(bytes), 100, 30, heap);
    const ms = median(times);
    return [
      {
        benchmark: this.name,
        input: `seed (${(bytes.length / 1000).toFixed(1)} KB)`,
        runs: times.length,
        medianMs: ms,
        value: megabytesPerSecond(bytes.length, ms),
        unit: 'MB/s',
        peakHeapBytes: heap.bytes,
        target: PARSE_TARGET,
      },
      {
        benchmark: 'parse-seed-first',
        input: 'seed, the first parse in a fresh process',
        runs: 1,
        medianMs: coldMs,
        value: megabytesPerSecond(bytes.length, coldMs),
        unit: 'MB/s',
        peakHeapBytes: heap.bytes,
        target: null,
      },
    ];
  },
};
