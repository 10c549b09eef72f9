// Corrections as data: the small operations a user makes on a parsed notice. They are stored instead of an
// edited model, so a newer parser's model can have them applied again. Every op names what it changes by
// something a re-parse of the same text reproduces: agency ids (built from the name, `ag:<key>`), agency
// names, and items by id *plus* a hash of the item's text, so an item that moved is found or reported.
import type { Agency, AgencyId, Item, ItemId } from '../notice/model.ts';

/** An item as a correction remembers it: its id and a hash of its text (see `item-ref.ts`). */
export interface ItemRef {
  /** Stored under the name of the first format (an item was then called an assignment). */
  readonly assignmentId: ItemId;
  readonly textHash: string;
}

/** The agency is called `name` (a misread or outdated name). Its id follows the name; the old name
 *  stays as an alias so search still finds the spelling in the text. */
export interface RenameAgency {
  readonly type: 'renameAgency';
  readonly agencyId: AgencyId;
  readonly name: string;
}

/** The agencies `from` are the agency `into` under other names. */
export interface MergeAgencies {
  readonly type: 'mergeAgencies';
  readonly into: AgencyId;
  readonly from: readonly AgencyId[];
}

/** In the given items, what the parser read as `agencyId` is a different agency called `name` (created
 *  if the notice has no agency of that name, else the existing one). E.g. `海关` meaning 满洲里海关 in
 *  some items and 呼和浩特海关 in others. The source agency disappears if no item names it any more. */
export interface SplitAgency {
  readonly type: 'splitAgency';
  readonly agencyId: AgencyId;
  readonly name: string;
  readonly items: readonly ItemRef[];
}

/** The item's leads, cooperators and responsible agencies are these, by name (names survive a re-parse
 *  that renumbers nothing but may re-key agencies). Unknown names become new agencies. */
export interface SetItemRoles {
  readonly type: 'setItemRoles';
  readonly item: ItemRef;
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly responsible: readonly string[];
}

/** The agency is (or is not) a collective actor such as `各地`, not one agency. */
export interface MarkGeneric {
  readonly type: 'markGeneric';
  readonly agencyId: AgencyId;
  readonly generic: boolean;
}

/** The user looked at agencies the genre's rules take for one body, in notices shown together, and
 *  said they are not: `names` are the names the union gave them. Changes nothing in the model; it is
 *  stored in each notice that names one of them, so the proposal is not made again. */
export interface KeepApart {
  readonly type: 'keepApart';
  readonly names: readonly string[];
}

/** A passage the parser did not read (an `UNREAD_MARKER`) is an item's marker, naming these agencies.
 *  The passage is kept by place and text, so a re-parse finds it where it stands or where it moved. */
export interface AddItem {
  readonly type: 'addItem';
  readonly marker: { readonly start: number; readonly end: number; readonly text: string };
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly responsible: readonly string[];
}

/** The operations a user makes; the ones stored and written to a workspace file. */
export type CorrectionOp =
  RenameAgency | MergeAgencies | SplitAgency | SetItemRoles | MarkGeneric | AddItem | KeepApart;
export type CorrectionType = CorrectionOp['type'];

export const CORRECTION_TYPES: readonly CorrectionType[] = [
  'renameAgency',
  'mergeAgencies',
  'splitAgency',
  'setItemRoles',
  'markGeneric',
  'addItem',
  'keepApart',
];

/** The part of an item that corrections change. */
export type ItemRoles = Pick<Item, 'leads' | 'cooperators' | 'responsible' | 'mentions'>;

/** One agency record before and after an op; `index` is its place in the list before (-1 if it is new). */
export interface AgencyChange {
  readonly before: Agency | null;
  readonly after: Agency | null;
  readonly index: number;
}

export interface ItemChange {
  readonly item: ItemRef;
  readonly before: ItemRoles;
  readonly after: ItemRoles;
}

/** The inverse of an op (see `invert.ts`): the records it changed, as they were and as it left them, in
 *  the manner of tldraw's reversed records diff. It undoes exactly, and refuses (is skipped) when the
 *  records were changed again since. For the in-memory undo stack; the stored list is edited instead. */
export interface RestoreOp {
  readonly type: 'restore';
  readonly undoes: CorrectionType;
  readonly agencies: readonly AgencyChange[];
  readonly items: readonly ItemChange[];
  /** Items the op added, which the undo takes away again. */
  readonly added?: readonly ItemRef[];
}

export type AnyCorrectionOp = CorrectionOp | RestoreOp;
