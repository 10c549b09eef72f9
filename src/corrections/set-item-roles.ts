// setItemRoles: the item's leads, cooperators and responsible agencies, as the user reads the marker.
// Names are looked up by id or alias; a name the notice lacks becomes a new agency. Mentions follow:
// a mention keeps its span but takes its agency's new role, and a mention of an agency the item no
// longer names is dropped, so the highlighted text agrees with the roles.
import type { Agency, Item, Mention, NoticeModel } from '../notice/model.ts';
import { lookUpNames, nameProblem } from './agency-identity.ts';
import { movedCaveats, resolveItem } from './item-ref.ts';
import { dropUnnamed, roleIn, settleRoles } from './item-roles.ts';
import type { SetItemRoles } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

function followRoles(item: Item, roles: Pick<Item, 'leads' | 'cooperators' | 'responsible'>): Mention[] {
  return item.mentions.flatMap((m) => {
    const role = roleIn(roles, m.agencyId);
    if (role === null) return [];
    return role === roleIn(item, m.agencyId) ? [m] : [{ ...m, role }];
  });
}

export function setItemRoles(model: NoticeModel, op: SetItemRoles): OpOutcome {
  const names = [...op.leads, ...op.cooperators, ...op.responsible];
  const problem = names.map(nameProblem).find((p) => p !== null);
  if (problem) return skip('invalid', problem);
  const found = resolveItem(model, op.item);
  if (!found.ok) return skip(found.code, found.reason);
  const item = model.items[found.index] as Item;

  const created: Agency[] = [];
  const clean = (list: readonly string[]) =>
    lookUpNames(
      model,
      list.map((n) => n.trim()),
      created,
    );
  const roles = settleRoles(clean(op.leads), clean(op.cooperators), clean(op.responsible));
  const corrected: Item = { ...item, ...roles, mentions: followRoles(item, roles) };
  const items = model.items.map((a) => (a === item ? corrected : a));
  const before = new Set([
    ...item.leads,
    ...item.cooperators,
    ...item.responsible,
    ...item.mentions.map((m) => m.agencyId),
  ]);
  const agencies = dropUnnamed([...model.agencies, ...created], items, before);
  return done({ ...model, items, agencies }, movedCaveats(op.item, found));
}
