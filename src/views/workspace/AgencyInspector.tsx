// An agency in the inspector: its name (badged when corrected), how many items and notices name it, the
// corrections it can get, notes on it, and the items that name it (click one to inspect it).
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import { itemsNaming } from '../../view-model/inspect.ts';
import type { Agency } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { GenericToggle, MergeForm, RenameForm, SplitForm } from './AgencyCorrections.tsx';
import { agencyNameIndex } from './AgencyNames.tsx';
import { NotesEditor } from './NotesEditor.tsx';

export function AgencyInspector({ agency }: { agency: Agency }) {
  const { model, workspace, select } = useAtlas();
  const m = useMessages();
  const items = useMemo(() => itemsNaming(model, agency.id), [model, agency.id]);
  const names = useMemo(() => agencyNameIndex(model), [model]);
  const notices = workspace.agencyNotices.get(agency.id)?.length ?? 0;
  const corrected = workspace.corrected.agencies.has(agency.id);
  return (
    <div className="inspector-subject agency-inspector" data-agency={agency.id}>
      <p className="inspector-kind">{m.inspect.agency}</p>
      <h2 className="inspector-name">
        {agency.name}
        {corrected ? <span className="corrected-badge" title={m.inspect.corrected} /> : null}
      </h2>
      <p className="ws-hint">
        {m.inspect.namedIn(items.length, workspace.parts.length > 1 ? notices : null)}
        {agency.aliases.length > 0 ? m.inspect.alsoWritten(agency.aliases.join('、')) : ''}
      </p>
      <div className="inspector-block">
        <RenameForm key={`rename-${agency.id}-${agency.name}`} agency={agency} />
        <MergeForm key={`merge-${agency.id}`} agency={agency} names={names} />
        <SplitForm key={`split-${agency.id}`} agency={agency} items={items} />
        <GenericToggle agency={agency} />
      </div>
      <NotesEditor target={{ kind: 'agency', agencyId: agency.id }} title={m.inspect.notesOnAgency} />
      <h3 className="inspector-subtitle">{m.inspect.items}</h3>
      <ul className="inspector-items">
        {items.map(({ item, role, label }) => (
          <li key={item.id}>
            <button
              type="button"
              className="inspector-item"
              onClick={() => select({ kind: 'item', id: item.id }, 'inspector')}
            >
              <span className={`inspector-role role-${role}`}>{m.inspect.roleLabels[role]}</span>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
