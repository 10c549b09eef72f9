// The project reader against the hand gold of named works: overall figures held to a floor that only
// rises (`npx tsx tests/accuracy/projects-score.ts --raise-floor` records a better run), and the
// Manzhouli notice keeping its projects.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ratio } from './score.ts';
import { projectNoticeModel, readProjectGold, scoreProjectCorpus, scoreProjects } from './projects-score.ts';

const floor = JSON.parse(readFileSync(new URL('./projects-floor.json', import.meta.url), 'utf8')) as {
  precision: number;
  recall: number;
  kinds: number;
};
const golds = readProjectGold();

describe('the project reader against hand gold', () => {
  it('has gold for at least 15 notices that name works, each name on the lines it gives', () => {
    expect(golds.length).toBeGreaterThanOrEqual(15);
    const misplaced = golds.flatMap((g) => {
      const lines = readFileSync(new URL(`../fixtures/${g.file}`, import.meta.url), 'utf8').split('\n');
      const fold = (s: string) => s.replace(/\s/g, '');
      return g.projects.flatMap((p) =>
        p.lines
          .filter((l) => !fold(lines[l - 1] ?? '').includes(fold(p.name)))
          .map((l) => `${g.file}:${l} ${p.name}`),
      );
    });
    expect(misplaced).toEqual([]);
  });

  it('keeps precision, recall and kinds at or above their floor', () => {
    const score = scoreProjectCorpus(golds);
    expect(score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(score.kinds).toBeGreaterThanOrEqual(floor.kinds);
  });

  it('reads the Manzhouli notice’s works as the gold lists them, nearly all', () => {
    const gold = golds.find((g) => g.file.endsWith('manzhouli-pilot-zone-2014.txt'));
    if (!gold) throw new Error('no gold for the Manzhouli notice');
    const score = scoreProjects(gold, projectNoticeModel(gold));
    expect(ratio(score.tp, score.tp + score.fp)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(score.tp, score.tp + score.fn)).toBeGreaterThanOrEqual(0.85);
  });
});
