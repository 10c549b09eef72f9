// The named projects of a notice: found in each item's text, merged across items by name, linked
// to the items and tasks that name them, in document order, ids proj-1, proj-2…
import type { ItemId, NoticeModel, Project, ProjectId, ProjectKind, TaskId } from '../notice/model.ts';
import { findProjectNames } from './mentions.ts';
import { itemText, nameKey } from './readable.ts';

interface Draft {
  name: string;
  kind: ProjectKind;
  taskIds: TaskId[];
  itemIds: ItemId[];
  places: string[];
}

interface Named {
  readonly name: string;
  readonly kind: ProjectKind;
  readonly places: readonly string[];
}

/** What one item names, in the order it names them. */
function namedIn(model: ProjectSource, index: number): Named[] {
  const item = model.items[index];
  if (!item) return [];
  return findProjectNames(itemText(model.text, item));
}

/** What projects are read from: the text, its tasks and items. */
export type ProjectSource = Pick<NoticeModel, 'text' | 'tasks' | 'items'>;

export function extractProjects(model: ProjectSource): Project[] {
  const drafts = new Map<string, Draft>();
  model.items.forEach((item, index) => {
    for (const named of namedIn(model, index)) {
      const key = `${named.kind}:${nameKey(named.name)}`;
      const draft = drafts.get(key) ?? {
        ...named,
        places: [...named.places],
        taskIds: [],
        itemIds: [],
      };
      drafts.set(key, draft);
      if (!draft.itemIds.includes(item.id)) draft.itemIds.push(item.id);
      if (item.taskId && !draft.taskIds.includes(item.taskId)) draft.taskIds.push(item.taskId);
      for (const place of named.places) if (!draft.places.includes(place)) draft.places.push(place);
    }
  });
  return [...drafts.values()].map((d, i) => ({ id: `proj-${i + 1}` as ProjectId, ...d }));
}
