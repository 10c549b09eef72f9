// Undo records: the agencies and items an op changed, before and after (tldraw's RecordsDiff, reversed
// by swapping). `diffModels` writes one from two models; `applyRestore` puts the "before" side back,
// but only if the records still look as the op left them — otherwise a later change would be lost.
import type { Agency, Item, NoticeModel } from '../notice/model.ts';
import { itemTextHash, resolveItem } from './item-ref.ts';
import type { AgencyChange, CorrectionType, ItemChange, ItemRoles, RestoreOp } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

function rolesOf(item: Item): ItemRoles {
  return {
    leads: item.leads,
    cooperators: item.cooperators,
    responsible: item.responsible,
    mentions: item.mentions,
  };
}

/** Structural equality of JSON-like records (what models are made of). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function agencyChanges(before: readonly Agency[], after: readonly Agency[]): AgencyChange[] {
  const afterById = new Map(after.map((a) => [a.id, a]));
  const beforeIds = new Set(before.map((a) => a.id));
  const changes: AgencyChange[] = [];
  before.forEach((agency, index) => {
    const now = afterById.get(agency.id) ?? null;
    if (!sameRecord(agency, now)) changes.push({ before: agency, after: now, index });
  });
  for (const agency of after)
    if (!beforeIds.has(agency.id)) changes.push({ before: null, after: agency, index: -1 });
  return changes;
}

/** The restore op that turns `after` back into `before`; both are models of the same text. */
export function diffModels(before: NoticeModel, after: NoticeModel, undoes: CorrectionType): RestoreOp {
  const items: ItemChange[] = [];
  const afterById = new Map(after.items.map((a) => [a.id, a]));
  const beforeIds = new Set(before.items.map((a) => a.id));
  for (const item of before.items) {
    const now = afterById.get(item.id);
    if (now && now !== item && !sameRecord(rolesOf(item), rolesOf(now))) {
      const ref = { assignmentId: item.id, textHash: itemTextHash(before, item) };
      items.push({ item: ref, before: rolesOf(item), after: rolesOf(now) });
    }
  }
  const added = after.items
    .filter((a) => !beforeIds.has(a.id))
    .map((a) => ({ assignmentId: a.id, textHash: itemTextHash(after, a) }));
  const restore: RestoreOp = {
    type: 'restore',
    undoes,
    agencies: agencyChanges(before.agencies, after.agencies),
    items,
  };
  return added.length > 0 ? { ...restore, added } : restore;
}

function staleReason(model: NoticeModel, op: RestoreOp): string | null {
  for (const change of op.agencies) {
    const id = change.after?.id ?? change.before?.id;
    const now = model.agencies.find((a) => a.id === id) ?? null;
    if (!sameRecord(now, change.after)) return `${id} has changed since`;
  }
  for (const change of op.items) {
    const found = resolveItem(model, change.item);
    if (!found.ok) return found.reason;
    if (!sameRecord(rolesOf(model.items[found.index] as Item), change.after))
      return `${change.item.assignmentId} has changed since`;
  }
  return null;
}

/** Agencies the op removed or changed go back to their places; those it added or changed leave. */
function restoreAgencies(agencies: readonly Agency[], changes: readonly AgencyChange[]): Agency[] {
  const leaving = new Set(changes.flatMap((c) => (c.after ? [c.after.id] : [])));
  const restored = agencies.filter((a) => !leaving.has(a.id));
  const returning = changes.filter((c) => c.before !== null).sort((x, y) => x.index - y.index);
  for (const { before, index } of returning) restored.splice(index, 0, before as Agency);
  return restored;
}

export function applyRestore(model: NoticeModel, op: RestoreOp): OpOutcome {
  const stale = staleReason(model, op);
  if (stale !== null) return skip('stale', `cannot undo ${op.undoes}: ${stale}`);
  const byIndex = new Map<number, ItemRoles>();
  for (const change of op.items) {
    const found = resolveItem(model, change.item);
    if (found.ok) byIndex.set(found.index, change.before);
  }
  const leaving = new Set(
    (op.added ?? []).flatMap((ref) => {
      const found = resolveItem(model, ref);
      return found.ok ? [found.index] : [];
    }),
  );
  const items = model.items
    .map((item, i) => {
      const before = byIndex.get(i);
      return before ? { ...item, ...before } : item;
    })
    .filter((_, i) => !leaving.has(i));
  return done({ ...model, agencies: restoreAgencies(model.agencies, op.agencies), items });
}
