import { describe, expect, it } from 'vitest';
import { itemRef, type CorrectionOp } from '../corrections/index.ts';
import type { ItemId } from '../notice/model.ts';
import {
  correctionMarks,
  correctionRows,
  correctNotice,
  describeCorrection,
  opsWithout,
} from './corrected-notices.ts';
import { ag, N1, N2, twoNotices } from './workspace.fixture.ts';

const models = twoNotices();
const ports = models.get(N1)!;
const trade = models.get(N2)!;
const rename: CorrectionOp = {
  type: 'renameAgency',
  agencyId: ag('自治区商务厅'),
  name: '自治区商务厅（口岸办）',
};
const roles: CorrectionOp = {
  type: 'setItemRoles',
  item: itemRef(ports, 'item-2' as ItemId)!,
  leads: ['自治区财政厅'],
  cooperators: ['自治区金融办'],
  responsible: [],
};
const stale: CorrectionOp = { type: 'markGeneric', agencyId: ag('满洲里海关'), generic: true };

describe('correctionMarks', () => {
  it('badges the agencies and the (scoped) items that corrections changed', () => {
    const notices = [
      correctNotice(N1, '口岸', ports, [rename, roles]),
      correctNotice(N2, '外贸', trade, [rename]),
    ];
    const marks = correctionMarks(notices);
    expect([...marks.agencies]).toEqual([ag('自治区商务厅（口岸办）')]);
    expect([...marks.items]).toEqual(['n1/item-2']);
  });

  it('badges nothing for a correction that was skipped', () => {
    const merge: CorrectionOp = { type: 'mergeAgencies', into: ag('不存在'), from: [ag('满洲里海关')] };
    expect(correctionMarks([correctNotice(N1, '口岸', ports, [merge])]).agencies.size).toBe(0);
  });
});

describe('correctionRows', () => {
  it('lists corrections newest first, the same one in two notices once, with where it applied', () => {
    const notices = [
      correctNotice(N1, '口岸', ports, [rename, roles, stale, stale]),
      correctNotice(N2, '外贸', trade, [rename, stale]),
    ];
    const rows = correctionRows(notices);
    expect(rows.map((r) => r.text)).toEqual([
      'Marked 满洲里海关 as a collective (generic)',
      'Agencies of "鼓励金融创新": lead 自治区财政厅; cooperating 自治区金融办',
      'Renamed 自治区商务厅 → 自治区商务厅（口岸办）',
    ]);
    expect(rows[2]?.notices.map((n) => [n.noticeName, n.applied])).toEqual([
      ['口岸', true],
      ['外贸', true],
    ]);
    // The second mark in the same notice is a no-op with a note; in the notice without the agency, skipped.
    expect(rows[0]?.notices.map((n) => [n.noticeName, n.applied, n.detail])).toEqual([
      ['口岸', true, null],
      ['口岸', true, '满洲里海关 is already marked generic'],
      ['外贸', false, 'no agency ag:满洲里海关 in this notice'],
    ]);
  });
});

describe('describeCorrection', () => {
  const notice = correctNotice(N1, '口岸', ports, []);
  it("says what a merge, a split and a mark do, with the notice's names", () => {
    expect(
      describeCorrection(
        { type: 'mergeAgencies', into: ag('自治区商务厅'), from: [ag('满洲里海关'), ag('自治区财政厅')] },
        notice,
      ),
    ).toBe('Merged 满洲里海关、自治区财政厅 into 自治区商务厅');
    const split: CorrectionOp = {
      type: 'splitAgency',
      agencyId: ag('自治区财政厅'),
      name: '自治区金融办',
      items: [itemRef(ports, 'item-2' as ItemId)!],
    };
    expect(describeCorrection(split, notice)).toBe('Split 自治区财政厅: 1 item names 自治区金融办');
    expect(describeCorrection({ type: 'markGeneric', agencyId: ag('x'), generic: false }, notice)).toBe(
      'Marked x as one agency',
    );
  });
});

describe('opsWithout', () => {
  it('takes out the last equal op only, as undo does', () => {
    expect(opsWithout([rename, stale, roles, stale], { ...stale })).toEqual([rename, stale, roles]);
    expect(opsWithout([rename], stale)).toEqual([rename]);
  });
});
