// What applying one correction did: a new model (with an optional note for the user), or a refusal with
// a code the UI can act on and a reason it can show.
import type { NoticeModel } from '../notice/model.ts';

export type SkipCode =
  /** The op names an agency the model does not have. */
  | 'agency-missing'
  /** No item has this id and text any more. */
  | 'item-missing'
  /** The item with this id now has another text, and no other item has the remembered one. */
  | 'item-changed'
  /** Several items have the remembered text: the op cannot tell which one it meant. */
  | 'item-ambiguous'
  /** The new name belongs to another agency: that is a merge, not a rename. */
  | 'name-taken'
  /** The op itself makes no sense (empty name, merging an agency into itself). */
  | 'invalid'
  /** An undo whose records were changed again since. */
  | 'stale'
  /** The passage an added item stands on is read as an item already (a newer parser reads it). */
  | 'item-exists';

export type OpOutcome =
  | { readonly ok: true; readonly model: NoticeModel; readonly note?: string }
  | { readonly ok: false; readonly code: SkipCode; readonly reason: string };

export function skip(code: SkipCode, reason: string): OpOutcome {
  return { ok: false, code, reason };
}

export function done(model: NoticeModel, note?: string): OpOutcome {
  return note === undefined ? { ok: true, model } : { ok: true, model, note };
}
