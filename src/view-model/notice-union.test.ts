import { describe, expect, it } from 'vitest';
import { computeWorkload } from '../analysis/workload.ts';
import type { CorrectionOp } from '../corrections/index.ts';
import type { AgencyId } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { asNoticeId, type NoticeId } from '../workspace/notice-id.ts';
import { ALL_NOTICES } from '../workspace/scope.ts';
import { correctNotice } from './corrected-notices.ts';
import { planCorrection } from './correction-plan.ts';
import { keepApartNames, unionOfNotices } from './notice-union.ts';

const notice = (issuer: string, ...items: string[]) =>
  [`${issuer}关于印发重点工作分工方案的通知`, '一、推进改革', ...items, ''].join('\n');

const n1 = asNoticeId('n1');
const n2 = asNoticeId('n2');
const ag = (name: string) => `ag:${name}` as AgencyId;

/** Two invented cities' notices: each has its own 市财政局; 青岭 writes 市发改委, 白河 the full name. */
const QINGLING = notice(
  '青岭市人民政府办公室',
  '（一）创新管理。优化服务。（市财政局牵头，市发改委配合）',
  '（二）拓展业务。鼓励创新。（市发改委负责）',
);
const BAIHE = notice('白河市人民政府', '（一）提高水平。稳定外贸。（市财政局牵头，市商务局配合）');

/** One city's two notices: the commission written short in one and in full in the other. */
const EARLY = notice(
  '青岭市人民政府',
  '（一）创新管理。优化服务。（市发改委牵头，市财政局配合）',
  '（二）拓展业务。鼓励创新。（市发改委负责）',
);
const LATER = notice(
  '青岭市人民政府办公室',
  '（一）提高水平。稳定外贸。（市发展和改革委员会牵头，市商务局配合）',
);

function workspace(texts: Record<NoticeId, string>, ops: Record<NoticeId, CorrectionOp[]> = {}) {
  const corrected = Object.entries(texts).map(([id, text]) =>
    correctNotice(id as NoticeId, id, parseNotice(text), ops[id as NoticeId] ?? []),
  );
  const keptApart = corrected.flatMap((n) =>
    n.result.applied.flatMap(({ op }) => (op.type === 'keepApart' ? [op.names] : [])),
  );
  const models = new Map(corrected.map((n) => [n.id, n.result.model]));
  const union = unionOfNotices(
    corrected.map((n) => ({ id: n.id, model: n.result.model })),
    ALL_NOTICES,
    keptApart,
  );
  return { union, models };
}

const names = (u: ReturnType<typeof workspace>['union']) => u.model.agencies.map((a) => a.name);

describe('unionOfNotices', () => {
  it("keeps two cities' finance bureaus apart, each under its city's name", () => {
    // Each city's bare names would mean another body in the other city's notice: all are qualified.
    const { union } = workspace({ [n1]: QINGLING, [n2]: BAIHE });
    expect(union.qualified).toBe(true);
    expect(names(union)).toEqual(['青岭市财政局', '青岭市发改委', '白河市财政局', '白河市商务局']);
    const load = computeWorkload(union.model);
    expect(load.get(ag('青岭市财政局'))?.led).toBe(1);
    expect(load.get(ag('白河市财政局'))?.led).toBe(1);
    // The provenance: which notice wrote it how.
    expect(union.spellings.get(ag('青岭市财政局'))).toEqual([
      { noticeId: n1, agencyId: ag('市财政局'), name: '市财政局', aliases: [], items: 1 },
    ]);
    expect(union.model.agencies[0]?.aliases).toContain('市财政局');
    expect(union.proposals).toEqual([]);
  });

  it('leaves names as written when every notice speaks for one region, and joins the same name', () => {
    const { union } = workspace({ [n1]: EARLY, [n2]: LATER });
    expect(union.qualified).toBe(false);
    expect(names(union)).toEqual(['市发改委', '市财政局', '市发展和改革委员会', '市商务局']);
    expect(union.agencyNotices.get(ag('市发改委'))).toEqual([n1]);
  });

  it('proposes the short and the full name of one commission once, and merges nothing by itself', () => {
    const { union } = workspace({ [n1]: EARLY, [n2]: LATER });
    expect(union.proposals).toEqual([
      {
        key: 'ag:市发展和改革委员会|ag:市发改委',
        agencies: [ag('市发改委'), ag('市发展和改革委员会')],
        rule: 'form',
      },
    ]);
  });

  it('proposes a name that gives its city and one that leaves it to the notice', () => {
    const withCity = notice('青岭市人民政府', '（一）提高水平。稳定外贸。（青岭市财政局负责）');
    const { union } = workspace({ [n1]: EARLY, [n2]: withCity });
    expect(union.proposals.map((p) => [p.agencies, p.rule])).toEqual([
      [[ag('市财政局'), ag('青岭市财政局')], 'region'],
    ]);
  });

  it("confirmed, renames the other notice's spelling: one agency with both provenances", () => {
    const before = workspace({ [n1]: EARLY, [n2]: LATER });
    const [proposal] = before.union.proposals;
    const [keep, ...others] = proposal?.agencies ?? [];
    const plan = planCorrection(
      { type: 'merge', into: keep as AgencyId, from: others },
      before.models,
      before.union,
    );
    expect(plan).toEqual({
      ok: true,
      ops: [
        { noticeId: n2, op: { type: 'renameAgency', agencyId: ag('市发展和改革委员会'), name: '市发改委' } },
      ],
    });
    if (!plan.ok) return;
    const after = workspace({ [n1]: EARLY, [n2]: LATER }, { [n2]: plan.ops.map((p) => p.op) });
    expect(names(after.union)).toEqual(['市发改委', '市财政局', '市商务局']);
    expect(after.union.spellings.get(ag('市发改委'))).toEqual([
      { noticeId: n1, agencyId: ag('市发改委'), name: '市发改委', aliases: [], items: 2 },
      { noticeId: n2, agencyId: ag('市发改委'), name: '市发改委', aliases: ['市发展和改革委员会'], items: 1 },
    ]);
    expect(after.union.model.agencies[0]?.aliases).toEqual(['市发展和改革委员会']);
    expect(computeWorkload(after.union.model).get(ag('市发改委'))?.items).toBe(3);
    expect(after.union.proposals).toEqual([]);
  });

  it('confirmed across regions, writes the kept spelling that is the same agency in the other notice', () => {
    const inner = notice('内蒙古自治区人民政府办公厅', '（一）创新管理。优化服务。（自治区发展改革委牵头）');
    const copy = notice('内蒙古自治区人民政府', '（一）提高水平。稳定外贸。（自治区发展和改革委员会牵头）');
    const province = notice('四川省人民政府', '（一）提高水平。稳定外贸。（省财政厅牵头）');
    const before = workspace({ [n1]: inner, [n2]: copy, [asNoticeId('n3')]: province });
    expect(before.union.qualified).toBe(true);
    const [proposal] = before.union.proposals;
    expect(proposal?.agencies).toEqual([ag('内蒙古自治区发展改革委'), ag('内蒙古自治区发展和改革委员会')]);
    const plan = planCorrection(
      { type: 'merge', into: ag('内蒙古自治区发展改革委'), from: [ag('内蒙古自治区发展和改革委员会')] },
      before.models,
      before.union,
    );
    expect(plan.ok && plan.ops).toEqual([
      {
        noticeId: n2,
        op: { type: 'renameAgency', agencyId: ag('自治区发展和改革委员会'), name: '自治区发展改革委' },
      },
    ]);
  });

  it('rejected, stores the decision in both notices and does not propose it again', () => {
    const before = workspace({ [n1]: EARLY, [n2]: LATER });
    const proposal = before.union.proposals[0];
    if (!proposal) throw new Error('expected a proposal');
    const plan = planCorrection(
      {
        type: 'keepApart',
        agencies: proposal.agencies,
        names: keepApartNames(proposal, before.union.model.agencies),
      },
      before.models,
      before.union,
    );
    expect(plan.ok && plan.ops.map((p) => p.noticeId)).toEqual([n1, n2]);
    if (!plan.ok) return;
    const ops = { [n1]: [plan.ops[0]!.op], [n2]: [plan.ops[1]!.op] };
    const after = workspace({ [n1]: EARLY, [n2]: LATER }, ops);
    expect(after.union.proposals).toEqual([]);
    expect(names(after.union)).toContain('市发展和改革委员会');
  });

  it("reads a level above a city's notice as the one region of that level in view", () => {
    const region = notice(
      '内蒙古自治区人民政府办公厅',
      '（一）创新管理。优化服务。（自治区商务厅牵头，市财政局配合）',
    );
    const city = notice(
      '满洲里市人民政府办公室',
      '（一）提高水平。稳定外贸。（自治区商务厅牵头，市财政局配合）',
    );
    const { union } = workspace({ [n1]: region, [n2]: city });
    // A level below the region's (市 in the region's notice) is some city of it, as the rule reads it.
    // 自治区商务厅 is the same body read in either notice: it stays as written, one agency.
    expect(names(union)).toEqual(['自治区商务厅', '内蒙古自治区市财政局', '满洲里市财政局']);
    expect(union.agencyNotices.get(ag('自治区商务厅'))).toEqual([n1, n2]);
    // With no notice of that level in view, the name stays as written: one agency all the same.
    const other = notice('呼伦贝尔市人民政府', '（一）发展边境贸易。（自治区商务厅牵头）');
    const cities = workspace({ [n1]: city, [n2]: other }).union;
    expect(names(cities)).toEqual(['自治区商务厅', '满洲里市财政局']);
    expect(cities.proposals).toEqual([]);
  });

  it("renames a qualified agency in the notice that wrote it, under that notice's own id", () => {
    const { union, models } = workspace({ [n1]: QINGLING, [n2]: BAIHE });
    const plan = planCorrection(
      { type: 'rename', agencyId: ag('白河市财政局'), name: '白河市财政厅' },
      models,
      union,
    );
    expect(plan.ok && plan.ops).toEqual([
      { noticeId: n2, op: { type: 'renameAgency', agencyId: ag('市财政局'), name: '白河市财政厅' } },
    ]);
  });
});
