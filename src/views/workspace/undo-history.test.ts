// "Undo last" from what is stored: after a reload (nothing remembered by the tab) it takes back the newest
// correction, then the one before; what the tab made is taken back whole while it is still the newest.
import { describe, expect, it } from 'vitest';
import type { CorrectionOp } from '../../corrections/index.ts';
import type { AgencyId } from '../../notice/model.ts';
import { asNoticeId } from '../../workspace/notice-id.ts';
import { lastCorrection, type StoredList } from './undo-history.ts';

const rename = (from: string, to: string): CorrectionOp => ({
  type: 'renameAgency',
  agencyId: `ag:${from}` as AgencyId,
  name: to,
});
const generic = (name: string): CorrectionOp => ({
  type: 'markGeneric',
  agencyId: `ag:${name}` as AgencyId,
  generic: true,
});

const a = asNoticeId('n-a');
const b = asNoticeId('n-b');
const first = rename('海关', '满洲里海关');
const second = generic('各地');
const third = rename('商务厅', '自治区商务厅');

describe('lastCorrection after a reload', () => {
  it("takes the last of one notice's list, then the one before", () => {
    expect(lastCorrection([], [{ noticeId: a, ops: [first, second] }])).toEqual([
      { noticeId: a, op: second },
    ]);
    expect(lastCorrection([], [{ noticeId: a, ops: [first] }])).toEqual([{ noticeId: a, op: first }]);
    expect(lastCorrection([], [{ noticeId: a, ops: [] }])).toBeNull();
  });

  it('takes a correction made in several notices from all of them at once', () => {
    const lists: StoredList[] = [
      { noticeId: a, ops: [first, second] },
      { noticeId: b, ops: [second] },
    ];
    expect(lastCorrection([], lists)).toEqual([
      { noticeId: a, op: second },
      { noticeId: b, op: second },
    ]);
  });

  it('takes what came after a shared correction before it', () => {
    // `third` was made in b after `second` was made in both: b's list shows it.
    const lists: StoredList[] = [
      { noticeId: a, ops: [second] },
      { noticeId: b, ops: [second, third] },
    ];
    expect(lastCorrection([], lists)).toEqual([{ noticeId: b, op: third }]);
  });
});

describe('lastCorrection by the order made across notices', () => {
  it('takes the globally newest end, whichever notice comes later in view', () => {
    // `third` was made in a after `first` in b: a is first in view, yet its end is the newer.
    const lists: StoredList[] = [
      { noticeId: a, ops: [third], seqs: [5] },
      { noticeId: b, ops: [first], seqs: [2] },
    ];
    expect(lastCorrection([], lists)).toEqual([{ noticeId: a, op: third }]);
    const swapped: StoredList[] = [
      { noticeId: a, ops: [third], seqs: [2] },
      { noticeId: b, ops: [first], seqs: [5] },
    ];
    expect(lastCorrection([], swapped)).toEqual([{ noticeId: b, op: first }]);
  });

  it("falls back to the order in view when a list's numbers do not match its ops", () => {
    const lists: StoredList[] = [
      { noticeId: a, ops: [third], seqs: [5] },
      { noticeId: b, ops: [first], seqs: [] },
    ];
    expect(lastCorrection([], lists)).toEqual([{ noticeId: b, op: first }]);
  });
});

describe('lastCorrection with what the tab made', () => {
  it("takes the tab's last correction whole, and passes over one no longer the newest", () => {
    const lists: StoredList[] = [
      { noticeId: a, ops: [first, third] },
      { noticeId: b, ops: [second] },
    ];
    // Made here: `second` in b, then `third` in a. Without the tab's memory, b (later in view) would go first.
    const made = [[{ noticeId: b, op: second }], [{ noticeId: a, op: third }]];
    expect(lastCorrection(made, lists)).toEqual([{ noticeId: a, op: third }]);
    const removed = [{ noticeId: a, ops: [first] }, lists[1]!];
    expect(lastCorrection(made, removed)).toEqual([{ noticeId: b, op: second }]);
  });
});
