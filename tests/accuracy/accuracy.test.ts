// The parser against the hand gold: the overall figures the issue asks for, and per notice a floor
// that only rises (`npx tsx tests/accuracy/report.ts --raise-floor` records a better run).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { misalignedGold, ratio, readGold, scoreCorpus } from './score.ts';

interface Floor {
  readonly precision: number;
  readonly recall: number;
  readonly notices: Readonly<Record<string, { readonly precision: number; readonly recall: number }>>;
}

const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as Floor;
const golds = readGold();
const score = scoreCorpus(golds);

describe('the parser against hand gold', () => {
  it('has gold for at least 25 notices, each aligned with its text', () => {
    expect(golds.length).toBeGreaterThanOrEqual(25);
    expect(golds.flatMap(misalignedGold)).toEqual([]);
  });

  it('reads at least 98 % of what it reports right and finds at least 97 % of the triples', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps every figure at or above its recorded floor', () => {
    expect(score.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
    const below = score.notices.flatMap((n) => {
      const f = floor.notices[n.file];
      if (!f) return [];
      const p = ratio(n.tp, n.tp + n.fp);
      const r = ratio(n.tp, n.tp + n.fn);
      return p < f.precision || r < f.recall
        ? [`${n.file}: ${p.toFixed(3)}/${r.toFixed(3)} < ${f.precision}/${f.recall}`]
        : [];
    });
    expect(below).toEqual([]);
  });
});
