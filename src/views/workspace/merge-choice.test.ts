import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../../notice/model.ts';
import { defaultMerge, mergedItems, swapped } from './merge-choice.ts';

const FIRE = 'ag:自治区公安消防总队' as AgencyId;
const POLICE = 'ag:自治区公安厅' as AgencyId;
const counts = new Map([
  [FIRE, 1],
  [POLICE, 9],
]);
const itemsOf = (id: AgencyId) => counts.get(id) ?? 0;

describe('defaultMerge', () => {
  it('keeps the name with more items, whichever agency is being inspected', () => {
    expect(defaultMerge(FIRE, POLICE, itemsOf)).toEqual({ keep: POLICE, alias: FIRE });
    expect(defaultMerge(POLICE, FIRE, itemsOf)).toEqual({ keep: POLICE, alias: FIRE });
  });

  it('keeps the inspected agency on a tie, and swaps on request', () => {
    const choice = defaultMerge(FIRE, POLICE, () => 3);
    expect(choice).toEqual({ keep: FIRE, alias: POLICE });
    expect(swapped(choice)).toEqual({ keep: POLICE, alias: FIRE });
  });
});

describe('mergedItems', () => {
  it('counts an item naming both agencies once', () => {
    const item = (leads: AgencyId[], cooperators: AgencyId[]) => ({ leads, cooperators, responsible: [] });
    const list = [item([POLICE], [FIRE]), item([POLICE], []), item([FIRE], []), item([], [])];
    expect(mergedItems({ keep: POLICE, alias: FIRE }, list)).toBe(3);
  });
});
