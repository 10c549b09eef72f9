// What an agency, task or section selected in another view means in the outline and the source text:
// the items it touches, each with the role it plays there, and a one-line summary for the focus bar.
import type { AgencyId, Item, ItemId, NoticeModel, Role } from '../notice/model.ts';
import type { SelectionRef } from './url-state.ts';

/** `in` marks an item that belongs to a selected task or section rather than naming an agency. */
export type FocusRole = Role | 'in';

export interface SelectionFocus {
  readonly kind: 'agency' | 'task' | 'section';
  readonly name: string;
  readonly items: ReadonlyMap<ItemId, FocusRole>;
  /** Items counted by role, in document order of the roles: lead, cooperate, responsible, in. */
  readonly counts: Readonly<Record<FocusRole, number>>;
}

function roleOf(agencyId: AgencyId, item: Item): Role | null {
  if (item.leads.includes(agencyId)) return 'lead';
  if (item.cooperators.includes(agencyId)) return 'cooperate';
  if (item.responsible.includes(agencyId)) return 'responsible';
  return null;
}

/** The focus of a selection that is not one item, or null when there is none (or it names nothing here). */
export function selectionFocus(model: NoticeModel, ref: SelectionRef | null): SelectionFocus | null {
  if (!ref) return null;
  const items = new Map<ItemId, FocusRole>();
  let name: string | undefined;
  if (ref.kind === 'agency') {
    const agency = model.agencies.find((a) => a.id === ref.id);
    name = agency?.name;
    if (agency) {
      for (const item of model.items) {
        const role = roleOf(agency.id, item);
        if (role) items.set(item.id, role);
      }
    }
  } else if (ref.kind === 'task') {
    name = model.tasks.find((t) => t.id === ref.id)?.title;
    for (const item of model.items) if (item.taskId === ref.id) items.set(item.id, 'in');
  } else if (ref.kind === 'section') {
    name = model.sections.find((s) => s.id === ref.id)?.title;
    for (const item of model.items) if (item.sectionId === ref.id) items.set(item.id, 'in');
  } else {
    return null;
  }
  if (name === undefined) return null;
  const counts: Record<FocusRole, number> = { lead: 0, cooperate: 0, responsible: 0, in: 0 };
  for (const role of items.values()) counts[role] += 1;
  return { kind: ref.kind, name, items, counts };
}
