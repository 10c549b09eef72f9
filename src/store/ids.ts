// New record ids. Random, so two tabs (or two imported workspaces) never hand out the same id.
import { asNoticeId, type NoticeId } from '../workspace/notice-id.ts';

export function newNoticeId(): NoticeId {
  return asNoticeId(`n-${crypto.randomUUID()}`);
}

/** An id for a saved view (`view-…`) or a note (`note-…`). */
export function newRecordId(kind: 'view' | 'note'): string {
  return `${kind}-${crypto.randomUUID()}`;
}
