// Above the outline when an agency, task or section was picked in another view: what it is, how many
// items it touches by role, and a way back to the plain outline.
import { useMessages } from './i18n/lang-context.tsx';
import type { FocusRole, SelectionFocus } from '../view-model/selection-focus.ts';
import './FocusBar.css';

const ROLES: readonly FocusRole[] = ['lead', 'cooperate', 'responsible', 'in'];

export function FocusBar({ focus, onClear }: { focus: SelectionFocus; onClear: () => void }) {
  const m = useMessages();
  const figures = ROLES.filter((role) => focus.counts[role] > 0);
  return (
    <div className="focus-bar" role="status">
      <span className="focus-bar-kind">{m.outline.focusKinds[focus.kind]}</span>
      <strong className="focus-bar-name" lang="zh-CN">
        {focus.name}
      </strong>
      <span className="focus-bar-figures">
        {figures.length === 0
          ? m.outline.noItems
          : figures.map((role) => (
              <span key={role} className={`focus-bar-figure related-${role}`}>
                <b>{focus.counts[role]}</b> {m.outline.focusRoles[role]}
              </span>
            ))}
      </span>
      <button type="button" className="focus-bar-clear" onClick={onClear}>
        {m.outline.clear}
      </button>
    </div>
  );
}
