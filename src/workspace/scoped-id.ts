// Ids in a view of several notices: a notice's own section, task and item ids (`item-3`) prefixed with
// the notice id (`n1/item-3`). Agency ids are not scoped: the same name is one agency everywhere.
import type { NoticeId } from './notice-id.ts';
import { isNoticeId } from './notice-id.ts';

export function scopedId<Id extends string>(noticeId: NoticeId, localId: string): Id {
  return `${noticeId}/${localId}` as Id;
}

/** The notice and the notice's own id of a scoped id; null for an id that is not scoped. */
export function splitScopedId(id: string): { noticeId: NoticeId; localId: string } | null {
  const slash = id.indexOf('/');
  if (slash < 0) return null;
  const noticeId = id.slice(0, slash);
  return isNoticeId(noticeId) ? { noticeId, localId: id.slice(slash + 1) } : null;
}
