// What "Undo last" takes back. The history is what is stored: each notice keeps its corrections in the
// order they were made, so the newest correction is the last of every list it is in — which a reload
// keeps. Corrections this tab made are remembered as the user made them (one user correction can be a
// different op in each notice), and are taken back whole while they are still the newest. Pure.
import type { CorrectionOp } from '../../corrections/index.ts';
import { correctionKey } from '../../view-model/corrected-notices.ts';
import type { PlannedCorrection } from '../../view-model/correction-plan.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';

/** One notice's stored corrections, oldest first. */
export interface StoredList {
  readonly noticeId: NoticeId;
  readonly ops: readonly CorrectionOp[];
}

/** The correction to undo: what this tab made last, if nothing came after it; else the newest stored
 *  one (the last op of every list it is in; between notices with no order known, the later one in
 *  view). Null when nothing in view is corrected. */
export function lastCorrection(
  made: readonly (readonly PlannedCorrection[])[],
  lists: readonly StoredList[],
): readonly PlannedCorrection[] | null {
  const ends = lists.flatMap(({ noticeId, ops }) => {
    const op = ops.at(-1);
    return op ? [{ noticeId, op, key: correctionKey(op) }] : [];
  });
  const lastKey = new Map(ends.map((end) => [end.noticeId, end.key]));
  const isLast = ({ noticeId, op }: PlannedCorrection) => lastKey.get(noticeId) === correctionKey(op);
  for (let i = made.length - 1; i >= 0; i--) {
    const group = made[i] ?? [];
    if (group.length > 0 && group.every(isLast)) return group;
  }
  // Newest: no list holds anything after it.
  const newest = (key: string) =>
    lists.every((l) => lastKey.get(l.noticeId) === key || !l.ops.some((op) => correctionKey(op) === key));
  const chosen = [...ends].reverse().find((end) => newest(end.key)) ?? ends.at(-1);
  if (!chosen) return null;
  return ends.filter((end) => end.key === chosen.key).map(({ noticeId, op }) => ({ noticeId, op }));
}
