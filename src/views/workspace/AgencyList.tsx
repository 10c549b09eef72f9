// The agencies in view, most named first, to pick one to inspect or correct (corrected ones badged).
import { useMemo, useState } from 'react';
import { agenciesByLoad } from '../../app/workspace-inspect.ts';
import { useAtlas } from '../atlas.tsx';

/** Enough to find the busy agencies at a glance; the filter finds the rest. */
const SHOWN = 60;

export function AgencyList() {
  const { model, workspace, select } = useAtlas();
  const [filter, setFilter] = useState('');
  const all = useMemo(() => agenciesByLoad(model), [model]);
  const wanted = filter.trim();
  const matching = wanted
    ? all.filter(
        ({ agency }) => agency.name.includes(wanted) || agency.aliases.some((a) => a.includes(wanted)),
      )
    : all;
  return (
    <div className="inspector-subject agency-list">
      <p className="inspector-kind">Agencies in view ({all.length})</p>
      <p className="ws-hint">
        Pick an agency to rename, merge, split or mark it, or select an item in the view.
      </p>
      <input
        className="ws-input agency-filter"
        type="search"
        placeholder="Find an agency"
        aria-label="Find an agency"
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
                  <span className="corrected-badge" title="Corrected" />
                ) : null}
              </span>
              <span className="agency-pick-count">{items}</span>
            </button>
          </li>
        ))}
      </ul>
      {matching.length > SHOWN ? (
        <p className="ws-hint">and {matching.length - SHOWN} more: type to find them</p>
      ) : null}
    </div>
  );
}
