import { describe, expect, it } from 'vitest';
import type { CorrectionOp } from '../corrections/ops.ts';
import type { AgencyId } from '../notice/model.ts';
import { keptSeqs } from './correction-order.ts';

const op = (name: string): CorrectionOp => ({ type: 'renameAgency', agencyId: 'ag:海关' as AgencyId, name });
const stored = [
  { seq: 3, op: op('a') },
  { seq: 7, op: op('b') },
  { seq: 9, op: op('c') },
];

describe('keptSeqs', () => {
  it('keeps the numbers of the ops left when one is taken out', () => {
    expect(keptSeqs(stored, [op('a'), op('c')])).toEqual([3, 9]);
    expect(keptSeqs(stored, [])).toEqual([]);
  });

  it('numbers an op added after the kept ones afresh', () => {
    expect(keptSeqs(stored, [op('a'), op('b'), op('d')])).toEqual([3, 7, undefined]);
  });

  it('numbers afresh from an op that is new, so the numbers rise along the list', () => {
    expect(keptSeqs(stored, [op('a'), op('d'), op('b')])).toEqual([3, undefined, undefined]);
    // Out of their order: b before a cannot keep both numbers.
    expect(keptSeqs(stored, [op('b'), op('a')])).toEqual([7, undefined]);
  });

  it('matches repeated ops one for one, in order', () => {
    const twice = [
      { seq: 1, op: op('a') },
      { seq: 2, op: op('a') },
    ];
    expect(keptSeqs(twice, [op('a')])).toEqual([1]);
    expect(keptSeqs(twice, [op('a'), op('a'), op('a')])).toEqual([1, 2, undefined]);
  });
});
