// The key to the chips: how a lead, a cooperating and a responsible agency look.
import { useMessages } from './i18n/lang-context.tsx';
import type { Role } from '../notice/model.ts';
import './AgencyChip.css';
import './RoleLegend.css';

const ROLES: readonly Role[] = ['lead', 'cooperate', 'responsible'];

export function RoleLegend({ roles }: { roles: ReadonlySet<Role> }) {
  const m = useMessages();
  return (
    <ul className="role-legend" aria-label={m.outline.roles}>
      {ROLES.filter((role) => roles.has(role)).map((role) => (
        <li key={role} className={`agency-chip role-${role}`}>
          {m.outline.roleNames[role]}
        </li>
      ))}
    </ul>
  );
}
