// `npm run bench -- accuracy`: the parser against the hand gold (tests/accuracy): per notice and
// overall micro precision and recall of (item, agency, role) triples, and the errors by class.
import { formatAccuracy } from '../accuracy/report.ts';
import { scoreCorpus } from '../accuracy/score.ts';
import type { Benchmark } from './benchmark.ts';
import { scoreRows } from './score-rows.ts';

export const accuracy: Benchmark = {
  name: 'accuracy',
  run: () =>
    scoreRows(
      'accuracy',
      () => scoreCorpus(),
      (s) => formatAccuracy(s, process.argv.includes('--errors')),
      (s) => `${s.notices.length} notices, ${s.tp + s.fn} gold triples`,
      (s) => [
        ['precision', s.precision, 98],
        ['recall', s.recall, 97],
      ],
    ),
};
