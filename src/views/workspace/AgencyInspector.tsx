// An agency in the inspector: its name (badged when corrected), how many items and notices name it, the
// corrections it can get, notes on it, and the items that name it (click one to inspect it).
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import { itemsNaming } from '../../view-model/inspect.ts';
import type { Agency } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { GenericToggle, MergeForm, RenameForm, SplitForm } from './AgencyCorrections.tsx';
import { agencyNameIndex } from './AgencyNames.tsx';
import { NoticeTagChip } from './NoticeTagChip.tsx';
import { NotesEditor } from './NotesEditor.tsx';

/** Which notice wrote the agency how: `A 内蒙古 2014: 自治区发展改革委 (23 items)`. */
function Provenance({ agency }: { agency: Agency }) {
  const { workspace } = useAtlas();
  const m = useMessages();
  const spellings = workspace.spellings.get(agency.id) ?? [];
  if (spellings.length === 0) return null;
  return (
    <div className="inspector-block agency-provenance">
      <h3 className="inspector-subtitle">{m.union.writtenIn}</h3>
      <ul className="provenance-list">
        {spellings.map((s) => {
          const tag = workspace.tags.get(s.noticeId);
          return (
            <li key={`${s.noticeId}|${s.agencyId}`} className="provenance" data-notice={s.noticeId}>
              {tag ? <NoticeTagChip tag={tag} label /> : null}
              <span className="provenance-name">{s.name}</span>
              <span className="provenance-items">{m.union.spelling(s.items)}</span>
              {s.aliases.length > 0 ? (
                <span className="provenance-aliases">{m.union.alsoIn(s.aliases.join('、'))}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

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
      {workspace.parts.length > 1 ? <Provenance agency={agency} /> : null}
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
              <span lang="zh-CN">{label}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
