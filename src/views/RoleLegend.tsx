// The key to the chips: how a lead, a cooperating and a responsible agency look.
import type { Role } from '../notice/model.ts';
import './AgencyChip.css';
import './RoleLegend.css';

const ENTRIES: readonly { role: Role; label: string }[] = [
  { role: 'lead', label: '牵头 Lead' },
  { role: 'cooperate', label: '配合 Cooperating' },
  { role: 'responsible', label: '负责 Responsible' },
];

export function RoleLegend({ roles }: { roles: ReadonlySet<Role> }) {
  return (
    <ul className="role-legend" aria-label="Agency roles">
      {ENTRIES.filter((e) => roles.has(e.role)).map(({ role, label }) => (
        <li key={role} className={`agency-chip role-${role}`}>
          {label}
        </li>
      ))}
    </ul>
  );
}
