import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../analysis/workload.ts';
import { numberParam, readThreshold, readWeights, sameWeights } from './ranking-params.ts';

describe('ranking settings in the address', () => {
  it("reads weights and threshold, with the core's defaults when absent", () => {
    expect(readWeights({})).toEqual(DEFAULT_WEIGHTS);
    expect(readThreshold({})).toBe(5);
    expect(readWeights({ wlead: '5', wcoop: '0.5' })).toEqual({ lead: 5, cooperate: 0.5, responsible: 2 });
    expect(readThreshold({ mads: '3.5' })).toBe(3.5);
  });

  it('refuses values a load cannot take', () => {
    expect(readWeights({ wlead: '-1', wcoop: 'x', wresp: '99' })).toEqual(DEFAULT_WEIGHTS);
    expect(readThreshold({ mads: '0' })).toBe(5);
    expect(readThreshold({ mads: '' })).toBe(5);
  });

  it('leaves defaults out of the address and compares weights', () => {
    expect(numberParam(3, 3)).toBeNull();
    expect(numberParam(4, 3)).toBe('4');
    expect(sameWeights(readWeights({}), DEFAULT_WEIGHTS)).toBe(true);
    expect(sameWeights(readWeights({ wresp: '1' }), DEFAULT_WEIGHTS)).toBe(false);
  });
});
