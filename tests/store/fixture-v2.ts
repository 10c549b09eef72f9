// Data as version 2 stored it, frozen: three notices — pasted text, GBK bytes (renamed and corrected
// after it was added), and a large one of 300 KB — with corrections, a saved view, notes (indexed by
// target and notice) and a session. Upgrade tests open this with the current app and check that
// nothing is lost.
import { CORRECTIONS_V1, NOTICES_V1, SAVED_VIEWS_V1, SESSION_V1 } from './fixture-v1.ts';
import type { NoteRowV2, NoticeRowV2 } from './schema-v2.ts';

const [PASTED, GBK] = NOTICES_V1 as [NoticeRowV2, NoticeRowV2];

export const NOTICES_V2: readonly NoticeRowV2[] = [
  { ...PASTED, updatedAt: PASTED.addedAt },
  { ...GBK, name: '口岸分工（GBK）', updatedAt: '2024-05-04T08:30:00.000Z' },
  {
    id: 'n-v2-large',
    name: '大文件',
    fileName: 'large.txt',
    format: 'text',
    source: { kind: 'bytes', bytes: new Uint8Array(300_000).fill(0x41) },
    encoding: 'utf-8',
    addedAt: '2024-05-01T00:00:00.000Z',
    updatedAt: '2024-05-01T00:00:00.000Z',
  },
];

export const CORRECTIONS_V2 = CORRECTIONS_V1;
export const SAVED_VIEWS_V2 = SAVED_VIEWS_V1;
export const SESSION_V2 = SESSION_V1;

export const NOTES_V2: readonly NoteRowV2[] = [
  {
    id: 'note-v2-a',
    target: { kind: 'agency', agencyId: 'ag:自治区商务厅' },
    text: '牵头最多',
    createdAt: '2024-05-02T00:00:00.000Z',
    updatedAt: '2024-05-02T00:00:00.000Z',
    targetKey: 'agency:ag:自治区商务厅',
  },
  {
    id: 'note-v2-t',
    target: { kind: 'task', noticeId: 'n-v1-gbk', taskId: 'task-1' },
    text: '已督办',
    createdAt: '2024-05-03T00:00:00.000Z',
    updatedAt: '2024-05-03T00:00:00.000Z',
    targetKey: 'task:n-v1-gbk/task-1',
    noticeId: 'n-v1-gbk',
  },
];
