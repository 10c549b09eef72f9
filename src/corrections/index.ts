// Corrections: the user's fixes to a parsed notice, kept as operations and applied to any model of the
// notice's text (this parse or a newer parser's). Pure: no store, no UI; the UI only dispatches ops.
//
//   type CorrectionOp = RenameAgency | MergeAgencies | SplitAgency | SetItemRoles | MarkGeneric | AddItem | KeepApart
//   applyCorrections(model, ops): { model, applied: {op, note?, caveats?}[], skipped: {op, code, reason}[] }
//   applyCorrection(model, op): { ok: true, model, note?, caveats? } | { ok: false, code, reason }
//   invert(op, modelBefore): RestoreOp | null      — apply it to the model `op` produced to undo `op`
//   itemRef(model, itemId): ItemRef | null   — how an op names an item (id + text hash)
//   resolveItem(model, ref), itemTextHash(model, item), agencyIdFor(name), agencyNamed(model, name)
//
// Agencies are named by id (`ag:<name key>`, so the same name gives the same id in any parse); items by
// id plus a hash of their text, so an item a new parse renumbered is followed (and noted) and one whose
// text changed is skipped with a reason rather than corrected blindly.
export type {
  AddItem,
  CorrectionOp,
  CorrectionType,
  ItemRef,
  KeepApart,
  MarkGeneric,
  MergeAgencies,
  RenameAgency,
  RestoreOp,
  SetItemRoles,
  SplitAgency,
  AnyCorrectionOp,
} from './ops.ts';
export { CORRECTION_TYPES } from './ops.ts';
export type { Caveat, CaveatCode, NotMovedWhy, OpOutcome, SkipCode } from './outcome.ts';
export { caveatNote } from './outcome.ts';
export { applyCorrection, applyCorrections, appliedAs } from './apply.ts';
export type { AppliedCorrection, CorrectionsResult, SkippedCorrection } from './apply.ts';
export { invert } from './invert.ts';
export { itemRef, itemTextHash, resolveItem } from './item-ref.ts';
export { agencyIdFor, agencyNamed, MAX_NAME_LENGTH } from './agency-identity.ts';
export { addedItemId } from './add-item.ts';
