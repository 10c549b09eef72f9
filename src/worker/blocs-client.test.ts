// The page side of the blocs where no worker can run (as in Node): found on the page after a pause,
// the same blocs coordinationBlocs finds, from the trimmed input the worker would be sent, and kept.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { coordinationBlocs } from '../analysis/blocs.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { findBlocs, knownBlocs } from './blocs-client.ts';
import { blocInput, withBlocOf } from './blocs-protocol.ts';

const seed = parseNotice(seedBytes());

describe('the blocs protocol', () => {
  it('sends only who each item names, and the same blocs come of it', () => {
    const input = blocInput(seed);
    expect(Object.keys(input.items[0] ?? {}).sort()).toEqual(
      ['cooperators', 'id', 'leads', 'responsible', 'sectionId'].sort(),
    );
    expect(Object.keys(input.agencies[0] ?? {}).sort()).toEqual(['generic', 'id']);
    expect(coordinationBlocs(input)).toEqual(coordinationBlocs(seed));
  });

  it('rebuilds the lookup from the blocs sent back', () => {
    const found = coordinationBlocs(seed);
    expect(withBlocOf(structuredClone(found.blocs))).toEqual(found);
  });
});

describe('findBlocs without a worker', () => {
  it('finds the blocs coordinationBlocs finds, asks once, and knows them afterwards', async () => {
    const model = parseNotice(seedBytes());
    expect(knownBlocs(model)).toBeNull();
    const asked = findBlocs(model);
    expect(findBlocs(model)).toBe(asked);
    const blocs = await asked;
    expect(blocs.blocs.length).toBeGreaterThan(1);
    expect(blocs).toEqual(coordinationBlocs(model));
    expect(knownBlocs(model)).toBe(blocs);
  });
});
