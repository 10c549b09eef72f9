// One string per note target, so notes can be indexed and looked up by what they are about. An item is
// keyed by its text hash, not its id, so its notes stay with it when a re-parse renumbers the items.
import type { NoteTarget } from './records.ts';

export function noteTargetKey(target: NoteTarget): string {
  switch (target.kind) {
    case 'agency':
      return `agency:${target.agencyId}`;
    case 'task':
      return `task:${target.noticeId}/${target.taskId}`;
    case 'item':
      return `item:${target.noticeId}/${target.item.textHash}`;
  }
}

/** The notice a note belongs to; null for notes on agencies, which all notices share. */
export function noteNoticeId(target: NoteTarget): string | null {
  return target.kind === 'agency' ? null : target.noticeId;
}
