// mergeAgencies: several names are one agency. Items naming any of them name `into`; their names join
// its aliases. A name the model no longer has (a newer parser already took it as an alias) is not an
// error: the op is applied to the rest and says which were absent.
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import { reassignAgencies } from './item-roles.ts';
import type { MergeAgencies } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

export function mergeAgencies(model: NoticeModel, op: MergeAgencies): OpOutcome {
  const into = model.agencies.find((a) => a.id === op.into);
  if (!into) return skip('agency-missing', `no agency ${op.into} in this notice to merge into`);
  const fromIds = new Set(op.from.filter((id) => id !== op.into));
  if (fromIds.size === 0) return skip('invalid', `nothing to merge into ${into.name}`);
  const from = model.agencies.filter((a) => fromIds.has(a.id));
  const absent = [...fromIds].filter((id) => !from.some((a) => a.id === id));
  if (from.length === 0) return skip('agency-missing', `none of ${absent.join(', ')} is in this notice`);

  const spellings = [...into.aliases, ...from.flatMap((a) => [a.name, ...a.aliases])];
  const merged = { ...into, aliases: [...new Set(spellings)].filter((s) => s !== into.name) };
  const rename = (id: AgencyId) => (fromIds.has(id) ? into.id : id);
  const result: NoticeModel = {
    ...model,
    agencies: model.agencies.filter((a) => !fromIds.has(a.id)).map((a) => (a === into ? merged : a)),
    items: model.items.map((item) => reassignAgencies(item, rename)),
  };
  return done(result, absent.length > 0 ? [{ code: 'merge-absent', agencies: absent }] : []);
}
