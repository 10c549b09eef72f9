// Parse throughput on 1,000 synthetic notices (tens of MB): median MB/s over 5 passes after a warm-up
// pass. Each notice is timed alone and the times summed, so the heap can be sampled between notices
// without the sampling being timed.
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { generateCorpus } from '../corpus/synthetic.ts';
import type { Benchmark } from './benchmark.ts';
import { HeapPeak, median, megabytesPerSecond } from './measure.ts';
import { PARSE_TARGET } from './targets.ts';

const NOTICES = 1000;
const CORPUS_SEED = 2014;
const PASSES = 5;

function timePass(corpus: readonly Uint8Array[], heap: HeapPeak | null): number {
  let total = 0;
  for (const bytes of corpus) {
    const start = performance.now();
    parseNotice(bytes);
    total += performance.now() - start;
    heap?.sample();
  }
  return total;
}

export const parseCorpus: Benchmark = {
  name: 'parse-corpus',
  run() {
    const encoder = new TextEncoder();
    const corpus = generateCorpus(NOTICES, CORPUS_SEED).map((text) => encoder.encode(text));
    const totalBytes = corpus.reduce((sum, b) => sum + b.length, 0);
    const heap = new HeapPeak();
    timePass(corpus, null);
    const times = Array.from({ length: PASSES }, () => timePass(corpus, heap));
    const ms = median(times);
    return [
      {
        benchmark: this.name,
        input: `${NOTICES} synthetic notices (${(totalBytes / 1e6).toFixed(1)} MB)`,
        runs: times.length,
        medianMs: ms,
        value: megabytesPerSecond(totalBytes, ms),
        unit: 'MB/s',
        peakHeapBytes: heap.bytes,
        target: PARSE_TARGET,
      },
    ];
  },
};
