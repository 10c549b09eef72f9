// Remembering an item across re-parses: its id and a hash of its text. The same text parsed again gives
// the same hash; a newer parser that numbers items differently moves the hash to another id, where
// `resolveItem` finds it and says so, instead of applying a correction to whatever is now `item-7`.
import type { Item, ItemId, NoticeModel } from '../notice/model.ts';
import type { ItemRef } from './ops.ts';
import type { Caveat } from './outcome.ts';

/** FNV-1a (32-bit) of the item's text without whitespace: a parser that trims an item's span
 *  differently (a trailing newline, an indent) must not make the item unrecognisable. */
export function itemTextHash(model: NoticeModel, item: Item): string {
  const text = model.text.slice(item.start, item.end);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x3000 || code === 0xa0) continue;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The reference a correction keeps to the item `assignmentId` of `model`, or null if there is none. */
export function itemRef(model: NoticeModel, itemId: ItemId): ItemRef | null {
  const item = model.items.find((a) => a.id === itemId);
  return item ? { assignmentId: itemId, textHash: itemTextHash(model, item) } : null;
}

export type ItemResolution =
  | { readonly ok: true; readonly index: number; readonly movedTo?: ItemId }
  | {
      readonly ok: false;
      readonly code: 'item-missing' | 'item-changed' | 'item-ambiguous';
      readonly reason: string;
    };

/** Where the remembered item is in `model`: at its id if the text matches, else wherever its text is. */
export function resolveItem(model: NoticeModel, ref: ItemRef): ItemResolution {
  const atId = model.items.findIndex((a) => a.id === ref.assignmentId);
  const byId = model.items[atId];
  if (byId && itemTextHash(model, byId) === ref.textHash) return { ok: true, index: atId };
  const sameText = model.items
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => itemTextHash(model, a) === ref.textHash);
  const only = sameText.length === 1 ? sameText[0] : undefined;
  if (only) return { ok: true, index: only.index, movedTo: only.a.id };
  if (sameText.length > 1)
    return {
      ok: false,
      code: 'item-ambiguous',
      reason: `${ref.assignmentId}: ${sameText.length} items have its text (${sameText.map((s) => s.a.id).join(', ')})`,
    };
  if (byId)
    return {
      ok: false,
      code: 'item-changed',
      reason: `${ref.assignmentId} has another text than when corrected`,
    };
  return { ok: false, code: 'item-missing', reason: `no item ${ref.assignmentId} with the corrected text` };
}

/** What the user should know when a correction landed on an item that moved: nothing, or where it went. */
export function movedCaveats(ref: ItemRef, resolution: ItemResolution): Caveat[] {
  return resolution.ok && resolution.movedTo
    ? [{ code: 'item-moved', from: ref.assignmentId, to: resolution.movedTo }]
    : [];
}
