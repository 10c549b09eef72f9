// The corridor map's key: the kinds of line and the port symbols in view, and what a dashed line means.
import { PROJECT_KIND_APPEARANCE, PROJECT_KINDS } from '../../graph/appearance.ts';
import type { ProjectKind } from '../../notice/model.ts';
import { MapSymbol } from './MapSymbol.tsx';

const ROUTE_KINDS: readonly ProjectKind[] = ['rail', 'road', 'other'];

export function MapLegend({ kinds }: { kinds: ReadonlySet<ProjectKind> }) {
  const lines = ROUTE_KINDS.filter((k) => kinds.has(k));
  const symbols = PROJECT_KINDS.filter(
    (k) =>
      PROJECT_KIND_APPEARANCE[k].symbol !== 'line' &&
      PROJECT_KIND_APPEARANCE[k].symbol !== 'dot' &&
      kinds.has(k),
  );
  return (
    <figure className="corridor-legend" aria-label="Map legend">
      {lines.map((k) => (
        <span key={k} className="corridor-legend-entry">
          <svg width="28" height="12" aria-hidden="true">
            <path
              d="M 1 6 L 27 6"
              stroke={PROJECT_KIND_APPEARANCE[k].color}
              className="corridor-route-line"
            />
          </svg>
          {`${PROJECT_KIND_APPEARANCE[k].label.zh} ${PROJECT_KIND_APPEARANCE[k].label.en.toLowerCase()}`}
        </span>
      ))}
      {lines.length > 0 ? (
        <span className="corridor-legend-entry">
          <svg width="28" height="12" aria-hidden="true">
            <path d="M 1 6 L 27 6" stroke="#5f6b7a" className="corridor-route-line is-via" />
          </svg>
          经未定位地点 via places not on the map
        </span>
      ) : null}
      {symbols.map((k) => (
        <span key={k} className="corridor-legend-entry">
          <svg width="16" height="16" aria-hidden="true">
            <MapSymbol kind={k} x={8} y={8.5} />
          </svg>
          {PROJECT_KIND_APPEARANCE[k].label.zh} {PROJECT_KIND_APPEARANCE[k].label.en.toLowerCase()}
        </span>
      ))}
    </figure>
  );
}
