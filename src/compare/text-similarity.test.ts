import { describe, expect, it } from 'vitest';
import { bigramIndex, bigrams, diceCoefficient, textChange } from './text-similarity.ts';

describe('bigrams and Dice', () => {
  it('ignores punctuation and spaces', () => {
    expect([...bigrams('推进 改革，'), ...[]]).toEqual(['推进', '进改', '改革']);
  });

  it('is 1 for the same text, 0 for nothing in common, between for a rewording', () => {
    const a = bigrams('全面推行一网通办，压缩审批时限。');
    expect(diceCoefficient(a, bigrams('全面推行一网通办，压缩审批时限'))).toBe(1);
    expect(diceCoefficient(a, bigrams('开展质量提升行动'))).toBe(0);
    const reworded = diceCoefficient(a, bigrams('全面推行一网通办，进一步压缩审批时限。'));
    expect(reworded).toBeGreaterThan(0.8);
    expect(reworded).toBeLessThan(1);
  });
});

describe('bigramIndex', () => {
  it('finds the passage sharing most bigrams first', () => {
    const passages = ['建设智慧城市', '推进老旧小区改造', '加强质量监管'].map(bigrams);
    expect(bigramIndex(passages).candidates(bigrams('推进老旧小区改造工程'), 2)[0]).toBe(1);
  });

  it('stays fast on a thousand passages', () => {
    const passages = Array.from({ length: 1000 }, (_, i) =>
      bigrams(`推进第${i}项重点工作建设任务落实${i * 7}`),
    );
    const index = bigramIndex(passages);
    const started = performance.now();
    for (const p of passages) index.candidates(p, 8);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('textChange', () => {
  it('keeps only what differs', () => {
    expect(textChange('压缩审批时限', '进一步压缩审批时限')).toEqual({
      prefix: 0,
      suffix: 6,
      removed: '',
      added: '进一步',
    });
  });
});
