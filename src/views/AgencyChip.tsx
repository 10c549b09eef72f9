// One agency named in a responsibility marker, styled by its role: lead, cooperating or responsible.
import type { Agency, Role } from '../notice/model.ts';
import './AgencyChip.css';

const ROLE_NAMES: Record<Role, string> = { lead: '牵头', cooperate: '配合', responsible: '负责' };

export function AgencyChip({ agency, role }: { agency: Agency; role: Role }) {
  const generic = agency.generic ? ' is-generic' : '';
  return (
    <span className={`agency-chip role-${role}${generic}`} title={`${ROLE_NAMES[role]}：${agency.name}`}>
      {agency.name}
    </span>
  );
}
