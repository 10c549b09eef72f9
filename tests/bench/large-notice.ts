// The 3,000-item notice of issue #15 as text a user would import: the synthetic large workspace
// (500 agencies, 3,000 items in 240 tasks under 12 sections, tests/bench/matrix-synthetic.ts) written out
// in the genre's own form — 一、 sections, （一） tasks, numbered items closed by a
// （X牵头，Y、Z配合） marker — so the app reads, stores and draws it as it would a real notice.
import type { AgencyId, NoticeModel } from '../../src/notice/model.ts';
import { chineseNumeral } from '../../src/export/data/heading-labels.ts';
import { syntheticMatrixModel } from './matrix-synthetic.ts';

export const LARGE_NOTICE_NAME = '大型分工方案.txt';

function marker(model: NoticeModel, leads: readonly AgencyId[], cooperators: readonly AgencyId[]): string {
  const name = new Map(model.agencies.map((a) => [a.id, a.name]));
  const names = (ids: readonly AgencyId[]) => ids.map((id) => name.get(id) ?? id).join('、');
  return cooperators.length > 0
    ? `（${names(leads)}牵头，${names(cooperators)}配合）`
    : `（${names(leads)}负责）`;
}

/** The notice's text, from the same seeded model every time. */
export function largeNoticeText(model: NoticeModel = syntheticMatrixModel()): string {
  const lines = ['内蒙古自治区人民政府办公厅关于印发大型重点工作分工方案的通知', ''];
  for (const section of model.sections) {
    lines.push(`${chineseNumeral(section.ordinal)}、${section.title}`);
    for (const task of model.tasks.filter((t) => t.sectionId === section.id)) {
      lines.push(`（${chineseNumeral(task.ordinal)}）${task.title}。`);
      model.items
        .filter((item) => item.taskId === task.id)
        .forEach((item, i) =>
          lines.push(
            `${i + 1}.落实${item.title ?? ''}，加快推进相关工作。${marker(model, item.leads, item.cooperators)}`,
          ),
        );
    }
  }
  return lines.join('\n') + '\n';
}
