// An item's agencies by role, editable: remove a name, add one (any name: a new one becomes an agency),
// then store the item's roles as one correction.
import { useMessages } from '../i18n/lang-context.tsx';
import { useState } from 'react';
import type { CorrectionRequest } from '../../view-model/correction-plan.ts';
import type { Role } from '../../notice/model.ts';
import { splitNames } from '../../view-model/inspect.ts';
import { AGENCY_NAMES_LIST } from './AgencyNames.tsx';
import { useCorrect } from './useCorrect.ts';

export type RoleNames = Readonly<Record<Role, readonly string[]>>;

const ROLES: readonly Role[] = ['lead', 'cooperate', 'responsible'];

function RoleLine({
  role,
  label,
  names,
  onChange,
}: {
  role: Role;
  label: string;
  names: readonly string[];
  onChange: (names: readonly string[]) => void;
}) {
  const [adding, setAdding] = useState('');
  const m = useMessages();
  const add = () => {
    const more = splitNames(adding).filter((n) => !names.includes(n));
    if (more.length > 0) onChange([...names, ...more]);
    setAdding('');
  };
  return (
    <div className={`role-line role-line-${role}`}>
      <span className="role-line-label">{label}</span>
      <span className="role-line-names">
        {names.map((name) => (
          <span key={name} className={`agency-chip role-${role} role-edit-chip`}>
            {name}
            <button
              type="button"
              aria-label={m.inspect.remove(name)}
              onClick={() => onChange(names.filter((n) => n !== name))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          className="ws-input role-add"
          list={AGENCY_NAMES_LIST}
          placeholder={m.inspect.add}
          aria-label={m.inspect.addTo(label)}
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          onBlur={() => adding.trim() && add()}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
      </span>
    </div>
  );
}

interface RoleEditorProps {
  readonly initial: RoleNames;
  /** The item whose roles these are; or, for a new item, `request` builds the correction. */
  readonly itemId?: string;
  readonly request?: (roles: RoleNames) => CorrectionRequest;
  readonly saveLabel?: string;
  /** A new item may be saved as first suggested: there is nothing to compare it with. */
  readonly savesUnchanged?: boolean;
}

export function RoleEditor({ itemId, initial, request, saveLabel, savesUnchanged }: RoleEditorProps) {
  const [roles, setRoles] = useState<RoleNames>(initial);
  const m = useMessages();
  const { problem, busy, correct } = useCorrect();
  const changed = JSON.stringify(roles) !== JSON.stringify(initial);
  const build = (r: RoleNames): CorrectionRequest =>
    request
      ? request(r)
      : {
          type: 'setRoles',
          item: itemId ?? '',
          leads: r.lead,
          cooperators: r.cooperate,
          responsible: r.responsible,
        };
  return (
    <div className="correction-form role-editor">
      {ROLES.map((role) => (
        <RoleLine
          key={role}
          role={role}
          label={m.inspect.roleLabels[role]}
          names={roles[role]}
          onChange={(names) => setRoles({ ...roles, [role]: names })}
        />
      ))}
      <div className="ws-row role-editor-actions">
        <button
          type="button"
          className="ws-button"
          disabled={busy || !(changed || savesUnchanged)}
          onClick={() => void correct(build(roles))}
        >
          {saveLabel ?? m.inspect.saveAgencies}
        </button>
        {changed ? (
          <button type="button" className="ws-link" onClick={() => setRoles(initial)}>
            {m.inspect.reset}
          </button>
        ) : null}
      </div>
      {problem ? <p className="ws-error">{problem}</p> : null}
    </div>
  );
}
