// Which stored corrections keep their `seq` when a notice's list is replaced. An undo takes ops out of
// the list and writes the rest again: were the rest given new numbers, they would count as newer than
// every other notice's corrections, and "Undo last" after a reload would pick them. Pure.
import type { CorrectionOp } from '../corrections/ops.ts';
import type { StoredCorrection } from './workspace-store.ts';

const same = (a: CorrectionOp, b: CorrectionOp) => JSON.stringify(a) === JSON.stringify(b);

/** For each op of the new list, the `seq` it had when it was stored before (matched in order), or
 *  undefined for one new to the list. New ops only after the last kept one, so numbers still rise
 *  along the list; when a new op comes before a kept one, none is kept (all are numbered afresh). */
export function keptSeqs(
  stored: readonly StoredCorrection[],
  ops: readonly CorrectionOp[],
): (number | undefined)[] {
  const seqs: (number | undefined)[] = [];
  let from = 0;
  let fresh = false;
  for (const op of ops) {
    let found = -1;
    for (let i = from; i < stored.length && !fresh; i++) {
      if (same((stored[i] as StoredCorrection).op, op)) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      fresh = true;
      seqs.push(undefined);
      continue;
    }
    seqs.push((stored[found] as StoredCorrection).seq);
    from = found + 1;
  }
  return seqs;
}
