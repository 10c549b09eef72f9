import { describe, expect, it } from 'vitest';
import { applyCorrection } from './apply.ts';
import { itemRef } from './item-ref.ts';
import type { ItemRef } from './ops.ts';
import { ag, deepFreeze, item, rolesByName, sampleModel } from './sample-notice.fixture.ts';

describe('setItemRoles', () => {
  const model = deepFreeze(sampleModel());
  const ref = (n: number) => itemRef(model, item(n)) as ItemRef;

  it('refuses a name past 60 characters, saying so', () => {
    const out = applyCorrection(model, {
      type: 'setItemRoles',
      item: ref(2),
      leads: ['局'.repeat(61)],
      cooperators: [],
      responsible: [],
    });
    expect(out).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'a name has at most 60 characters (this one has 61)',
    });
  });

  it('sets the roles by name, and the mentions in the text take the new roles', () => {
    const out = applyCorrection(model, {
      type: 'setItemRoles',
      item: ref(2),
      leads: ['自治区发改委'],
      cooperators: ['自治区财政厅'],
      responsible: [],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(rolesByName(out.model)[1]).toEqual({
      leads: ['自治区发改委'],
      cooperators: ['自治区财政厅'],
      responsible: [],
    });
    expect(out.model.items[1]?.mentions.map((m) => m.role)).toEqual(['lead', 'cooperate']);
    const spans = out.model.items[1]?.mentions.map((m) => out.model.text.slice(m.start, m.end));
    expect(spans).toEqual(['自治区发改委', '自治区财政厅']);
  });

  it('creates an agency for a name the notice lacks, classified like the parser would', () => {
    const out = applyCorrection(model, {
      type: 'setItemRoles',
      item: ref(4),
      leads: ['海关'],
      cooperators: ['自治区商务厅', '各旗县'],
      responsible: [],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(out.model.agencies.at(-1)).toEqual({
      id: ag('各旗县'),
      name: '各旗县',
      aliases: [],
      generic: true,
      kind: 'generic',
    });
  });

  it('drops the mention and the agency when the item was its only one', () => {
    const out = applyCorrection(model, {
      type: 'setItemRoles',
      item: ref(3),
      leads: ['自治区发展改革委'],
      cooperators: ['海关'],
      responsible: [],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(out.model.agencies.map((a) => a.name)).not.toContain('各盟市');
    expect(out.model.items[2]?.mentions.map((m) => m.agencyId)).toEqual([ag('自治区发展改革委'), ag('海关')]);
  });

  it('finds an agency by one of its other spellings', () => {
    const merged = applyCorrection(model, {
      type: 'mergeAgencies',
      into: ag('自治区发展改革委'),
      from: [ag('自治区发改委')],
    });
    if (!merged.ok) throw new Error(merged.reason);
    const out = applyCorrection(merged.model, {
      type: 'setItemRoles',
      item: ref(2),
      leads: ['自治区发改委'],
      cooperators: [],
      responsible: ['自治区财政厅'],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(rolesByName(out.model)[1]?.leads).toEqual(['自治区发展改革委']);
  });

  it('skips an item whose text is no longer there, or an empty name', () => {
    const gone = { assignmentId: item(9), textHash: 'deadbeef' };
    const roles = { leads: ['海关'], cooperators: [], responsible: [] };
    expect(applyCorrection(model, { type: 'setItemRoles', item: gone, ...roles })).toEqual({
      ok: false,
      code: 'item-missing',
      reason: 'no item item-9 with the corrected text',
    });
    expect(
      applyCorrection(model, { type: 'setItemRoles', item: ref(1), ...roles, cooperators: [''] }),
    ).toMatchObject({ ok: false, code: 'invalid' });
  });
});
