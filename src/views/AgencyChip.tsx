// One agency named in a responsibility marker, styled by its role: lead, cooperating or responsible;
// badged when a correction changed it.
import { useMessages } from './i18n/lang-context.tsx';
import type { Agency, Role } from '../notice/model.ts';
import { useCorrectionMarks } from './correction-marks.ts';
import './AgencyChip.css';

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
  const m = useMessages();
  return (
    <span
      className={`agency-chip role-${role}${generic}${corrected ? ' is-corrected' : ''}${focused ? ' is-focused' : ''}`}
      title={m.outline.chipTitle(m.outline.roleNames[role], agency.name, corrected)}
      // The name is the notice's own words, Chinese in either interface.
      lang="zh-CN"
    >
      {agency.name}
    </span>
  );
}
