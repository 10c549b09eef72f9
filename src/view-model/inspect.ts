// What the inspector shows about an agency or an item of the model in view. Pure.
import type { Agency, AgencyId, Item, NoticeModel, Role } from '../notice/model.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { splitScopedId } from '../workspace/scoped-id.ts';
import { itemLabel } from './item-label.ts';

export interface AgencyItem {
  readonly item: Item;
  readonly role: Role;
  readonly label: string;
}

export function roleOf(item: Item, id: AgencyId): Role | null {
  if (item.leads.includes(id)) return 'lead';
  if (item.cooperators.includes(id)) return 'cooperate';
  if (item.responsible.includes(id)) return 'responsible';
  return null;
}

export function labelOf(model: NoticeModel, item: Item): string {
  return itemLabel(
    model.text,
    item,
    model.tasks.find((t) => t.id === item.taskId),
  );
}

/** The items that name the agency, in document order, with its role in each. */
export function itemsNaming(model: NoticeModel, id: AgencyId): AgencyItem[] {
  return model.items.flatMap((item) => {
    const role = roleOf(item, id);
    return role ? [{ item, role, label: labelOf(model, item) }] : [];
  });
}

/** Agencies by how many items name them, most first, then by name; collectives last. */
export function agenciesByLoad(model: NoticeModel): { agency: Agency; items: number }[] {
  const counts = new Map<AgencyId, number>();
  for (const item of model.items)
    for (const id of new Set([...item.leads, ...item.cooperators, ...item.responsible]))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return model.agencies
    .map((agency) => ({ agency, items: counts.get(agency.id) ?? 0 }))
    .sort(
      (a, b) =>
        Number(a.agency.generic) - Number(b.agency.generic) ||
        b.items - a.items ||
        a.agency.name.localeCompare(b.agency.name, 'zh-Hans-CN'),
    );
}

/** The notice of a scoped id and the notice's own id, for ids of the view. */
export function noticeOf(scoped: string): { noticeId: NoticeId; localId: string } | null {
  return splitScopedId(scoped);
}

/** Names split as a person types a list of agencies: by the genre's separators. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
