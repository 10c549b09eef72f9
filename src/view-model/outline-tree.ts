// The notice as a tree for the outline: sections → tasks → items, keeping the order of the text.
// Items or tasks the parser could not place under a heading stay visible in a group without one.
import type { Item, NoticeModel, Section, Task } from '../notice/model.ts';
import { itemLabel } from './item-label.ts';

export interface OutlineItem {
  readonly item: Item;
  readonly label: string;
}

export interface OutlineTask {
  readonly task: Task | null;
  /** The heading's number as written, e.g. `（三）`; empty when there is none. */
  readonly number: string;
  readonly items: readonly OutlineItem[];
}

export interface OutlineSection {
  readonly section: Section | null;
  /** The heading's number as written, e.g. `一、`; empty when there is none. */
  readonly number: string;
  readonly tasks: readonly OutlineTask[];
}

const MAX_NUMBER_LENGTH = 8;

/** The text between a heading's start and its title: the number as the notice writes it. */
export function headingNumber(text: string, heading: { start: number; title: string }): string {
  if (!heading.title) return '';
  const at = text.indexOf(heading.title, heading.start);
  if (at < 0 || at - heading.start > MAX_NUMBER_LENGTH) return '';
  return text.slice(heading.start, at).trim();
}

function groupBy<T, K>(values: readonly T[], key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}

export function buildOutlineTree(model: NoticeModel): OutlineSection[] {
  const taskById = new Map(model.tasks.map((t) => [t.id, t]));
  const itemsByTask = groupBy(model.items, (a) => a.taskId);
  const outlineTask = (task: Task | null): OutlineTask => ({
    task,
    number: task ? headingNumber(model.text, task) : '',
    items: (itemsByTask.get(task?.id ?? null) ?? []).map((item) => ({
      item,
      label: itemLabel(model.text, item, item.taskId ? taskById.get(item.taskId) : undefined),
    })),
  });

  const tasksBySection = groupBy(model.tasks, (t) => t.sectionId);
  // Items without a task are grouped by their section, under a task-less heading of their own.
  const looseItemsBySection = groupBy(itemsByTask.get(null) ?? [], (a) => a.sectionId);
  const sectionTasks = (sectionId: Section['id'] | null): OutlineTask[] => {
    const tasks = (tasksBySection.get(sectionId) ?? []).map(outlineTask);
    const loose = looseItemsBySection.get(sectionId);
    if (loose) {
      const items = loose.map((item) => ({ item, label: itemLabel(model.text, item, undefined) }));
      tasks.unshift({ task: null, number: '', items });
    }
    return tasks;
  };

  const sections: OutlineSection[] = model.sections.map((section) => ({
    section,
    number: headingNumber(model.text, section),
    tasks: sectionTasks(section.id),
  }));
  const unsectioned = sectionTasks(null);
  if (unsectioned.length > 0) sections.unshift({ section: null, number: '', tasks: unsectioned });
  return sections;
}
