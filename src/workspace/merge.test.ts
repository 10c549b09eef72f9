import { describe, expect, it } from 'vitest';
import { computeWorkload } from '../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { mergeNotices, type ScopedNotice } from './merge.ts';
import { asNoticeId } from './notice-id.ts';
import { ALL_NOTICES, noticeScope } from './scope.ts';
import { splitScopedId } from './scoped-id.ts';

const FIRST = [
  '自治区人民政府办公厅关于印发口岸建设分工方案的通知',
  '一、推进改革',
  '（一）创新口岸管理。优化通关服务。（自治区商务厅牵头，满洲里海关、自治区财政厅配合）',
  '（二）拓展金融业务。鼓励金融创新。（自治区财政厅负责）',
  '',
].join('\n');

const SECOND = [
  '自治区人民政府办公厅关于印发外贸发展分工方案的通知',
  '一、扩大开放',
  '（一）提高外贸水平。稳定外贸。（自治区商务厅牵头，自治区发展改革委配合）',
  '',
].join('\n');

const n1 = asNoticeId('n1');
const n2 = asNoticeId('n2');
const notices: ScopedNotice[] = [
  { id: n1, model: parseNotice(FIRST) },
  { id: n2, model: parseNotice(SECOND) },
];
const ag = (name: string) => `ag:${name}` as AgencyId;

const itemTexts = (model: NoticeModel) => model.items.map((a) => model.text.slice(a.start, a.end));

describe('mergeNotices', () => {
  const all = mergeNotices(notices, ALL_NOTICES);

  it('makes an agency named in two notices one agency whose load adds up', () => {
    expect(all.model.agencies.filter((a) => a.name === '自治区商务厅')).toHaveLength(1);
    expect(all.model.agencies.map((a) => a.name)).toEqual([
      '自治区商务厅',
      '满洲里海关',
      '自治区财政厅',
      '自治区发展改革委',
    ]);
    expect(computeWorkload(all.model).get(ag('自治区商务厅'))?.led).toBe(2);
    expect(all.agencyNotices.get(ag('自治区商务厅'))).toEqual([n1, n2]);
    expect(all.agencyNotices.get(ag('满洲里海关'))).toEqual([n1]);
  });

  it('prefixes section, task and item ids with their notice and records where each came from', () => {
    expect(all.model.items.map((a) => a.id)).toEqual(['n1/item-1', 'n1/item-2', 'n2/item-1']);
    expect(all.model.items.map((a) => a.taskId)).toEqual(['n1/task-1', 'n1/task-2', 'n2/task-1']);
    expect(all.model.tasks.map((t) => t.sectionId)).toEqual(['n1/sec-1', 'n1/sec-1', 'n2/sec-1']);
    expect(all.origin.get('n2/item-1')).toBe(n2);
    expect(all.origin.get('n1/sec-1')).toBe(n1);
    expect(splitScopedId('n2/item-1')).toEqual({ noticeId: n2, localId: 'item-1' });
  });

  it('lays the texts end to end so every span still points at its words', () => {
    expect(itemTexts(all.model)).toEqual([
      ...itemTexts(notices[0]?.model as NoticeModel),
      ...itemTexts(notices[1]?.model as NoticeModel),
    ]);
    const mention = all.model.items[2]?.mentions[1];
    expect(all.model.text.slice(mention?.start, mention?.end)).toBe('自治区发展改革委');
    const part = all.parts[1];
    expect(all.model.text.slice(part?.textStart, part?.textEnd)).toBe(SECOND);
    expect(part?.lineOffset).toBe(FIRST.split('\n').length + 1);
  });

  it("joins the titles of several notices and keeps one notice's header as it is", () => {
    expect(all.model.notice.title).toBe(
      '自治区人民政府办公厅关于印发口岸建设分工方案的通知；自治区人民政府办公厅关于印发外贸发展分工方案的通知',
    );
    const one = mergeNotices(notices, noticeScope([n2]));
    expect(one.model.notice).toEqual(notices[1]?.model.notice);
  });

  it('scopes to one notice, a set, or all, in workspace order', () => {
    expect(mergeNotices(notices, noticeScope([n2])).model.items.map((a) => a.id)).toEqual(['n2/item-1']);
    expect(mergeNotices(notices, noticeScope([n2, n1])).parts.map((p) => p.id)).toEqual([n1, n2]);
    expect(mergeNotices(notices, noticeScope([asNoticeId('gone')])).model.items).toEqual([]);
  });

  it('treats a name marked generic in one notice as generic in all', () => {
    const marked = notices.map((n, i) =>
      i === 1
        ? {
            ...n,
            model: {
              ...n.model,
              agencies: n.model.agencies.map((a) => ({ ...a, generic: true, kind: 'generic' as const })),
            },
          }
        : n,
    );
    const merged = mergeNotices(marked, ALL_NOTICES);
    expect(merged.model.agencies.find((a) => a.name === '自治区商务厅')).toMatchObject({
      generic: true,
      kind: 'generic',
    });
    expect(merged.model.agencies.find((a) => a.name === '满洲里海关')).toMatchObject({ generic: false });
  });

  it('shifts diagnostics to the merged text', () => {
    const broken = parseNotice('一、任务\n（一）推进建设。加快推进。（自治区商务厅牵头，');
    const merged = mergeNotices([notices[0] as ScopedNotice, { id: n2, model: broken }], ALL_NOTICES);
    const own = broken.diagnostics.find((d) => d.code === 'TRUNCATED');
    const shifted = merged.model.diagnostics.find((d) => d.code === 'TRUNCATED');
    expect(shifted?.line).toBe((own?.line ?? 0) + (merged.parts[1]?.lineOffset ?? 0));
    expect(merged.model.text.slice(shifted?.offset, (shifted?.offset ?? 0) + 1)).toBe(
      broken.text.slice(own?.offset, (own?.offset ?? 0) + 1),
    );
  });

  it('keeps each notice its projects, linked to the scoped tasks and items', () => {
    const rail = (n: string) =>
      [
        '交通建设分工方案',
        '一、完善通道',
        `（一）${n}铁路建设。加快建设满洲里—伊尔施铁路。（自治区发展改革委牵头）`,
        '',
      ].join('\n');
    const merged = mergeNotices(
      [
        { id: n1, model: parseNotice(rail('推进')) },
        { id: n2, model: parseNotice(rail('加快')) },
      ],
      ALL_NOTICES,
    ).model;
    expect(merged.projects.map((p) => [p.id, p.name, p.taskIds, p.itemIds])).toEqual([
      ['n1/proj-1', '满洲里—伊尔施铁路', ['n1/task-1'], ['n1/item-1']],
      ['n2/proj-1', '满洲里—伊尔施铁路', ['n2/task-1'], ['n2/item-1']],
    ]);
  });
});
