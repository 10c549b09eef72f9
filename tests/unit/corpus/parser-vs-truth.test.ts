// The parser against synthetic notices' ground truth. Counts must match exactly; role agreement has
// a floor that catches a collapse, to be raised as the parser improves (see tests/corpus/score-parser.ts
// for the per-form figures and examples of mismatches).
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/projects/parse-notice.ts';
import { generateNoticeWithTruth, noticeSeeds } from '../../corpus/synthetic.ts';
import { scoreAgainstTruth } from '../../corpus/truth-score.ts';

const ROLE_AGREEMENT_FLOOR = 0.99;

describe('parser against synthetic ground truth', () => {
  const scores = noticeSeeds(40, 31).map((seed) => {
    const { text, truth } = generateNoticeWithTruth(seed);
    return { seed, score: scoreAgainstTruth(parseNotice(text), truth) };
  });

  it('finds as many sections, tasks and items as the notices have', () => {
    const wrong = scores
      .filter(({ score }) => !(score.sections && score.tasks && score.items))
      .map((s) => s.seed);
    expect(wrong).toEqual([]);
  });

  it(`reads leads, cooperators and responsible agencies right for at least ${ROLE_AGREEMENT_FLOOR * 100}% of items`, () => {
    const matched = scores.reduce((sum, { score }) => sum + score.rolesMatched, 0);
    const compared = scores.reduce((sum, { score }) => sum + score.rolesCompared, 0);
    expect(compared).toBeGreaterThan(0);
    expect(matched / compared).toBeGreaterThanOrEqual(ROLE_AGREEMENT_FLOOR);
  });
});
