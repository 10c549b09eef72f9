// addItem: a passage the parser did not read becomes an item, with the agencies the user reads in it.
// The item stands in the paragraph of its passage, under the task and section the passage is in; each
// name found in the passage is marked there, so the source view highlights it like a parsed marker.
import type { Agency, AgencyId, Item, ItemId, Mention, NoticeModel, Role } from '../notice/model.ts';
import { lookUpNames, nameProblem } from './agency-identity.ts';
import { settleRoles } from './item-roles.ts';
import type { AddItem } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

/** Where the passage stands now: at its place, or the nearest place the same text is found. */
function locate(text: string, marker: AddItem['marker']): number | null {
  if (text.slice(marker.start, marker.end) === marker.text) return marker.start;
  let best: number | null = null;
  for (let at = text.indexOf(marker.text); at >= 0; at = text.indexOf(marker.text, at + 1)) {
    if (best === null || Math.abs(at - marker.start) < Math.abs(best - marker.start)) best = at;
  }
  return best;
}

function lastBefore<T extends { start: number }>(list: readonly T[], at: number): T | null {
  let found: T | null = null;
  for (const entry of list) if (entry.start <= at) found = entry;
  return found;
}

/** The id of an added item: `item-x` and the passage's place, stable across re-parses of one text. */
export function addedItemId(start: number): ItemId {
  return `item-x${start}` as ItemId;
}

function mentionsIn(
  model: NoticeModel,
  span: { start: number; end: number },
  named: readonly { id: AgencyId; role: Role; name: string }[],
  agencies: readonly Agency[],
): Mention[] {
  const passage = model.text.slice(span.start, span.end);
  return named.flatMap(({ id, role, name }) => {
    const spellings = [name, ...(agencies.find((a) => a.id === id)?.aliases ?? [])];
    for (const spelling of spellings) {
      const at = passage.indexOf(spelling);
      if (at >= 0)
        return [{ agencyId: id, role, start: span.start + at, end: span.start + at + spelling.length }];
    }
    return [];
  });
}

export function addItem(model: NoticeModel, op: AddItem): OpOutcome {
  const names = [...op.leads, ...op.cooperators, ...op.responsible];
  if (names.length === 0) return skip('invalid', 'an item needs at least one agency');
  const problem = names.map(nameProblem).find((p) => p !== null);
  if (problem) return skip('invalid', problem);
  const at = locate(model.text, op.marker);
  if (at === null) return skip('item-missing', `the passage "${op.marker.text}" is no longer in the text`);
  const span = { start: at, end: at + op.marker.text.length };
  if (model.items.some((a) => a.marker.start < span.end && span.start < a.marker.end))
    return skip('item-exists', 'this passage is read as an item now: correct that item instead');

  const created: Agency[] = [];
  const resolve = (list: readonly string[], role: Role) =>
    list.map((written) => {
      const name = written.trim();
      return { name, role, id: lookUpNames(model, [name], created)[0] as AgencyId };
    });
  const written = [
    ...resolve(op.leads, 'lead'),
    ...resolve(op.cooperators, 'cooperate'),
    ...resolve(op.responsible, 'responsible'),
  ];
  const of = (role: Role) => written.filter((w) => w.role === role).map((w) => w.id);
  const roles = settleRoles(of('lead'), of('cooperate'), of('responsible'));
  const agencies = [...model.agencies, ...created];
  // A name given twice keeps its strongest role, as settleRoles does.
  const named = written.filter((w, i) => written.findIndex((x) => x.id === w.id) === i);
  const lineStart = model.text.lastIndexOf('\n', span.start - 1) + 1;
  const next = model.text.indexOf('\n', span.end);
  const lineEnd = next < 0 ? model.text.length : next;
  const task = lastBefore(model.tasks, span.start);
  const section = lastBefore(model.sections, span.start);
  const item: Item = {
    id: addedItemId(span.start),
    taskId: task?.id ?? null,
    sectionId: section?.id ?? task?.sectionId ?? null,
    title: null,
    number: null,
    start: lineStart,
    end: lineEnd,
    ...roles,
    deadline: null,
    note: null,
    marker: span,
    mentions: mentionsIn(model, span, named, agencies),
  };
  const items = [...model.items, item].sort((a, b) => a.marker.start - b.marker.start);
  return done({ ...model, items, agencies }, at === op.marker.start ? [] : [{ code: 'passage-moved' }]);
}
