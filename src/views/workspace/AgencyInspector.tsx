// An agency in the inspector: its name (badged when corrected), how many items and notices name it, the
// corrections it can get, notes on it, and the items that name it (click one to inspect it).
import { useMemo } from 'react';
import { itemsNaming } from '../../app/workspace-inspect.ts';
import type { Agency } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { GenericToggle, MergeForm, RenameForm, SplitForm } from './AgencyCorrections.tsx';
import { agencyNameIndex } from './AgencyNames.tsx';
import { NotesEditor } from './NotesEditor.tsx';

const ROLE_WORDS = { lead: '牵头', cooperate: '配合', responsible: '负责' } as const;

export function AgencyInspector({ agency }: { agency: Agency }) {
  const { model, workspace, select } = useAtlas();
  const items = useMemo(() => itemsNaming(model, agency.id), [model, agency.id]);
  const names = useMemo(() => agencyNameIndex(model), [model]);
  const notices = workspace.agencyNotices.get(agency.id)?.length ?? 0;
  const corrected = workspace.corrected.agencies.has(agency.id);
  return (
    <div className="inspector-subject agency-inspector" data-agency={agency.id}>
      <p className="inspector-kind">Agency</p>
      <h2 className="inspector-name">
        {agency.name}
        {corrected ? <span className="corrected-badge" title="Corrected" /> : null}
      </h2>
      <p className="ws-hint">
        Named in {items.length} item{items.length === 1 ? '' : 's'}
        {workspace.parts.length > 1 ? ` of ${notices} notice${notices === 1 ? '' : 's'}` : ''}
        {agency.aliases.length > 0 ? ` · also written ${agency.aliases.join('、')}` : ''}
      </p>
      <div className="inspector-block">
        <RenameForm key={`rename-${agency.id}-${agency.name}`} agency={agency} />
        <MergeForm key={`merge-${agency.id}`} agency={agency} names={names} />
        <SplitForm key={`split-${agency.id}`} agency={agency} items={items} />
        <GenericToggle agency={agency} />
      </div>
      <NotesEditor target={{ kind: 'agency', agencyId: agency.id }} title="Notes on this agency" />
      <h3 className="inspector-subtitle">Items</h3>
      <ul className="inspector-items">
        {items.map(({ item, role, label }) => (
          <li key={item.id}>
            <button
              type="button"
              className="inspector-item"
              onClick={() => select({ kind: 'item', id: item.id }, 'inspector')}
            >
              <span className={`inspector-role role-${role}`}>{ROLE_WORDS[role]}</span>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
