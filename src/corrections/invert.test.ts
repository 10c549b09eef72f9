import { describe, expect, it } from 'vitest';
import { applyCorrection, applyCorrections } from './apply.ts';
import { invert } from './invert.ts';
import { itemRef } from './item-ref.ts';
import type { CorrectionOp, ItemRef } from './ops.ts';
import { ag, deepFreeze, item, sampleModel } from './sample-notice.fixture.ts';

const model = deepFreeze(sampleModel());
const ref = (n: number) => itemRef(model, item(n)) as ItemRef;

const EVERY_KIND: readonly [string, CorrectionOp][] = [
  ['renameAgency', { type: 'renameAgency', agencyId: ag('海关'), name: '呼和浩特海关' }],
  ['mergeAgencies', { type: 'mergeAgencies', into: ag('自治区发展改革委'), from: [ag('自治区发改委')] }],
  [
    'mergeAgencies (lead and cooperator in one item)',
    { type: 'mergeAgencies', into: ag('海关'), from: [ag('自治区商务厅'), ag('满洲里海关')] },
  ],
  ['splitAgency', { type: 'splitAgency', agencyId: ag('海关'), name: '呼和浩特海关', items: [ref(4)] }],
  [
    'splitAgency (into an existing agency, emptying the source)',
    { type: 'splitAgency', agencyId: ag('海关'), name: '满洲里海关', items: [ref(3), ref(4)] },
  ],
  [
    'setItemRoles',
    {
      type: 'setItemRoles',
      item: ref(3),
      leads: ['海关'],
      cooperators: ['自治区发展改革委', '各旗县'],
      responsible: [],
    },
  ],
  ['markGeneric', { type: 'markGeneric', agencyId: ag('各盟市'), generic: false }],
];

describe('invert', () => {
  it.each(EVERY_KIND)('undoes %s exactly', (_name, op) => {
    const after = applyCorrection(model, op);
    if (!after.ok) throw new Error(after.reason);
    expect(after.model).not.toEqual(model);
    const inverse = invert(op, model);
    if (!inverse) throw new Error('no inverse');
    const undone = applyCorrection(after.model, inverse);
    if (!undone.ok) throw new Error(undone.reason);
    expect(undone.model).toStrictEqual(model);
  });

  it('undoes a whole history in reverse order', () => {
    const history: CorrectionOp[] = [
      { type: 'mergeAgencies', into: ag('自治区发展改革委'), from: [ag('自治区发改委')] },
      { type: 'splitAgency', agencyId: ag('海关'), name: '满洲里海关', items: [ref(4)] },
      { type: 'renameAgency', agencyId: ag('海关'), name: '二连浩特海关' },
      {
        type: 'setItemRoles',
        item: ref(2),
        leads: ['自治区发改委'],
        cooperators: ['各旗县'],
        responsible: [],
      },
      { type: 'markGeneric', agencyId: ag('各旗县'), generic: false },
    ];
    let current = model;
    const inverses = history.map((op) => {
      const inverse = invert(op, current);
      const after = applyCorrection(current, op);
      if (!after.ok || !inverse) throw new Error(`${op.type} did not apply`);
      current = after.model;
      return inverse;
    });
    const undone = applyCorrections(current, inverses.reverse());
    expect(undone.skipped).toEqual([]);
    expect(undone.model).toStrictEqual(model);
  });

  it('gives nothing to undo for an op that does not apply', () => {
    expect(invert({ type: 'markGeneric', agencyId: ag('各地'), generic: true }, model)).toBeNull();
  });

  it('refuses to undo over a later change to the same records', () => {
    const rename: CorrectionOp = { type: 'renameAgency', agencyId: ag('海关'), name: '呼和浩特海关' };
    const inverse = invert(rename, model);
    const later: CorrectionOp = { type: 'markGeneric', agencyId: ag('呼和浩特海关'), generic: true };
    const result = applyCorrections(model, [rename, later, ...(inverse ? [inverse] : [])]);
    expect(result.skipped).toEqual([
      { op: inverse, code: 'stale', reason: 'cannot undo renameAgency: ag:呼和浩特海关 has changed since' },
    ]);
  });
});
