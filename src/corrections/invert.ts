// Undo by inversion: the op that takes the model an op produced back to the one it was applied to.
// Every inverse is a restore of the records the op changed, so undo is exact whatever the op did
// (a merge's inverse must bring back each agency's aliases, place and mentions, which no split can
// guess); and it refuses rather than clobbers if those records were changed again in between.
import type { NoticeModel } from '../notice/model.ts';
import { applyCorrection } from './apply.ts';
import type { CorrectionOp, RestoreOp } from './ops.ts';
import { diffModels } from './restore.ts';

/** The inverse of `op` on `modelBefore`, or null if `op` does not apply there (nothing to undo). */
export function invert(op: CorrectionOp, modelBefore: NoticeModel): RestoreOp | null {
  const outcome = applyCorrection(modelBefore, op);
  return outcome.ok ? diffModels(modelBefore, outcome.model, op.type) : null;
}
