// Parse throughput on the reference notice: bytes in (decoding included), median of 30 runs.
import { readFileSync } from 'node:fs';
import { parseNotice } from '../../src/notice/parse.ts';
import type { Benchmark } from './benchmark.ts';
import { HeapPeak, median, megabytesPerSecond, timeRuns } from './measure.ts';
import { PARSE_TARGET } from './targets.ts';

const SEED = new URL('../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);

export const parseSeed: Benchmark = {
  name: 'parse-seed',
  run() {
    const bytes = new Uint8Array(readFileSync(SEED));
    const heap = new HeapPeak();
    const times = timeRuns(() => parseNotice(bytes, { fileName: 'seed' }), 10, 30, heap);
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
    ];
  },
};
