// What "Undo last" takes back. The history is what is stored: each notice keeps its corrections in the
// order they were made, each numbered in the order made across notices (the store's `seq`), so the newest
// correction is the last of every list it is in and the highest numbered — which a reload keeps. Corrections this tab made are remembered as the user made them (one user correction can be a
// different op in each notice), and are taken back whole while they are still the newest. Pure.
import type { CorrectionOp } from '../../corrections/index.ts';
import { correctionKey } from '../../view-model/corrected-notices.ts';
import type { PlannedCorrection } from '../../view-model/correction-plan.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';

/** One notice's stored corrections, oldest first. */
export interface StoredList {
  readonly noticeId: NoticeId;
  readonly ops: readonly CorrectionOp[];
  /** Each op's place in the order made across notices, when known (as many as `ops`). */
  readonly seqs?: readonly number[];
}

/** The correction to undo: what this tab made last, if nothing came after it; else the newest stored
 *  one (the last op of every list it is in, the highest numbered; where the numbers are not known, the
 *  later one in view). Null when nothing in view is corrected. */
export function lastCorrection(
  made: readonly (readonly PlannedCorrection[])[],
  lists: readonly StoredList[],
): readonly PlannedCorrection[] | null {
  const ends = lists.flatMap(({ noticeId, ops, seqs }, index) => {
    const op = ops.at(-1);
    // Numbers read with another version of the list say nothing of this one.
    const seq = seqs?.length === ops.length ? (seqs.at(-1) ?? null) : null;
    return op ? [{ noticeId, op, key: correctionKey(op), seq, index }] : [];
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
  const numbered = ends.every((end) => end.seq !== null);
  const byAge = [...ends].sort((a, b) => (numbered ? (b.seq ?? 0) - (a.seq ?? 0) : b.index - a.index));
  const chosen = byAge.find((end) => newest(end.key)) ?? byAge[0];
  if (!chosen) return null;
  return ends.filter((end) => end.key === chosen.key).map(({ noticeId, op }) => ({ noticeId, op }));
}
