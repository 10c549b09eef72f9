// The agencies in view, most named first, to pick one to inspect or correct (corrected ones badged).
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useState } from 'react';
import { agenciesByLoad } from '../../view-model/inspect.ts';
import { useAtlas } from '../atlas.tsx';

/** Enough to find the busy agencies at a glance; the filter finds the rest. */
const SHOWN = 60;

export function AgencyList() {
  const { model, workspace, select } = useAtlas();
  const [filter, setFilter] = useState('');
  const m = useMessages();
  const all = useMemo(() => agenciesByLoad(model), [model]);
  const wanted = filter.trim();
  const matching = wanted
    ? all.filter(
        ({ agency }) => agency.name.includes(wanted) || agency.aliases.some((a) => a.includes(wanted)),
      )
    : all;
  return (
    <div className="inspector-subject agency-list">
      <p className="inspector-kind">{m.inspect.agenciesInView(all.length)}</p>
      <p className="ws-hint">{m.inspect.pickHint}</p>
      <input
        className="ws-input agency-filter"
        type="search"
        placeholder={m.inspect.findAgency}
        aria-label={m.inspect.findAgency}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="agency-pick-list">
        {matching.slice(0, SHOWN).map(({ agency, items }) => (
          <li key={agency.id}>
            <button
              type="button"
              className={agency.generic ? 'agency-pick is-generic' : 'agency-pick'}
              data-agency={agency.id}
              onClick={() => select({ kind: 'agency', id: agency.id }, 'inspector')}
            >
              <span className="agency-pick-name">
                {agency.name}
                {workspace.corrected.agencies.has(agency.id) ? (
                  <span className="corrected-badge" title={m.inspect.corrected} />
                ) : null}
              </span>
              <span className="agency-pick-count">{items}</span>
            </button>
          </li>
        ))}
      </ul>
      {matching.length > SHOWN ? (
        <p className="ws-hint">{m.inspect.moreAgencies(matching.length - SHOWN)}</p>
      ) : null}
    </div>
  );
}
