// splitAgency: in some items, what the parser took for one agency is another. Those items name the
// other agency instead (created next to the source if the notice has none of that name). Items are
// checked one by one; those that can no longer be found are listed in the note, not guessed at.
import type { Agency, AgencyId, Item, NoticeModel } from '../notice/model.ts';
import { agencyIdFor, cleanName, nameProblem, newAgency } from './agency-identity.ts';
import { movedNote, resolveItem } from './item-ref.ts';
import { dropUnnamed, namesAgency, reassignAgencies } from './item-roles.ts';
import type { SplitAgency } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

interface Located {
  readonly indices: ReadonlySet<number>;
  readonly problems: readonly string[];
  readonly moved: readonly string[];
}

function locateItems(model: NoticeModel, op: SplitAgency): Located {
  const indices = new Set<number>();
  const problems: string[] = [];
  const moved: string[] = [];
  for (const ref of op.items) {
    const found = resolveItem(model, ref);
    if (!found.ok) problems.push(found.reason);
    else if (!namesAgency(model.items[found.index] as Item, op.agencyId))
      problems.push(`${ref.assignmentId} does not name ${op.agencyId}`);
    else {
      indices.add(found.index);
      moved.push(movedNote(ref, found) ?? '');
    }
  }
  return { indices, problems, moved: moved.filter((m) => m.length > 0) };
}

function insertAfter(agencies: readonly Agency[], anchor: AgencyId, agency: Agency): Agency[] {
  const at = agencies.findIndex((a) => a.id === anchor);
  return [...agencies.slice(0, at + 1), agency, ...agencies.slice(at + 1)];
}

export function splitAgency(model: NoticeModel, op: SplitAgency): OpOutcome {
  if (!model.agencies.some((a) => a.id === op.agencyId))
    return skip('agency-missing', `no agency ${op.agencyId} in this notice`);
  const problem = nameProblem(op.name);
  const name = cleanName(op.name);
  if (problem !== null || name === null) return skip('invalid', `the new agency: ${problem ?? 'no name'}`);
  const target = agencyIdFor(name);
  if (target === op.agencyId) return skip('invalid', `${name} is the agency being split`);
  const { indices, problems, moved } = locateItems(model, op);
  if (indices.size === 0)
    return skip('item-missing', `no item to move: ${problems.join('; ') || 'none given'}`);

  const rename = (id: AgencyId) => (id === op.agencyId ? target : id);
  const items = model.items.map((item, i) => (indices.has(i) ? reassignAgencies(item, rename) : item));
  const exists = model.agencies.some((a) => a.id === target);
  const agencies = exists ? model.agencies : insertAfter(model.agencies, op.agencyId, newAgency(name));
  const result = {
    ...model,
    items,
    agencies: dropUnnamed(agencies, items, new Set([op.agencyId])),
  };
  const notes = [...moved, ...(problems.length > 0 ? [`not moved: ${problems.join('; ')}`] : [])];
  return done(result, notes.length > 0 ? notes.join('; ') : undefined);
}
