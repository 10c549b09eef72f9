// `npm run bench -- projects`: the project reader against the hand gold of named works
// (tests/accuracy/projects): precision, recall and kind accuracy, per notice and overall.
import { formatProjectScore, scoreProjectCorpus } from '../accuracy/projects-score.ts';
import type { Benchmark } from './benchmark.ts';
import { scoreRows } from './score-rows.ts';

export const projects: Benchmark = {
  name: 'projects',
  run: () =>
    scoreRows(
      'projects',
      () => scoreProjectCorpus(),
      (s) => formatProjectScore(s, process.argv.includes('--errors')),
      (s) => `${s.notices.length} notices, ${s.notices.reduce((n, x) => n + x.gold, 0)} gold projects`,
      (s) => [
        ['precision', s.precision, 90],
        ['recall', s.recall, 85],
        ['kinds', s.kinds, 95],
      ],
    ),
};
