// The notices panel's words: the list of notices, saved views, the workspace file, and the banners.
import type { Mended, WorkspaceFileProblem } from '../../workspace/file.ts';
import { importMessages } from './import-messages.ts';

const zh = {
  workspace: '工作区',
  notices: '通知',
  allNotices: (n: number) => `全部通知（${n}），包括以后导入的`,
  findNotice: '查找通知',
  showAll: (n: number) => `显示全部 ${n} 份通知`,
  manyInView: (n: number) => `显示 ${n} 份通知：大纲和原文会绘制每个事项，需要一些时间。`,
  // The formats as the import dialog names them, and plain text, which a stored notice can be.
  formatNames: { text: '文本', ...importMessages.zh.formatNames },
  show: (name: string) => `显示 ${name}`,
  viewOnly: (name: string) => `只看：${name}`,
  // Notices sharing a name: numbered in the order added, with the time each was added.
  twin: (n: number, of: number) => `同名 ${n}/${of}`,
  twinHint: (of: number) => `有 ${of} 份通知同名，按导入先后编号`,
  addedAt: (when: string) => `导入于 ${when}`,
  rename: '改名',
  delete: '删除',
  deleteConfirm: '删除这份通知及其更正和备注？',
  keep: '保留',
  savedViews: '保存的视图',
  noSavedViews: '暂无：为屏幕上的视图命名即可保存。',
  allNoticesShort: '全部通知',
  noticeCount: (n: number) => `${n} 份通知`,
  update: '更新',
  deleteView: (name: string) => `删除 ${name}`,
  nameView: '为此视图命名',
  nameViewLabel: '要保存的视图名称',
  saveView: '保存视图',
  file: '工作区文件',
  fileHint: '通知、更正、保存的视图和备注合为一个 JSON 文件，便于保存或迁移。',
  exportFile: '导出…',
  openFile: '打开…',
  savedHere: '工作时自动保存在此浏览器中。',
  memoryOnly: '仅保存在内存中：关闭此标签页前请导出文件。',
  notOpened: (reason: string) => `未打开。${reason}`,
  /** Why a workspace file was refused, from its code. */
  fileProblem: (p: WorkspaceFileProblem): string => {
    switch (p.code) {
      case 'not-text':
        return '这个文件不是 UTF-8 文本，不是工作区文件。';
      case 'not-json':
        return '这个文件不是有效的 JSON（已损坏或不完整）。';
      case 'foreign':
        return '这不是分工图谱的工作区文件。';
      case 'no-version':
        return '这个工作区文件没有有效的版本号。';
      case 'newer':
        return `这个工作区文件是第 ${p.version} 版，由较新的分工图谱写出；这个版本只能读取第 ${p.reads} 版。`;
      case 'damaged':
        return p.problems > 1 ? `这个工作区文件已损坏（${p.problems} 处问题）。` : '这个工作区文件已损坏。';
      case 'unreadable':
        return '浏览器无法读取这个文件。';
    }
  },
  unchanged: '工作区未改变。',
  nowHolds: (name: string) => `工作区现在是 ${name}。`,
  replaceWith: (notices: number) => `用以下文件替换当前工作区（${notices} 份通知）：`,
  fileContents: (notices: number, corrections: number, views: number, notes: number) =>
    `${notices} 份通知、${corrections} 条更正、${views} 个保存的视图、${notes} 条备注`,
  mended: (what: Mended) =>
    `已修复：保存的视图“${what.savedView}”去掉了文件中没有的 ${what.leftOut} 份通知。`,
  replace: '替换',
  cancel: '取消',
  counts: { sections: '部分', tasks: '任务', items: '事项', agencies: '机构' } as Record<string, string>,
  countNames: (key: string, _n: number) =>
    ({ sections: '部分', tasks: '任务', items: '事项', agencies: '机构' })[key] ?? key,
  andMore: (n: number) => `；另有 ${n} 份`,
  inMemoryNow: ' 现在仅在内存中工作：请导出工作区文件（通知面板）以保留这些工作。',
  dismiss: '关闭',
  resumeNoMatch: '所选文件都不是未读取的那些（名称和大小相同）。',
  resumeStopped: (settled: number, total: number) =>
    `上次导入在 ${total} 个文件中读取 ${settled} 个后中断：标签页被关闭或浏览器在读完前停止。未读取：`,
  resumeMore: (n: number) => ` 等另外 ${n} 个`,
  chooseAgain: '重新选择这些文件',
  dropToImport: '松开以导入通知',
};

export type NoticesMessages = typeof zh;

const en: NoticesMessages = {
  workspace: 'Workspace',
  notices: 'Notices',
  allNotices: (n) => `All notices (${n}), and those imported later`,
  findNotice: 'Find a notice',
  showAll: (n) => `Show all ${n} notices`,
  manyInView: (n) =>
    `${n} notices in view: the outline and the source text draw every item, which takes a while.`,
  formatNames: { text: 'text', ...importMessages.en.formatNames },
  show: (name) => `Show ${name}`,
  viewOnly: (name) => `View only: ${name}`,
  twin: (n, of) => `same name ${n}/${of}`,
  twinHint: (of) => `${of} notices share this name, numbered in the order they were added`,
  addedAt: (when) => `added ${when}`,
  rename: 'Rename',
  delete: 'Delete',
  deleteConfirm: 'Delete this notice with its corrections and notes?',
  keep: 'Keep',
  savedViews: 'Saved views',
  noSavedViews: 'None yet: name the view on screen to keep it.',
  allNoticesShort: 'all notices',
  noticeCount: (n) => `${n} notice${n === 1 ? '' : 's'}`,
  update: 'Update',
  deleteView: (name) => `Delete ${name}`,
  nameView: 'Name this view',
  nameViewLabel: 'Name of the view to save',
  saveView: 'Save view',
  file: 'Workspace file',
  fileHint: 'Notices, corrections, saved views and notes in one JSON file, to keep or to move.',
  exportFile: 'Export…',
  openFile: 'Open…',
  savedHere: 'Saved in this browser as you work.',
  memoryOnly: 'Kept in memory only: export the file before closing this tab.',
  notOpened: (reason) => `was not opened. ${reason}`,
  fileProblem: (p) => {
    switch (p.code) {
      case 'not-text':
        return 'The file is not UTF-8 text, so it is not a workspace file.';
      case 'not-json':
        return 'The file is not valid JSON (damaged or cut short).';
      case 'foreign':
        return 'This is not a Fengong Atlas workspace file.';
      case 'no-version':
        return 'The workspace file has no valid version.';
      case 'newer':
        return `The workspace file is version ${p.version}, written by a newer Fengong Atlas; this one reads version ${p.reads}.`;
      case 'damaged':
        return p.problems > 1
          ? `The workspace file is damaged (${p.problems} problems).`
          : 'The workspace file is damaged.';
      case 'unreadable':
        return 'The browser could not read the file.';
    }
  },
  unchanged: 'The workspace is unchanged.',
  nowHolds: (name) => `The workspace now holds ${name}.`,
  replaceWith: (notices) => `Replace this workspace (${notices} notice${notices === 1 ? '' : 's'}) with`,
  fileContents: (notices, corrections, views, notes) =>
    [
      `${notices} notice${notices === 1 ? '' : 's'}`,
      `${corrections} correction${corrections === 1 ? '' : 's'}`,
      `${views} saved view${views === 1 ? '' : 's'}`,
      `${notes} note${notes === 1 ? '' : 's'}`,
    ].join(', '),
  mended: (what) =>
    `Mended: saved view "${what.savedView}" leaves out ${what.leftOut} notice${what.leftOut === 1 ? '' : 's'} not in the file.`,
  replace: 'Replace',
  cancel: 'Cancel',
  counts: { sections: 'sections', tasks: 'tasks', items: 'items', agencies: 'agencies' },
  countNames: (key, n) =>
    n === 1 ? ({ sections: 'section', tasks: 'task', items: 'item', agencies: 'agency' }[key] ?? key) : key,
  andMore: (n) => `；and ${n} more`,
  inMemoryNow: ' Working in memory now: export the workspace file (Notices panel) to keep this work.',
  dismiss: 'Dismiss',
  resumeNoMatch: 'None of the files chosen is one of those not read (same name and size).',
  resumeStopped: (settled, total) =>
    `The last import stopped after ${settled} of ${total} files: the tab was closed or the browser stopped before the rest were read. Not read: `,
  resumeMore: (n) => ` and ${n} more`,
  chooseAgain: 'Choose the files again',
  dropToImport: 'Drop to import the notices',
};

export const noticesMessages = { zh, en };
