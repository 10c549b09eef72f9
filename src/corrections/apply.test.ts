import { describe, expect, it } from 'vitest';
import { applyCorrections } from './apply.ts';
import { itemRef } from './item-ref.ts';
import type { CorrectionOp, ItemRef } from './ops.ts';
import { SAMPLE_TEXT, ag, deepFreeze, item, rolesByName, sampleModel } from './sample-notice.fixture.ts';

const model = deepFreeze(sampleModel());
const ref = (n: number) => itemRef(model, item(n)) as ItemRef;

/** A user's corrections to the sample notice, in the order they were made. */
const CORRECTIONS: readonly CorrectionOp[] = [
  { type: 'mergeAgencies', into: ag('自治区发展改革委'), from: [ag('自治区发改委')] },
  { type: 'splitAgency', agencyId: ag('海关'), name: '满洲里海关', items: [ref(4)] },
  { type: 'renameAgency', agencyId: ag('海关'), name: '二连浩特海关' },
  {
    type: 'setItemRoles',
    item: ref(2),
    leads: ['自治区发改委'],
    cooperators: ['自治区财政厅'],
    responsible: [],
  },
  { type: 'markGeneric', agencyId: ag('各盟市'), generic: true },
];

describe('applyCorrections', () => {
  const result = applyCorrections(model, CORRECTIONS);

  it('applies the ops in order, each to the model the previous one left', () => {
    expect(result.skipped).toEqual([]);
    expect(result.applied).toEqual([
      ...CORRECTIONS.slice(0, 4).map((op) => ({ op })),
      {
        op: CORRECTIONS[4],
        note: '各盟市 is already marked generic',
        caveats: [{ code: 'already-marked', name: '各盟市', generic: true }],
      },
    ]);
    expect(rolesByName(result.model)).toEqual([
      { leads: ['自治区商务厅'], cooperators: ['满洲里海关', '自治区财政厅'], responsible: [] },
      { leads: ['自治区发展改革委'], cooperators: ['自治区财政厅'], responsible: [] },
      { leads: ['自治区发展改革委'], cooperators: ['二连浩特海关', '各盟市'], responsible: [] },
      { leads: ['满洲里海关'], cooperators: ['自治区商务厅'], responsible: [] },
    ]);
  });

  it('never changes the model it is given (the model is frozen)', () => {
    expect(model.agencies.map((a) => a.name)).toContain('自治区发改委');
  });

  it('gives the same model when the same text is parsed again', () => {
    const again = applyCorrections(sampleModel(), CORRECTIONS);
    expect(again.skipped).toEqual([]);
    expect(again.model).toStrictEqual(result.model);
  });

  it('follows items renumbered by a new parse, and says so', () => {
    const inserted = SAMPLE_TEXT.replace(
      '一、推进改革\n',
      '一、推进改革\n（〇）新增事项。补充内容。（自治区商务厅负责）\n',
    );
    const again = applyCorrections(sampleModel(inserted), CORRECTIONS);
    expect(again.skipped).toEqual([]);
    expect(again.applied.map((a) => a.note).filter(Boolean)).toEqual([
      'item-4 is now item-5',
      'item-2 is now item-3',
      '各盟市 is already marked generic',
    ]);
    expect(again.applied.flatMap((a) => a.caveats ?? []).slice(0, 2)).toEqual([
      { code: 'item-moved', from: 'item-4', to: 'item-5' },
      { code: 'item-moved', from: 'item-2', to: 'item-3' },
    ]);
    expect(rolesByName(again.model).slice(1)).toEqual(rolesByName(result.model));
  });

  it('skips, with reasons, what no longer fits an edited notice, and applies the rest', () => {
    const edited = SAMPLE_TEXT.replace('鼓励金融创新。', '鼓励金融创新，服务实体经济。').replace(
      '自治区发改委、',
      '自治区发展改革委、',
    );
    const again = applyCorrections(sampleModel(edited), CORRECTIONS);
    expect(again.skipped).toEqual([
      { op: CORRECTIONS[0], code: 'agency-missing', reason: 'none of ag:自治区发改委 is in this notice' },
      { op: CORRECTIONS[3], code: 'item-changed', reason: 'item-2 has another text than when corrected' },
    ]);
    expect(again.applied.map((a) => a.op)).toEqual([CORRECTIONS[1], CORRECTIONS[2], CORRECTIONS[4]]);
  });
});
