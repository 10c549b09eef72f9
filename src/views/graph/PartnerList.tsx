// Who the panel's subject works with, most shared items first: `发展改革委 — 28 items: leads 3 ·
// cooperates 25`, a bar for the count. A row opens the items they share, each with its sentence; the
// name selects that agency.
import { useMessages } from '../i18n/lang-context.tsx';
import { useState } from 'react';
import type { Agency, AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { ItemGroups } from './ItemGroups.tsx';
import type { PartnerList as PartnerListData } from './panel-subject.ts';

const SHOWN = 8;

interface Props {
  readonly list: PartnerListData;
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  readonly selectedItem: string | null;
  readonly onPick: (item: string) => void;
}

export function PartnerList({ list, agencies, selectedItem, onPick }: Props) {
  const { select } = useAtlas();
  const m = useMessages();
  const [open, setOpen] = useState<AgencyId | null>(null);
  const [all, setAll] = useState(false);
  const most = list.rows[0]?.shared ?? 1;
  const rows = all ? list.rows : list.rows.slice(0, SHOWN);
  return (
    <section className="graph-partners" aria-label={list.heading}>
      <h3>
        {list.heading} <span className="graph-count">{list.rows.length}</span>
      </h3>
      <ol>
        {rows.map((row) => {
          const expanded = open === row.agency;
          return (
            <li
              key={row.agency}
              className={expanded ? 'graph-partner is-open' : 'graph-partner'}
              data-agency={row.agency}
            >
              <div className="graph-partner-head">
                <button
                  type="button"
                  className="graph-partner-toggle"
                  aria-expanded={expanded}
                  onClick={() => setOpen(expanded ? null : row.agency)}
                >
                  <span className="graph-partner-name">{row.name}</span>
                  <span className="graph-partner-count">{m.graph.partnerShared(row.shared)}</span>
                  <span className="graph-partner-bar" aria-hidden="true">
                    <span style={{ width: `${(100 * row.shared) / most}%` }} />
                  </span>
                  <span className="graph-partner-parts">
                    {m.graph.partnerRoles(row.leads, row.cooperates, row.responsible)}
                  </span>
                </button>
                <button
                  type="button"
                  className="graph-partner-go"
                  title={m.graph.select(row.name)}
                  aria-label={m.graph.select(row.name)}
                  onClick={() => select({ kind: 'agency', id: row.agency }, 'graph-panel')}
                >
                  →
                </button>
              </div>
              {expanded ? (
                <div className="graph-partner-items">
                  <ItemGroups
                    groups={row.groups}
                    agencies={agencies}
                    selectedItem={selectedItem}
                    onPick={onPick}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {list.rows.length > SHOWN ? (
        <button type="button" className="graph-partner-more" onClick={() => setAll(!all)}>
          {all ? m.graph.showFewer : m.graph.showAll(list.rows.length)}
        </button>
      ) : null}
    </section>
  );
}
