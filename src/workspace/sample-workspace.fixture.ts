// A workspace for tests: a pasted notice with corrections and a GBK file kept as bytes, a saved view
// and notes on an agency, a task and an item.
import type { ItemRef } from '../corrections/ops.ts';
import type { AgencyId, ItemId, TaskId } from '../notice/model.ts';
import { asNoticeId } from './notice-id.ts';
import type { WorkspaceData } from './records.ts';

export const PASTED_TEXT = [
  '自治区人民政府办公厅关于印发重点工作分工方案的通知',
  '一、推进改革',
  '（一）创新口岸管理。优化通关服务。（自治区商务厅牵头，满洲里海关、自治区财政厅配合）',
  '（二）拓展金融业务。鼓励金融创新。（自治区发改委、自治区财政厅负责）',
  '',
].join('\n');

/** `一、任务\n（一）推进建设。（市商务局牵头）` in GBK. */
export const GBK_BYTES = Uint8Array.from([
  0xd2, 0xbb, 0xa1, 0xa2, 0xc8, 0xce, 0xce, 0xf1, 0x0a, 0xa3, 0xa8, 0xd2, 0xbb, 0xa3, 0xa9, 0xcd, 0xc6, 0xbd,
  0xf8, 0xbd, 0xa8, 0xc9, 0xe8, 0xa1, 0xa3, 0xa3, 0xa8, 0xca, 0xd0, 0xc9, 0xcc, 0xce, 0xf1, 0xbe, 0xd6, 0xc7,
  0xa3, 0xcd, 0xb7, 0xa3, 0xa9,
]);

export const N1 = asNoticeId('n-paste-1');
export const N2 = asNoticeId('n-gbk-2');
const AT = '2024-05-06T07:08:09.000Z';
const LATER = '2024-05-06T07:10:00.000Z';
const ITEM_2: ItemRef = { assignmentId: 'item-2' as ItemId, textHash: '1a2b3c4d' };

export function sampleWorkspace(): WorkspaceData {
  return {
    notices: [
      {
        id: N1,
        name: '重点工作分工方案',
        fileName: null,
        format: 'paste',
        source: { kind: 'text', text: PASTED_TEXT },
        encoding: 'utf-16',
        addedAt: AT,
        updatedAt: AT,
        corrections: [
          {
            type: 'mergeAgencies',
            into: 'ag:自治区发展改革委' as AgencyId,
            from: ['ag:自治区发改委' as AgencyId],
          },
          {
            type: 'setItemRoles',
            item: ITEM_2,
            leads: ['自治区发展改革委'],
            cooperators: ['自治区财政厅'],
            responsible: [],
          },
          { type: 'markGeneric', agencyId: 'ag:满洲里海关' as AgencyId, generic: false },
        ],
      },
      {
        id: N2,
        name: 'gbk.txt',
        fileName: 'gbk.txt',
        format: 'text',
        source: { kind: 'bytes', bytes: GBK_BYTES },
        encoding: 'gb18030',
        addedAt: LATER,
        updatedAt: LATER,
        corrections: [],
      },
    ],
    savedViews: [
      {
        id: 'view-1',
        name: '商务厅的合作',
        viewType: 'graph',
        scope: { kind: 'notices', ids: [N1, N2] },
        filters: { roles: ['lead', 'cooperate'], hideGeneric: true, minLoad: 2, search: null },
        selection: ['ag:自治区商务厅', `${N1}/item-1`],
        positions: { 'ag:自治区商务厅': { x: 10.5, y: -20 }, [`${N1}/task-1`]: { x: 0, y: 0 } },
        zoom: 1.25,
        pan: { x: -3, y: 4 },
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    notes: [
      {
        id: 'note-1',
        target: { kind: 'agency', agencyId: 'ag:自治区商务厅' as AgencyId },
        text: '口岸牵头单位',
        createdAt: AT,
        updatedAt: AT,
      },
      {
        id: 'note-2',
        target: { kind: 'task', noticeId: N1, taskId: 'task-1' as TaskId },
        text: '年底前检查',
        createdAt: AT,
        updatedAt: AT,
      },
      {
        id: 'note-3',
        target: { kind: 'item', noticeId: N1, item: ITEM_2 },
        text: '分工有误，已更正',
        createdAt: AT,
        updatedAt: AT,
      },
    ],
  };
}
