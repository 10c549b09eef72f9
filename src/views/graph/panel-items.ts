// What the side panel lists for a selection: the items behind it, grouped by section in document order,
// each with its role for the agency in question and the sentence that assigns it.
import { itemLabel } from '../../view-model/item-label.ts';
import { sectionHeading, taskHeading } from '../../export/data/heading-labels.ts';
import type { AgencyId, Item, ItemId, NoticeModel, Role, Task } from '../../notice/model.ts';

export interface PanelItem {
  readonly item: Item;
  /** The role of the agency the panel is about, when it is about one. */
  readonly role: Role | null;
  readonly label: string;
  /** `（三）创新金融服务体系` */
  readonly task: string | null;
  /** The item's paragraph up to its marker: the words that set the work. */
  readonly sentence: string;
}

export interface ItemGroup {
  readonly key: string;
  /** `一、推进体制机制改革创新`, or a plain note for items outside any section. */
  /** The section's heading; null for items outside any section (the view names that in its language). */
  readonly title: string | null;
  readonly items: readonly PanelItem[];
}

export function roleOf(item: Item, agency: AgencyId): Role | null {
  if (item.leads.includes(agency)) return 'lead';
  if (item.cooperators.includes(agency)) return 'cooperate';
  return item.responsible.includes(agency) ? 'responsible' : null;
}

/** The paragraph as written, less its marker and, when the paragraph opens the task, the task's own
 *  heading (shown above it already). */
export function itemSentence(text: string, item: Item, task?: Task): string {
  const end = item.marker.start > item.start && item.marker.start <= item.end ? item.marker.start : item.end;
  let start = item.start;
  if (task && task.start >= item.start && task.start < end) {
    const title = text.indexOf(task.title, task.start);
    if (title >= 0 && title < end) start = title + task.title.length;
    while (start < end && /[。．.：:，,\s]/u.test(text[start] ?? '')) start++;
  }
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/** `items` as panel entries grouped by section, in document order. */
export function groupItems(model: NoticeModel, items: readonly Item[], agency: AgencyId | null): ItemGroup[] {
  const tasks = new Map<string, Task>(model.tasks.map((t) => [t.id, t]));
  const groups = new Map<string, PanelItem[]>();
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const task = item.taskId ? tasks.get(item.taskId) : undefined;
    const key = item.sectionId ?? '';
    groups.set(key, [
      ...(groups.get(key) ?? []),
      {
        item,
        role: agency ? roleOf(item, agency) : null,
        label: itemLabel(model.text, item, task),
        task: task ? taskHeading(task) : null,
        sentence: itemSentence(model.text, item, task),
      },
    ]);
  }
  const sections = new Map(model.sections.map((s) => [s.id as string, s]));
  return [...groups].map(([key, list]) => {
    const section = sections.get(key);
    return {
      key: key || 'none',
      title: section ? sectionHeading(section) : null,
      items: list,
    };
  });
}

/** An agency's items: those it leads, and those it joins (cooperating or sharing responsibility). */
export function agencyItemGroups(
  model: NoticeModel,
  agency: AgencyId,
): { led: ItemGroup[]; joined: ItemGroup[] } {
  const led = model.items.filter((a) => a.leads.includes(agency));
  const joined = model.items.filter(
    (a) => !a.leads.includes(agency) && (a.cooperators.includes(agency) || a.responsible.includes(agency)),
  );
  return { led: groupItems(model, led, agency), joined: groupItems(model, joined, agency) };
}

export function itemsByIds(model: NoticeModel, ids: readonly ItemId[] | readonly string[]): Item[] {
  const wanted = new Set<string>(ids);
  return model.items.filter((a) => wanted.has(a.id));
}
