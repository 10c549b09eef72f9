// renameAgency: the agency is called something else. Its id follows the new name (so the same name in
// another notice is the same node), and the old name joins its aliases.
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import { agencyIdFor, cleanName, nameProblem } from './agency-identity.ts';
import { reassignAgencies } from './item-roles.ts';
import type { RenameAgency } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

export function renameAgency(model: NoticeModel, op: RenameAgency): OpOutcome {
  const agency = model.agencies.find((a) => a.id === op.agencyId);
  if (!agency) return skip('agency-missing', `no agency ${op.agencyId} in this notice`);
  const problem = nameProblem(op.name);
  const name = cleanName(op.name);
  if (problem !== null || name === null) return skip('invalid', `the new name: ${problem ?? 'empty'}`);
  if (name === agency.name) return done(model, [{ code: 'same-name', name: agency.name }]);
  const id = agencyIdFor(name);
  const holder = model.agencies.find((a) => a.id === id && a.id !== agency.id);
  if (holder) return skip('name-taken', `${holder.name} already exists: merge the two agencies instead`);

  const aliases = [...agency.aliases.filter((a) => a !== name), agency.name];
  const renamed = { ...agency, id, name, aliases: [...new Set(aliases)] };
  const rename = (other: AgencyId) => (other === agency.id ? id : other);
  return done({
    ...model,
    agencies: model.agencies.map((a) => (a === agency ? renamed : a)),
    items: model.items.map((item) => reassignAgencies(item, rename)),
  });
}
