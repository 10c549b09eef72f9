// A correction as what the interface words it from: its kind and the notice's names for the agencies and
// the item it touches. The views put these into a sentence in their language; the names stay as the
// notice writes them. Pure.
import {
  resolveItem,
  type Caveat,
  type CorrectionOp,
  type ItemRef,
  type NotMovedWhy,
  type SkipCode,
} from '../corrections/index.ts';
import type { AgencyId, ItemId } from '../notice/model.ts';
import type { CorrectedNotice } from './corrected-notices.ts';
import { itemLabel } from './item-label.ts';

export interface RoleNames {
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly responsible: readonly string[];
}

export type CorrectionWords =
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  | { readonly kind: 'merge'; readonly from: readonly string[]; readonly into: string }
  | { readonly kind: 'split'; readonly agency: string; readonly items: number; readonly name: string }
  | { readonly kind: 'roles'; readonly item: string; readonly roles: RoleNames }
  | { readonly kind: 'generic'; readonly agency: string; readonly generic: boolean }
  | { readonly kind: 'keepApart'; readonly names: readonly string[] }
  | { readonly kind: 'addItem'; readonly passage: string; readonly roles: RoleNames };

/** Why a correction did not apply, as a code the views word. */
export type { SkipCode };

function agencyName(notice: CorrectedNotice, id: AgencyId): string {
  const known = [...notice.parsed.agencies, ...notice.result.model.agencies].find((a) => a.id === id);
  return known?.name ?? id.replace(/^ag:/, '');
}

function itemName(notice: CorrectedNotice, ref: ItemRef): string {
  const model = notice.parsed;
  const found = resolveItem(model, ref);
  const item = found.ok ? model.items[found.index] : undefined;
  if (!item) return ref.assignmentId;
  return itemLabel(
    model.text,
    item,
    model.tasks.find((t) => t.id === item.taskId),
  );
}

export function correctionWords(op: CorrectionOp, notice: CorrectedNotice): CorrectionWords {
  const name = (id: AgencyId) => agencyName(notice, id);
  switch (op.type) {
    case 'renameAgency':
      return { kind: 'rename', from: name(op.agencyId), to: op.name };
    case 'mergeAgencies':
      return { kind: 'merge', from: op.from.map(name), into: name(op.into) };
    case 'splitAgency':
      return { kind: 'split', agency: name(op.agencyId), items: op.items.length, name: op.name };
    case 'setItemRoles':
      return { kind: 'roles', item: itemName(notice, op.item), roles: op };
    case 'markGeneric':
      return { kind: 'generic', agency: name(op.agencyId), generic: op.generic };
    case 'keepApart':
      return { kind: 'keepApart', names: op.names };
    case 'addItem':
      return { kind: 'addItem', passage: op.marker.text, roles: op };
  }
}

/** An item as a caveat names it: its number in the parse (`item-7` is the 7th), else its opening words. */
export interface ItemWords {
  readonly number: number | null;
  readonly label: string;
}

/** What to know about a correction that applied, with the notice's names. */
export type CaveatWords =
  | { readonly kind: 'item-moved'; readonly from: ItemWords; readonly to: ItemWords }
  | { readonly kind: 'passage-moved' }
  | { readonly kind: 'same-name'; readonly name: string }
  | { readonly kind: 'already-marked'; readonly name: string; readonly generic: boolean }
  | { readonly kind: 'merge-absent'; readonly names: readonly string[] }
  | {
      readonly kind: 'not-moved';
      readonly item: ItemWords;
      readonly agency: string;
      readonly why: NotMovedWhy;
    };

function itemWords(notice: CorrectedNotice, id: ItemId): ItemWords {
  const numbered = /^item-(\d+)$/.exec(id);
  if (numbered) return { number: Number(numbered[1]), label: id };
  for (const model of [notice.result.model, notice.parsed]) {
    const item = model.items.find((a) => a.id === id);
    if (item) {
      const task = model.tasks.find((t) => t.id === item.taskId);
      return { number: null, label: itemLabel(model.text, item, task) };
    }
  }
  return { number: null, label: id };
}

export function caveatWords(caveat: Caveat, notice: CorrectedNotice): CaveatWords {
  switch (caveat.code) {
    case 'item-moved':
      return {
        kind: 'item-moved',
        from: itemWords(notice, caveat.from),
        to: itemWords(notice, caveat.to),
      };
    case 'passage-moved':
      return { kind: 'passage-moved' };
    case 'same-name':
      return { kind: 'same-name', name: caveat.name };
    case 'already-marked':
      return { kind: 'already-marked', name: caveat.name, generic: caveat.generic };
    case 'merge-absent':
      return { kind: 'merge-absent', names: caveat.agencies.map((id) => agencyName(notice, id)) };
    case 'not-moved':
      return {
        kind: 'not-moved',
        item: itemWords(notice, caveat.item),
        agency: agencyName(notice, caveat.agency),
        why: caveat.why,
      };
  }
}

/** The notice's words a caveat quotes, to mark them as the notice's own. */
export function caveatQuotes(words: CaveatWords): string[] {
  const item = (w: ItemWords) => (w.number === null ? [w.label] : []);
  switch (words.kind) {
    case 'item-moved':
      return [...item(words.from), ...item(words.to)];
    case 'passage-moved':
      return [];
    case 'same-name':
    case 'already-marked':
      return [words.name];
    case 'merge-absent':
      return [...words.names];
    case 'not-moved':
      return [...item(words.item), words.agency];
  }
}

/** Every name and passage the words quote from the notice, to mark them as the notice's own. */
export function quotedWords(words: CorrectionWords): string[] {
  const roles = (r: RoleNames) => [...r.leads, ...r.cooperators, ...r.responsible];
  switch (words.kind) {
    case 'rename':
      return [words.from, words.to];
    case 'merge':
      return [...words.from, words.into];
    case 'split':
      return [words.agency, words.name];
    case 'roles':
      return [words.item, ...roles(words.roles)];
    case 'generic':
      return [words.agency];
    case 'keepApart':
      return [...words.names];
    case 'addItem':
      return [words.passage, ...roles(words.roles)];
  }
}
