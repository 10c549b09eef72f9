// Data as version 1 stored it, frozen: two notices (pasted text; GBK bytes), their corrections out of
// insertion order across notices, a saved view, notes on an agency, a task and an item, and a session.
// Upgrade tests open this with the current app and check that nothing is lost.
import type { CorrectionRowV1, NoteRowV1, NoticeRowV1, SessionRowV1 } from './schema-v1.ts';

const AT = '2024-03-01T09:00:00.000Z';

export const NOTICES_V1: readonly NoticeRowV1[] = [
  {
    id: 'n-v1-paste',
    name: '重点工作分工方案',
    fileName: null,
    format: 'paste',
    source: {
      kind: 'text',
      text: '一、推进改革\n（一）创新口岸管理。优化通关服务。（自治区商务厅牵头，满洲里海关、自治区财政厅配合）\n',
    },
    encoding: 'utf-16',
    addedAt: AT,
  },
  {
    id: 'n-v1-gbk',
    name: 'gbk.txt',
    fileName: 'gbk.txt',
    format: 'text',
    // 一、任务\n（一）推进建设。（市商务局牵头） in GBK
    source: {
      kind: 'bytes',
      bytes: Uint8Array.from([
        0xd2, 0xbb, 0xa1, 0xa2, 0xc8, 0xce, 0xce, 0xf1, 0x0a, 0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9, 0xcd, 0xc6,
        0xbd, 0xf8, 0xbd, 0xa8, 0xc9, 0xe8, 0xa1, 0xa3, 0xa3, 0xa8, 0xca, 0xd0, 0xc9, 0xcc, 0xce, 0xf1, 0xbe,
        0xd6, 0xc7, 0xa3, 0xcd, 0xb7, 0xa3, 0xa9,
      ]),
    },
    encoding: 'gb18030',
    addedAt: '2024-03-02T10:00:00.000Z',
  },
];

export const CORRECTIONS_V1: readonly CorrectionRowV1[] = [
  {
    seq: 1,
    noticeId: 'n-v1-paste',
    op: { type: 'renameAgency', agencyId: 'ag:满洲里海关', name: '满洲里海关（口岸）' },
    createdAt: AT,
  },
  {
    seq: 2,
    noticeId: 'n-v1-gbk',
    op: { type: 'markGeneric', agencyId: 'ag:市商务局', generic: false },
    createdAt: AT,
  },
  {
    seq: 3,
    noticeId: 'n-v1-paste',
    op: { type: 'mergeAgencies', into: 'ag:自治区商务厅', from: ['ag:自治区财政厅'] },
    createdAt: AT,
  },
];

export const SAVED_VIEWS_V1 = [
  {
    id: 'view-v1',
    name: '全部通知',
    viewType: 'graph',
    scope: { kind: 'all' },
    filters: { hideGeneric: true },
    selection: ['ag:自治区商务厅'],
    positions: { 'ag:自治区商务厅': { x: 12, y: 34 } },
    zoom: 0.8,
    pan: { x: 5, y: 6 },
    createdAt: AT,
    updatedAt: AT,
  },
] as const;

export const NOTES_V1: readonly NoteRowV1[] = [
  {
    id: 'note-v1-a',
    target: { kind: 'agency', agencyId: 'ag:自治区商务厅' },
    text: '牵头最多',
    createdAt: AT,
    updatedAt: AT,
  },
  {
    id: 'note-v1-t',
    target: { kind: 'task', noticeId: 'n-v1-paste', taskId: 'task-1' },
    text: '已督办',
    createdAt: AT,
    updatedAt: AT,
  },
  {
    id: 'note-v1-i',
    target: { kind: 'item', noticeId: 'n-v1-gbk', item: { assignmentId: 'item-1', textHash: '0badcafe' } },
    text: '核对分工',
    createdAt: AT,
    updatedAt: AT,
  },
];

export const SESSION_V1: SessionRowV1 = {
  key: 'session',
  state: {
    view: {
      viewType: 'matrix',
      scope: { kind: 'notices', ids: ['n-v1-paste'] },
      filters: { order: 'load' },
      selection: [],
      positions: {},
      zoom: 1,
      pan: { x: 0, y: 0 },
    },
    savedViewId: 'view-v1',
    focus: 'ag:自治区商务厅',
    search: '',
    updatedAt: AT,
  },
};
