// Applying corrections to a parsed notice: in order, each to the model the previous one left. Pure:
// the input model is never changed. Ops that no longer fit (the notice was parsed again, by a newer
// parser or from an edited text) are skipped with a reason, never forced onto the wrong record.
import type { NoticeModel } from '../notice/model.ts';
import { addItem } from './add-item.ts';
import { markGeneric } from './mark-generic.ts';
import { mergeAgencies } from './merge-agencies.ts';
import type { AnyCorrectionOp } from './ops.ts';
import { done, skip, type Caveat, type OpOutcome, type SkipCode } from './outcome.ts';
import { renameAgency } from './rename-agency.ts';
import { applyRestore } from './restore.ts';
import { setItemRoles } from './set-item-roles.ts';
import { splitAgency } from './split-agency.ts';

export function applyCorrection(model: NoticeModel, op: AnyCorrectionOp): OpOutcome {
  switch (op.type) {
    case 'renameAgency':
      return renameAgency(model, op);
    case 'mergeAgencies':
      return mergeAgencies(model, op);
    case 'splitAgency':
      return splitAgency(model, op);
    case 'setItemRoles':
      return setItemRoles(model, op);
    case 'markGeneric':
      return markGeneric(model, op);
    case 'addItem':
      return addItem(model, op);
    case 'keepApart':
      // A decision about the union of notices, not about this notice's records.
      return op.names.length >= 2 ? done(model) : skip('invalid', 'keeping apart needs two names');
    case 'restore':
      return applyRestore(model, op);
  }
}

export interface AppliedCorrection<Op> {
  readonly op: Op;
  /** Something the user should know: an item that moved, a name that was already merged (in English). */
  readonly note?: string;
  /** The same as codes, for the interface to word. */
  readonly caveats?: readonly Caveat[];
}

export interface SkippedCorrection<Op> {
  readonly op: Op;
  readonly code: SkipCode;
  readonly reason: string;
}

export interface CorrectionsResult<Op> {
  readonly model: NoticeModel;
  readonly applied: readonly AppliedCorrection<Op>[];
  readonly skipped: readonly SkippedCorrection<Op>[];
}

/** The op as applied, with its caveats when it has any. */
export function appliedAs<Op>(
  op: Op,
  outcome: { readonly note?: string; readonly caveats?: readonly Caveat[] },
): AppliedCorrection<Op> {
  return outcome.note === undefined || outcome.caveats === undefined
    ? { op }
    : { op, note: outcome.note, caveats: outcome.caveats };
}

export function applyCorrections<Op extends AnyCorrectionOp>(
  model: NoticeModel,
  ops: readonly Op[],
): CorrectionsResult<Op> {
  const applied: AppliedCorrection<Op>[] = [];
  const skipped: SkippedCorrection<Op>[] = [];
  let current = model;
  for (const op of ops) {
    const outcome = applyCorrection(current, op);
    if (!outcome.ok) {
      skipped.push({ op, code: outcome.code, reason: outcome.reason });
      continue;
    }
    current = outcome.model;
    applied.push(appliedAs(op, outcome));
  }
  return { model: current, applied, skipped };
}
