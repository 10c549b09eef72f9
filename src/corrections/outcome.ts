// What applying one correction did: a new model (with caveats for the user, as codes the interface words
// and as an English note for logs and the command line), or a refusal with a code and a reason.
import type { AgencyId, ItemId, NoticeModel } from '../notice/model.ts';

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

/** Why an item a split names was left where it was. */
export type NotMovedWhy = 'item-missing' | 'item-changed' | 'item-ambiguous' | 'not-named';

/** Something the user should know about a correction that applied, though not quite as it was made. */
export type Caveat =
  /** A newer parse numbers the corrected item differently: the correction followed its text. */
  | { readonly code: 'item-moved'; readonly from: ItemId; readonly to: ItemId }
  /** The passage of an added item stands elsewhere in the text now: the item was added there. */
  | { readonly code: 'passage-moved' }
  /** The agency already has the name it was to be given. */
  | { readonly code: 'same-name'; readonly name: string }
  /** The agency is already marked so (generic, or one agency). */
  | { readonly code: 'already-marked'; readonly name: string; readonly generic: boolean }
  /** Names to merge that the notice no longer has (a newer parser took them as aliases already). */
  | { readonly code: 'merge-absent'; readonly agencies: readonly AgencyId[] }
  /** An item of a split that was not moved, and why. */
  | {
      readonly code: 'not-moved';
      readonly item: ItemId;
      readonly agency: AgencyId;
      readonly why: NotMovedWhy;
    };

export type CaveatCode = Caveat['code'];

export type OpOutcome =
  | {
      readonly ok: true;
      readonly model: NoticeModel;
      /** The caveats in English, for logs and the command line; the interface words `caveats`. */
      readonly note?: string;
      readonly caveats?: readonly Caveat[];
    }
  | { readonly ok: false; readonly code: SkipCode; readonly reason: string };

export function skip(code: SkipCode, reason: string): OpOutcome {
  return { ok: false, code, reason };
}

const NOT_MOVED: Record<NotMovedWhy, string> = {
  'item-missing': 'is no longer in the text',
  'item-changed': 'has another text than when corrected',
  'item-ambiguous': 'has its text in several items',
  'not-named': 'does not name',
};

/** A caveat in English. */
export function caveatNote(caveat: Caveat): string {
  switch (caveat.code) {
    case 'item-moved':
      return `${caveat.from} is now ${caveat.to}`;
    case 'passage-moved':
      return 'the passage had moved: the item was added where it now stands';
    case 'same-name':
      return `${caveat.name} already has this name`;
    case 'already-marked':
      return `${caveat.name} is already marked ${caveat.generic ? 'generic' : 'as one agency'}`;
    case 'merge-absent':
      return `not in this notice: ${caveat.agencies.join(', ')}`;
    case 'not-moved':
      return `not moved: ${caveat.item} ${NOT_MOVED[caveat.why]}${caveat.why === 'not-named' ? ` ${caveat.agency}` : ''}`;
  }
}

export function done(model: NoticeModel, caveats: readonly Caveat[] = []): OpOutcome {
  return caveats.length === 0
    ? { ok: true, model }
    : { ok: true, model, note: caveats.map(caveatNote).join('; '), caveats };
}
