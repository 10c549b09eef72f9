// markGeneric: the name stands for a collective (`各地`, `各有关部门`), not one agency — or, undoing the
// parser's guess, it does name one agency. Views leave generic actors out of rankings.
import { agencyKind } from '../notice/agency-names.ts';
import type { NoticeModel } from '../notice/model.ts';
import type { MarkGeneric } from './ops.ts';
import { done, skip, type OpOutcome } from './outcome.ts';

export function markGeneric(model: NoticeModel, op: MarkGeneric): OpOutcome {
  const agency = model.agencies.find((a) => a.id === op.agencyId);
  if (!agency) return skip('agency-missing', `no agency ${op.agencyId} in this notice`);
  if (agency.generic === op.generic) {
    return done(model, [{ code: 'already-marked', name: agency.name, generic: op.generic }]);
  }
  // An agency the parser took as generic has no other kind on record: classify its name afresh.
  const kind = op.generic
    ? 'generic'
    : agency.kind === 'generic'
      ? agencyKind(agency.name, false)
      : agency.kind;
  const marked = { ...agency, generic: op.generic, kind };
  return done({ ...model, agencies: model.agencies.map((a) => (a === agency ? marked : a)) });
}
