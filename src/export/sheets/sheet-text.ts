// The workbook's words in Chinese and English, and the width a column needs for its text: a Chinese
// character takes two of Excel's character widths, a Latin one about one.
import type { Role } from '../../notice/model.ts';
import type { LabelLang } from '../diagram/diagram.ts';

export const SHEET_TEXT = {
  zh: {
    raci: '分工矩阵',
    ranking: '工作量排名',
    measures: '指标',
    assignments: '分工条目',
    agency: '机构',
    total: '合计',
    agencies: '机构数',
    tasksEngaged: '参与任务数',
    rank: '排名',
    led: '牵头',
    joined: '配合',
    cooperated: '配合',
    responsible: '负责',
    items: '事项数',
    tasks: '任务数',
    sections: '部分数',
    partners: '协作机构数',
    strength: '协作强度',
    betweenness: '中介中心性',
    load: '工作量',
    flagged: '负担过重',
    bloc: '协同组',
    section: '部分',
    task: '任务',
    itemId: '事项编号',
    itemTitle: '事项',
    role: '职责',
    generic: '泛指主体',
    deadline: '时限',
    note: '备注',
    sentence: '原文',
    yes: '是',
    key: '牵头 = 牵头单位；配合 = 配合单位；负责 = 负责单位（未分牵头、配合）',
    noSection: '（不属于任何部分）',
  },
  en: {
    raci: 'RACI',
    ranking: 'Ranking',
    measures: 'Measures',
    assignments: 'Assignments',
    agency: 'Agency',
    total: 'Total',
    agencies: 'Agencies',
    tasksEngaged: 'Tasks',
    rank: 'Rank',
    led: 'Leads',
    joined: 'Joins',
    cooperated: 'Cooperates',
    responsible: 'Responsible',
    items: 'Items',
    tasks: 'Tasks',
    sections: 'Sections',
    partners: 'Partners',
    strength: 'Weighted degree',
    betweenness: 'Betweenness',
    load: 'Load',
    flagged: 'Overloaded',
    bloc: 'Bloc',
    section: 'Section',
    task: 'Task',
    itemId: 'Item',
    itemTitle: 'Item title',
    role: 'Role',
    generic: 'Generic actor',
    deadline: 'Deadline',
    note: 'Note',
    sentence: 'Sentence in the notice',
    yes: 'yes',
    key: 'L = leads (牵头); C = cooperates (配合); R = responsible, no lead named (负责)',
    noSection: '(outside any section)',
  },
} as const satisfies Record<LabelLang, Record<string, string>>;

export type SheetText = (typeof SHEET_TEXT)[LabelLang];

/** What a RACI cell says for a role: the notice's words in Chinese, a letter in English. */
export const ROLE_MARK: Record<LabelLang, Record<Role, string>> = {
  zh: { lead: '牵头', cooperate: '配合', responsible: '负责' },
  en: { lead: 'L', cooperate: 'C', responsible: 'R' },
};

export const ROLE_WORD: Record<LabelLang, Record<Role, string>> = {
  zh: ROLE_MARK.zh,
  en: { lead: 'lead', cooperate: 'cooperate', responsible: 'responsible' },
};

/** Width of `text` in Excel's character units: wide (CJK, full-width) characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

/** A column's width: its widest cell plus a margin, kept between `min` and `max`. */
export function columnWidth(texts: readonly string[], min = 6, max = 60): number {
  const widest = Math.max(0, ...texts.map(textWidth));
  return Math.min(max, Math.max(min, widest + 2));
}
