// The shared selection (agency, task, section, edge, item or project, kept in the address) seen from a graph:
// what to light up in it, and what the side panel is about.
import type { SelectionRef } from '../../view-model/url-state.ts';
import type { GraphSelection } from '../../graph/classes.ts';
import type { GraphData } from '../../graph/network.ts';
import type { NoticeModel } from '../../notice/model.ts';

/** The selection in graph terms, or null when the graph does not show it. A task folded into its
 *  section is shown by the section. */
export function toGraphSelection(
  selection: SelectionRef | null,
  graph: GraphData,
  model: NoticeModel,
): GraphSelection | null {
  if (!selection) return null;
  if (selection.kind === 'item') return { kind: 'item', id: selection.id };
  if (selection.kind === 'edge')
    return graph.edges.some((e) => e.id === selection.id) ? { kind: 'edge', id: selection.id } : null;
  if (graph.nodes.some((n) => n.id === selection.id)) return { kind: 'node', id: selection.id };
  const task = selection.kind === 'task' ? model.tasks.find((t) => t.id === selection.id) : undefined;
  if (task?.sectionId && graph.nodes.some((n) => n.id === task.sectionId))
    return { kind: 'node', id: task.sectionId };
  return null;
}

/** True when `item` is among what `subject` stands for: the panel then keeps listing the subject
 *  with the item opened, instead of switching to the item alone. */
export function subjectHolds(
  subject: SelectionRef,
  itemId: string,
  model: NoticeModel,
  graph: GraphData,
): boolean {
  const item = model.items.find((a) => a.id === itemId);
  if (!item) return false;
  switch (subject.kind) {
    case 'agency':
      return [...item.leads, ...item.cooperators, ...item.responsible].some((id) => id === subject.id);
    case 'task':
      return item.taskId === subject.id;
    case 'section':
      return item.sectionId === subject.id;
    case 'edge':
      return graph.edges.some((e) => e.id === subject.id && (e.items as readonly string[]).includes(itemId));
    case 'item':
      return subject.id === itemId;
    case 'project':
      return model.projects.some(
        (p) => p.id === subject.id && (p.itemIds as readonly string[]).includes(itemId),
      );
  }
}

/** What the panel is about after a new selection, given what it was about. */
export function nextSubject(
  previous: SelectionRef | null,
  selection: SelectionRef | null,
  model: NoticeModel,
  graph: GraphData,
): SelectionRef | null {
  if (!selection) return null;
  if (selection.kind !== 'item') return { kind: selection.kind, id: selection.id };
  if (previous && previous.kind !== 'item' && subjectHolds(previous, selection.id, model, graph))
    return previous;
  return { kind: 'item', id: selection.id };
}
