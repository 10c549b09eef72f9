import { describe, expect, it } from 'vitest';
import { applyCorrection } from './apply.ts';
import { ag, deepFreeze, rolesByName, sampleModel } from './sample-notice.fixture.ts';

describe('renameAgency', () => {
  const model = deepFreeze(sampleModel());

  it('renames the agency everywhere, re-keys its id and keeps the old name as an alias', () => {
    const out = applyCorrection(model, { type: 'renameAgency', agencyId: ag('海关'), name: '呼和浩特海关' });
    if (!out.ok) throw new Error(out.reason);
    const renamed = out.model.agencies.find((a) => a.name === '呼和浩特海关');
    expect(renamed).toMatchObject({ id: ag('呼和浩特海关'), aliases: ['海关'], kind: 'central' });
    expect(out.model.agencies.some((a) => a.id === ag('海关'))).toBe(false);
    expect(rolesByName(out.model)[2]?.cooperators).toEqual(['呼和浩特海关', '各盟市']);
    expect(rolesByName(out.model)[3]?.leads).toEqual(['呼和浩特海关']);
    const mentions = out.model.items
      .flatMap((a) => a.mentions)
      .filter((m) => m.agencyId === ag('呼和浩特海关'));
    expect(mentions.map((m) => out.model.text.slice(m.start, m.end))).toEqual(['海关', '海关']);
  });

  it('strips control and bidirectional characters, and refuses a name past 60 characters', () => {
    const out = applyCorrection(model, {
      type: 'renameAgency',
      agencyId: ag('海关'),
      name: '\u202e呼和浩特海关\u202c',
    });
    if (!out.ok) throw new Error(out.reason);
    expect(out.model.agencies.some((a) => a.name === '呼和浩特海关')).toBe(true);
    const long = applyCorrection(model, {
      type: 'renameAgency',
      agencyId: ag('海关'),
      name: '海'.repeat(5000),
    });
    expect(long).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'the new name: a name has at most 60 characters (this one has 5000)',
    });
  });

  it('keeps the agency in its place in the list', () => {
    const out = applyCorrection(model, { type: 'renameAgency', agencyId: ag('海关'), name: '呼和浩特海关' });
    if (!out.ok) throw new Error(out.reason);
    expect(out.model.agencies.map((a) => a.name)).toEqual(
      model.agencies.map((a) => (a.name === '海关' ? '呼和浩特海关' : a.name)),
    );
  });

  it('refuses a name another agency has, pointing to a merge', () => {
    const out = applyCorrection(model, {
      type: 'renameAgency',
      agencyId: ag('自治区发改委'),
      name: '自治区发展改革委',
    });
    expect(out).toEqual({
      ok: false,
      code: 'name-taken',
      reason: '自治区发展改革委 already exists: merge the two agencies instead',
    });
  });

  it('refuses an empty name and an unknown agency', () => {
    expect(applyCorrection(model, { type: 'renameAgency', agencyId: ag('海关'), name: '  ' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(
      applyCorrection(model, { type: 'renameAgency', agencyId: ag('公安厅'), name: '自治区公安厅' }),
    ).toMatchObject({
      ok: false,
      code: 'agency-missing',
    });
  });

  it('changes nothing when the name is already the agency name', () => {
    const out = applyCorrection(model, { type: 'renameAgency', agencyId: ag('海关'), name: '海关' });
    expect(out).toEqual({
      ok: true,
      model,
      note: '海关 already has this name',
      caveats: [{ code: 'same-name', name: '海关' }],
    });
  });
});
