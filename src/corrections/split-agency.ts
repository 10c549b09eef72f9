// splitAgency: in some items, what the parser took for one agency is another. Those items name the
// other agency instead (created next to the source if the notice has none of that name). Items are
// checked one by one; those that can no longer be found are listed in the caveats, not guessed at.
import type { Agency, AgencyId, Item, NoticeModel } from '../notice/model.ts';
import { agencyIdFor, cleanName, nameProblem, newAgency } from './agency-identity.ts';
import { movedCaveats, resolveItem } from './item-ref.ts';
import { dropUnnamed, namesAgency, reassignAgencies } from './item-roles.ts';
import type { ItemRef, SplitAgency } from './ops.ts';
import { done, skip, type Caveat, type NotMovedWhy, type OpOutcome } from './outcome.ts';

interface Located {
  readonly indices: ReadonlySet<number>;
  /** Why each item left alone was: its reason in English (for a split that moves none) and as a caveat. */
  readonly problems: readonly string[];
  readonly caveats: readonly Caveat[];
}

function locateItems(model: NoticeModel, op: SplitAgency): Located {
  const indices = new Set<number>();
  const problems: string[] = [];
  const moved: Caveat[] = [];
  const notMoved: Caveat[] = [];
  const leave = (ref: ItemRef, why: NotMovedWhy, reason: string) => {
    problems.push(reason);
    notMoved.push({ code: 'not-moved', item: ref.assignmentId, agency: op.agencyId, why });
  };
  for (const ref of op.items) {
    const found = resolveItem(model, ref);
    if (!found.ok) leave(ref, found.code, found.reason);
    else if (!namesAgency(model.items[found.index] as Item, op.agencyId))
      leave(ref, 'not-named', `${ref.assignmentId} does not name ${op.agencyId}`);
    else {
      indices.add(found.index);
      moved.push(...movedCaveats(ref, found));
    }
  }
  return { indices, problems, caveats: [...moved, ...notMoved] };
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
  const { indices, problems, caveats } = locateItems(model, op);
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
  return done(result, caveats);
}
