import { describe, expect, it } from 'vitest';
import { applyCorrection } from './apply.ts';
import { ag, deepFreeze, sampleModel } from './sample-notice.fixture.ts';

describe('markGeneric', () => {
  const model = deepFreeze(sampleModel());
  const agency = (m: typeof model, name: string) => m.agencies.find((a) => a.name === name);

  it('marks an agency generic, and its kind with it', () => {
    const out = applyCorrection(model, { type: 'markGeneric', agencyId: ag('海关'), generic: true });
    if (!out.ok) throw new Error(out.reason);
    expect(agency(out.model, '海关')).toMatchObject({ generic: true, kind: 'generic' });
  });

  it('unmarks a generic actor and classifies its name afresh', () => {
    const out = applyCorrection(model, { type: 'markGeneric', agencyId: ag('各盟市'), generic: false });
    if (!out.ok) throw new Error(out.reason);
    expect(agency(out.model, '各盟市')).toMatchObject({ generic: false, kind: 'regional' });
  });

  it('notes a mark that is already there and changes nothing', () => {
    const out = applyCorrection(model, { type: 'markGeneric', agencyId: ag('各盟市'), generic: true });
    expect(out).toEqual({
      ok: true,
      model,
      note: '各盟市 is already marked generic',
      caveats: [{ code: 'already-marked', name: '各盟市', generic: true }],
    });
  });

  it('skips an agency the notice lacks', () => {
    expect(
      applyCorrection(model, { type: 'markGeneric', agencyId: ag('各地'), generic: true }),
    ).toMatchObject({
      ok: false,
      code: 'agency-missing',
    });
  });
});
