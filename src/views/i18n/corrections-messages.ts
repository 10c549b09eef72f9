// The corrections in words: what each one did, with the notice's own names, and why one did not apply.
import type { SkipCode } from '../../corrections/index.ts';
import { REFUSALS, type CorrectionProblem } from '../../view-model/correction-plan.ts';
import type {
  CaveatWords,
  CorrectionWords,
  ItemWords,
  RoleNames,
} from '../../view-model/correction-words.ts';

const listZh = (names: readonly string[]) => (names.length > 0 ? names.join('、') : '无');
const listEn = (names: readonly string[]) => (names.length > 0 ? names.join('、') : 'none');

function rolesZh(r: RoleNames): string {
  const parts = [`牵头 ${listZh(r.leads)}`, `配合 ${listZh(r.cooperators)}`];
  if (r.responsible.length > 0) parts.push(`负责 ${listZh(r.responsible)}`);
  return parts.join('；');
}

function rolesEn(r: RoleNames): string {
  const parts = [`lead ${listEn(r.leads)}`, `cooperating ${listEn(r.cooperators)}`];
  if (r.responsible.length > 0) parts.push(`responsible ${listEn(r.responsible)}`);
  return parts.join('; ');
}

const itemZh = (w: ItemWords) => (w.number === null ? `“${w.label}”` : `第${w.number}项`);
const itemEn = (w: ItemWords) => (w.number === null ? `"${w.label}"` : `item ${w.number}`);

const zh = {
  describe: (w: CorrectionWords): string => {
    switch (w.kind) {
      case 'rename':
        return `将 ${w.from} 改名为 ${w.to}`;
      case 'merge':
        return `将 ${listZh(w.from)} 合并到 ${w.into}`;
      case 'split':
        return `拆分 ${w.agency}：${w.items} 个事项指的是 ${w.name}`;
      case 'roles':
        return `“${w.item}”的机构：${rolesZh(w.roles)}`;
      case 'generic':
        return `将 ${w.agency} 标记为${w.generic ? '泛指主体' : '单一机构'}`;
      case 'keepApart':
        return `确认为不同机构：${listZh(w.names)}`;
      case 'addItem':
        return `由“${w.passage}”新增事项：${rolesZh(w.roles)}`;
    }
  },
  skipped: {
    'agency-missing': '这份通知中没有该机构',
    'item-missing': '该事项已不在文中',
    'item-changed': '该事项的文字在更正之后改变了',
    'item-ambiguous': '有几个事项的文字相同，无法确定是哪一个',
    'name-taken': '新名称已属于另一个机构：请将两者合并',
    invalid: '这项更正无效',
    stale: '它要撤销的内容此后又被更改',
    'item-exists': '这段文字现在已读作事项：请更正那个事项',
  } satisfies Record<SkipCode, string>,
  /** What to know about a correction that applied, though not quite as it was made. */
  caveat: (w: CaveatWords): string => {
    switch (w.kind) {
      case 'item-moved':
        return `已应用：通知重新读取后，${itemZh(w.from)}现为${itemZh(w.to)}。`;
      case 'passage-moved':
        return '已应用：这段文字的位置变了，事项加在它现在所在之处。';
      case 'same-name':
        return `未作改动：${w.name} 已是这个名称。`;
      case 'already-marked':
        return `未作改动：${w.name} 已标记为${w.generic ? '泛指主体' : '单一机构'}。`;
      case 'merge-absent':
        return `已应用；这份通知中没有 ${listZh(w.names)}。`;
      case 'not-moved':
        return `已应用，但${itemZh(w.item)}未移动：${
          {
            'item-missing': '该事项已不在文中',
            'item-changed': '该事项的文字已改变',
            'item-ambiguous': '有几个事项的文字与它相同',
            'not-named': `该事项没有写到 ${w.agency}`,
          }[w.why]
        }。`;
    }
  },
  /** A caveat of one notice among several shown. */
  caveatIn: (where: string, caveat: string) => `（${where}）${caveat}`,
  /** Why a correction asked for was not made. */
  problems: {
    'empty-name': '新名称是空的。',
    'agency-not-in-view': '显示的通知中没有这个机构。',
    'merge-needs-other': '请选择另一个机构来合并。',
    'merge-target-not-in-view': '显示的通知中没有要合并到的机构。',
    'merge-not-in-view': '显示的通知中没有要合并的机构。',
    'apart-needs-two': '区分开来需要两个机构。',
    'apart-not-in-view': '显示的通知中没有这些机构。',
    'split-needs-name': '另一个机构需要一个名称。',
    'split-needs-other-name': '另一个机构需要一个不同的名称。',
    'split-needs-items': '请选择指另一个机构的事项。',
    'notice-not-in-view': '这份通知没有显示。',
    'empty-passage': '这段文字是空的。',
    'item-needs-agency': '请为该事项写出至少一个机构。',
    'item-not-in-view': '这个事项没有显示。',
    'still-reading': '通知仍在读取中。',
    'not-saved': '更正未能保存（见顶部的提示）。',
    'no-workspace': '没有可以保存更正的工作区。',
  } satisfies Record<CorrectionProblem, string> as Record<CorrectionProblem, string>,
};

export type CorrectionsMessages = typeof zh;

const en: CorrectionsMessages = {
  describe: (w) => {
    switch (w.kind) {
      case 'rename':
        return `Renamed ${w.from} → ${w.to}`;
      case 'merge':
        return `Merged ${listEn(w.from)} into ${w.into}`;
      case 'split':
        return `Split ${w.agency}: ${w.items === 1 ? '1 item names' : `${w.items} items name`} ${w.name}`;
      case 'roles':
        return `Agencies of "${w.item}": ${rolesEn(w.roles)}`;
      case 'generic':
        return `Marked ${w.agency} ${w.generic ? 'as a collective (generic)' : 'as one agency'}`;
      case 'keepApart':
        return `Kept apart as different agencies: ${listEn(w.names)}`;
      case 'addItem':
        return `New item from "${w.passage}": ${rolesEn(w.roles)}`;
    }
  },
  skipped: {
    'agency-missing': 'the agency is not in this notice',
    'item-missing': 'the item is no longer in the text',
    'item-changed': "the item's text has changed since",
    'item-ambiguous': 'several items have its text: which one is meant is unclear',
    'name-taken': 'the new name belongs to another agency: merge the two instead',
    invalid: 'the correction is not valid',
    stale: 'what it undoes was changed again since',
    'item-exists': 'this passage is read as an item now: correct that item instead',
  },
  caveat: (w) => {
    switch (w.kind) {
      case 'item-moved':
        return `Applied: read again, the notice numbers ${itemEn(w.from)} as ${itemEn(w.to)}.`;
      case 'passage-moved':
        return 'Applied: the passage had moved, so the item was added where it now stands.';
      case 'same-name':
        return `Nothing changed: ${w.name} already has this name.`;
      case 'already-marked':
        return `Nothing changed: ${w.name} is already marked ${w.generic ? 'as a collective' : 'as one agency'}.`;
      case 'merge-absent':
        return `Applied; not in this notice: ${listEn(w.names)}.`;
      case 'not-moved':
        return `Applied, but ${itemEn(w.item)} was not moved: ${
          {
            'item-missing': 'it is no longer in the text',
            'item-changed': 'its text has changed',
            'item-ambiguous': 'several items have its text',
            'not-named': `it does not name ${w.agency}`,
          }[w.why]
        }.`;
    }
  },
  caveatIn: (where, caveat) => `${where}: ${caveat}`,
  problems: {
    ...REFUSALS,
    'still-reading': 'The notices are still being read.',
    'not-saved': 'The correction could not be saved (see the message at the top).',
    'no-workspace': 'There is no workspace to store corrections in.',
  },
};

export const correctionsMessages = { zh, en };
