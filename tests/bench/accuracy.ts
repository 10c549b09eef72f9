// `npm run bench -- accuracy`: the parser against the hand gold (tests/accuracy): per notice and
// overall micro precision and recall of (item, agency, role) triples, and the errors by class.
import { formatAccuracy } from '../accuracy/report.ts';
import { scoreCorpus } from '../accuracy/score.ts';
import type { Benchmark } from './benchmark.ts';
import { HeapPeak } from './measure.ts';

export const accuracy: Benchmark = {
  name: 'accuracy',
  run() {
    const heap = new HeapPeak();
    const start = performance.now();
    const score = scoreCorpus();
    const ms = performance.now() - start;
    heap.sample();
    console.log(`${formatAccuracy(score, process.argv.includes('--errors'))}\n`);
    const input = `${score.notices.length} notices, ${score.tp + score.fn} gold triples`;
    const row = (what: string, value: number, min: number) => ({
      benchmark: `accuracy-${what}`,
      input,
      runs: 1,
      medianMs: ms,
      value: 100 * value,
      unit: '%',
      peakHeapBytes: heap.bytes,
      target: { min, label: `≥ ${min} %` },
    });
    return [row('precision', score.precision, 98), row('recall', score.recall, 97)];
  },
};
