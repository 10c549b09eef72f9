// Storage problems in plain words, from the kind the store reports (and, for rows left out or a failure
// the browser explained, its arguments): what happened, what the user can do, that the work goes on.
import type { StorageAction, StorageProblem, StorageProblemKind } from '../../store/problems.ts';
import { FAILED_MESSAGES, PROBLEM_MESSAGES } from '../../store/problems.ts';
import type { CheckedTable } from '../../store/row-checks.ts';

type Fixed = Exclude<StorageProblemKind, 'failed' | 'damaged'>;

const zhFixed: Record<Fixed, string> = {
  quota:
    '浏览器为本站保留的存储空间已满，最近的更改没有保存。请把工作区导出为文件或腾出空间；屏幕上的工作仍然保留。',
  unavailable:
    '这个浏览器不允许分工图谱保存数据（隐私浏览或存储已关闭）。你的工作只在此标签页打开期间保留：请导出为文件以保存。',
  blocked:
    '另一个打开旧版分工图谱的标签页占用着已保存的工作区。请关闭或重新加载那个标签页；在此之前，本标签页不保存地继续工作。',
  version:
    '已保存的工作区由另一个标签页中较新的分工图谱保存。请重新加载本标签页以使用它；在此之前，本标签页不保存地继续工作。',
  closed: '分工图谱已在另一个标签页中更新，本标签页无法再保存。请重新加载以继续。',
};

const TABLES_ZH: Readonly<Record<CheckedTable, string>> = {
  notices: '通知',
  sources: '原文',
  corrections: '更正',
  savedViews: '保存的视图',
  notes: '备注',
  session: '会话',
};

const tableZh = (table: string) =>
  Object.hasOwn(TABLES_ZH, table) ? TABLES_ZH[table as CheckedTable] : table;

function say(
  fixed: Record<Fixed, string>,
  damaged: (table: string, count: number) => string,
  failed: (detail: string | null, action: StorageAction) => string,
) {
  return (problem: StorageProblem): string => {
    const [first = '', second = ''] = problem.args ?? [];
    switch (problem.kind) {
      case 'damaged':
        return problem.args ? damaged(first, Number(second)) : problem.message;
      case 'failed':
        return failed(first || null, second === 'read' ? 'read' : 'save');
      default:
        return fixed[problem.kind];
    }
  };
}

const zh = {
  problem: say(
    zhFixed,
    (table, count) => `有 ${count} 条已保存的${tableZh(table)}记录无法读取，已略去。`,
    (detail, action) =>
      `${action === 'read' ? '读取已保存的工作区失败' : '保存失败'}${detail ? `：${detail}` : ''}。`,
  ),
};

const en: typeof zh = {
  problem: say(
    PROBLEM_MESSAGES,
    (table, count) =>
      `${count} stored ${table} record${count > 1 ? 's' : ''} could not be read and ${count > 1 ? 'were' : 'was'} left out.`,
    (detail, action) => `${FAILED_MESSAGES[action]}${detail ? `: ${detail}` : ''}.`,
  ),
};

export const storageMessages = { zh, en };
