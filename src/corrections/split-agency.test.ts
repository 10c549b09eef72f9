import { describe, expect, it } from 'vitest';
import { applyCorrection } from './apply.ts';
import { itemRef } from './item-ref.ts';
import type { ItemRef } from './ops.ts';
import { ag, deepFreeze, item, rolesByName, sampleModel } from './sample-notice.fixture.ts';

describe('splitAgency', () => {
  const model = deepFreeze(sampleModel());
  const ref = (n: number) => itemRef(model, item(n)) as ItemRef;

  it('moves the agency of the given items to a new agency placed after it', () => {
    const out = applyCorrection(model, {
      type: 'splitAgency',
      agencyId: ag('海关'),
      name: '呼和浩特海关',
      items: [ref(4)],
    });
    if (!out.ok) throw new Error(out.reason);
    const names = out.model.agencies.map((a) => a.name);
    expect(names.slice(names.indexOf('海关'), names.indexOf('海关') + 2)).toEqual(['海关', '呼和浩特海关']);
    expect(rolesByName(out.model)[2]?.cooperators).toEqual(['海关', '各盟市']);
    expect(rolesByName(out.model)[3]?.leads).toEqual(['呼和浩特海关']);
    expect(out.model.items[3]?.mentions[0]?.agencyId).toBe(ag('呼和浩特海关'));
    expect(out.model.agencies.find((a) => a.id === ag('呼和浩特海关'))).toEqual({
      id: ag('呼和浩特海关'),
      name: '呼和浩特海关',
      aliases: [],
      generic: false,
      kind: 'central',
    });
  });

  it('moves into an agency the notice already has, and drops the source when no item names it', () => {
    const out = applyCorrection(model, {
      type: 'splitAgency',
      agencyId: ag('海关'),
      name: '满洲里海关',
      items: [ref(3), ref(4)],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(out.model.agencies.map((a) => a.name)).not.toContain('海关');
    expect(rolesByName(out.model)[2]?.cooperators).toEqual(['满洲里海关', '各盟市']);
    expect(rolesByName(out.model)[3]?.leads).toEqual(['满洲里海关']);
  });

  it('notes items it could not move and skips when none can be moved', () => {
    const stale = { assignmentId: item(4), textHash: '00000000' };
    const partial = applyCorrection(model, {
      type: 'splitAgency',
      agencyId: ag('海关'),
      name: '呼和浩特海关',
      items: [ref(3), ref(1)],
    });
    expect(partial).toMatchObject({
      ok: true,
      note: 'not moved: item-1 does not name ag:海关',
      caveats: [{ code: 'not-moved', item: 'item-1', agency: 'ag:海关', why: 'not-named' }],
    });
    const none = applyCorrection(model, {
      type: 'splitAgency',
      agencyId: ag('海关'),
      name: '呼和浩特海关',
      items: [stale],
    });
    expect(none).toEqual({
      ok: false,
      code: 'item-missing',
      reason: 'no item to move: item-4 has another text than when corrected',
    });
  });

  it('refuses to split an agency into itself', () => {
    expect(
      applyCorrection(model, { type: 'splitAgency', agencyId: ag('海关'), name: ' 海关 ', items: [ref(3)] }),
    ).toMatchObject({ ok: false, code: 'invalid' });
  });
});
