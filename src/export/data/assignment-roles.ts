// The (agency, role) pairs of one item, in the order every export lists them: leads, cooperators,
// then agencies responsible without a lead/cooperate distinction.
import type { AgencyId, Item, Role } from '../../notice/model.ts';

export interface RolePair {
  readonly agencyId: AgencyId;
  readonly role: Role;
}

export function assignmentRoles(assignment: Item): RolePair[] {
  return [
    ...assignment.leads.map((agencyId) => ({ agencyId, role: 'lead' as const })),
    ...assignment.cooperators.map((agencyId) => ({ agencyId, role: 'cooperate' as const })),
    ...assignment.responsible.map((agencyId) => ({ agencyId, role: 'responsible' as const })),
  ];
}
