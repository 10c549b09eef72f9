import { describe, expect, it } from 'vitest';
import { applyCorrection } from './apply.ts';
import { ag, deepFreeze, rolesByName, sampleModel } from './sample-notice.fixture.ts';

describe('mergeAgencies', () => {
  const model = deepFreeze(sampleModel());

  it('makes two spellings one agency: items name it, its aliases keep the other spelling', () => {
    const out = applyCorrection(model, {
      type: 'mergeAgencies',
      into: ag('自治区发展改革委'),
      from: [ag('自治区发改委')],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(out.model.agencies.map((a) => a.name)).not.toContain('自治区发改委');
    expect(out.model.agencies.find((a) => a.id === ag('自治区发展改革委'))?.aliases).toEqual([
      '自治区发改委',
    ]);
    expect(rolesByName(out.model)[1]?.responsible).toEqual(['自治区发展改革委', '自治区财政厅']);
    expect(out.model.items[1]?.mentions[0]?.agencyId).toBe(ag('自治区发展改革委'));
  });

  it('lets a lead win over the same agency cooperating, as the parser does', () => {
    // Item 4: 海关牵头，自治区商务厅配合 — both become one agency, which leads.
    const out = applyCorrection(model, {
      type: 'mergeAgencies',
      into: ag('海关'),
      from: [ag('自治区商务厅')],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(rolesByName(out.model)[3]).toEqual({ leads: ['海关'], cooperators: [], responsible: [] });
    expect(out.model.items[3]?.mentions.map((m) => m.role)).toEqual(['lead', 'cooperate']);
  });

  it('merges what is there and notes a name already gone', () => {
    const out = applyCorrection(model, {
      type: 'mergeAgencies',
      into: ag('满洲里海关'),
      from: [ag('海关'), ag('二连浩特海关')],
    });
    expect(out).toMatchObject({
      ok: true,
      note: 'not in this notice: ag:二连浩特海关',
      caveats: [{ code: 'merge-absent', agencies: ['ag:二连浩特海关'] }],
    });
  });

  it('skips a merge with nothing to merge', () => {
    expect(
      applyCorrection(model, { type: 'mergeAgencies', into: ag('海关'), from: [ag('海关')] }),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(
      applyCorrection(model, { type: 'mergeAgencies', into: ag('海关'), from: [ag('二连浩特海关')] }),
    ).toMatchObject({ ok: false, code: 'agency-missing' });
    expect(
      applyCorrection(model, { type: 'mergeAgencies', into: ag('二连浩特海关'), from: [ag('海关')] }),
    ).toMatchObject({ ok: false, code: 'agency-missing' });
  });
});
