// One agency named in a responsibility marker, styled by its role: lead, cooperating or responsible;
// badged when a correction changed it.
import type { Agency, Role } from '../notice/model.ts';
import { useCorrectionMarks } from './correction-marks.ts';
import './AgencyChip.css';

const ROLE_NAMES: Record<Role, string> = { lead: '牵头', cooperate: '配合', responsible: '负责' };

export function AgencyChip({
  agency,
  role,
  focused = false,
}: {
  agency: Agency;
  role: Role;
  focused?: boolean;
}) {
  const generic = agency.generic ? ' is-generic' : '';
  const corrected = useCorrectionMarks().agencies.has(agency.id);
  return (
    <span
      className={`agency-chip role-${role}${generic}${corrected ? ' is-corrected' : ''}${focused ? ' is-focused' : ''}`}
      title={`${ROLE_NAMES[role]}：${agency.name}${corrected ? '（已更正 corrected）' : ''}`}
    >
      {agency.name}
    </span>
  );
}
