import { describe, expect, it } from 'vitest';
import type { CorrectionOp } from '../corrections/index.ts';
import type { NoticeModel } from '../notice/model.ts';
import { mergeNotices } from '../workspace/merge.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { ALL_NOTICES } from '../workspace/scope.ts';
import { correctNotice } from './corrected-notices.ts';
import { planCorrection, type CorrectionRequest, type PlannedCorrection } from './correction-plan.ts';
import { ag, N1, N2, twoNotices } from './workspace.fixture.ts';

const models = twoNotices();

function ops(request: CorrectionRequest): PlannedCorrection[] {
  const plan = planCorrection(request, models);
  if (!plan.ok) throw new Error(plan.reason);
  return [...plan.ops];
}

/** The merged model after the planned ops, applied as the app applies them. */
function mergedAfter(planned: readonly PlannedCorrection[]): NoticeModel {
  const notices = [...models].map(([id, model]) => {
    const mine: CorrectionOp[] = planned.filter((p) => p.noticeId === id).map((p) => p.op);
    const corrected = correctNotice(id, id, model, mine);
    expect(corrected.result.skipped).toEqual([]);
    return { id, model: corrected.result.model };
  });
  return mergeNotices(notices, ALL_NOTICES).model;
}

const names = (model: NoticeModel) => model.agencies.map((a) => a.name);
const noticesOf = (planned: readonly PlannedCorrection[]): NoticeId[] => planned.map((p) => p.noticeId);

describe('planCorrection', () => {
  it('renames an agency in every notice in view that names it, so it stays one node', () => {
    const planned = ops({ type: 'rename', agencyId: ag('自治区商务厅'), name: ' 自治区商务厅（口岸办） ' });
    expect(noticesOf(planned)).toEqual([N1, N2]);
    expect(planned[0]?.op).toEqual({
      type: 'renameAgency',
      agencyId: ag('自治区商务厅'),
      name: '自治区商务厅（口岸办）',
    });
    const merged = mergedAfter(planned);
    expect(names(merged).filter((n) => n.startsWith('自治区商务厅'))).toEqual(['自治区商务厅（口岸办）']);
  });

  it('turns a rename to a name the notice already has into a merge', () => {
    const planned = ops({ type: 'rename', agencyId: ag('满洲里海关'), name: '自治区财政厅' });
    expect(planned).toEqual([
      { noticeId: N1, op: { type: 'mergeAgencies', into: ag('自治区财政厅'), from: [ag('满洲里海关')] } },
    ]);
    expect(names(mergedAfter(planned))).not.toContain('满洲里海关');
  });

  it('merges two names: where a notice has only the other name, it takes the kept one', () => {
    const planned = ops({ type: 'merge', into: ag('自治区发展改革委'), from: [ag('自治区财政厅')] });
    expect(planned).toEqual([
      { noticeId: N1, op: { type: 'renameAgency', agencyId: ag('自治区财政厅'), name: '自治区发展改革委' } },
    ]);
    const merged = mergedAfter(planned);
    expect(names(merged)).toEqual(['自治区商务厅', '满洲里海关', '自治区发展改革委']);
    const load = merged.items.filter((a) =>
      [...a.cooperators, ...a.responsible].includes(ag('自治区发展改革委')),
    );
    expect(load.map((a) => a.id)).toEqual(['n1/item-1', 'n1/item-2', 'n2/item-1']);
  });

  it('merges within a notice that has both names, and the rest of several others', () => {
    const planned = ops({
      type: 'merge',
      into: ag('自治区商务厅'),
      from: [ag('满洲里海关'), ag('自治区财政厅')],
    });
    expect(planned).toEqual([
      {
        noticeId: N1,
        op: { type: 'mergeAgencies', into: ag('自治区商务厅'), from: [ag('满洲里海关'), ag('自治区财政厅')] },
      },
    ]);
  });

  it('splits an agency in the chosen items, per notice, items named by id and text hash', () => {
    const planned = ops({
      type: 'split',
      agencyId: ag('自治区商务厅'),
      name: '自治区口岸办',
      items: ['n2/item-1'],
    });
    expect(noticesOf(planned)).toEqual([N2]);
    expect(planned[0]?.op).toMatchObject({ type: 'splitAgency', items: [{ assignmentId: 'item-1' }] });
    const merged = mergedAfter(planned);
    expect(merged.items.find((a) => a.id === 'n2/item-1')?.leads).toEqual([ag('自治区口岸办')]);
    expect(merged.items.find((a) => a.id === 'n1/item-1')?.leads).toEqual([ag('自治区商务厅')]);
  });

  it("sets one item's roles by name in its own notice", () => {
    const planned = ops({
      type: 'setRoles',
      item: 'n1/item-2',
      leads: ['自治区财政厅', ' '],
      cooperators: ['自治区金融办', '自治区金融办'],
      responsible: [],
    });
    expect(planned).toEqual([
      {
        noticeId: N1,
        op: {
          type: 'setItemRoles',
          item: { assignmentId: 'item-2', textHash: expect.stringMatching(/^[0-9a-f]{8}$/) },
          leads: ['自治区财政厅'],
          cooperators: ['自治区金融办'],
          responsible: [],
        },
      },
    ]);
    expect(names(mergedAfter(planned))).toContain('自治区金融办');
  });

  it('marks an agency generic in every notice that names it', () => {
    const planned = ops({ type: 'markGeneric', agencyId: ag('自治区商务厅'), generic: true });
    expect(noticesOf(planned)).toEqual([N1, N2]);
    expect(mergedAfter(planned).agencies.find((a) => a.id === ag('自治区商务厅'))?.generic).toBe(true);
  });

  it('refuses what cannot be a correction, with a reason', () => {
    const refused = (request: CorrectionRequest) => {
      const plan = planCorrection(request, models);
      return plan.ok ? null : plan.reason;
    };
    expect(refused({ type: 'rename', agencyId: ag('自治区商务厅'), name: '  ' })).toBe(
      'The new name is empty.',
    );
    expect(refused({ type: 'rename', agencyId: ag('不存在'), name: 'x' })).toBe(
      'No notice in view names this agency.',
    );
    expect(refused({ type: 'merge', into: ag('自治区商务厅'), from: [ag('自治区商务厅')] })).toMatch(
      /another agency/,
    );
    expect(
      refused({ type: 'split', agencyId: ag('自治区商务厅'), name: '自治区商务厅', items: ['n1/item-1'] }),
    ).toMatch(/another name/);
    expect(refused({ type: 'split', agencyId: ag('自治区商务厅'), name: 'x', items: ['n9/item-1'] })).toMatch(
      /Choose/,
    );
    expect(refused({ type: 'setRoles', item: 'item-1', leads: [], cooperators: [], responsible: [] })).toBe(
      'The item is not in view.',
    );
  });
});
