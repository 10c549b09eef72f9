// The corridor map's key: the kinds of line and the port symbols in view, and what a dashed line means.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { PROJECT_KIND_APPEARANCE, PROJECT_KINDS } from '../../graph/appearance.ts';
import type { ProjectKind } from '../../notice/model.ts';
import { MapSymbol } from './MapSymbol.tsx';

const ROUTE_KINDS: readonly ProjectKind[] = ['rail', 'road', 'other'];

export function MapLegend({ kinds }: { kinds: ReadonlySet<ProjectKind> }) {
  const m = useMessages();
  const { lang } = useLang();
  const lines = ROUTE_KINDS.filter((k) => kinds.has(k));
  const symbols = PROJECT_KINDS.filter(
    (k) =>
      PROJECT_KIND_APPEARANCE[k].symbol !== 'line' &&
      PROJECT_KIND_APPEARANCE[k].symbol !== 'dot' &&
      kinds.has(k),
  );
  return (
    <figure className="corridor-legend" aria-label={m.projects.mapLegend}>
      {lines.map((k) => (
        <span key={k} className="corridor-legend-entry">
          <svg width="28" height="12" aria-hidden="true">
            <path
              d="M 1 6 L 27 6"
              stroke={PROJECT_KIND_APPEARANCE[k].color}
              className="corridor-route-line"
            />
          </svg>
          {PROJECT_KIND_APPEARANCE[k].label[lang]}
        </span>
      ))}
      {lines.length > 0 ? (
        <span className="corridor-legend-entry">
          <svg width="28" height="12" aria-hidden="true">
            <path d="M 1 6 L 27 6" stroke="#5f6b7a" className="corridor-route-line is-via" />
          </svg>
          {m.projects.via}
        </span>
      ) : null}
      {symbols.map((k) => (
        <span key={k} className="corridor-legend-entry">
          <svg width="16" height="16" aria-hidden="true">
            <MapSymbol kind={k} x={8} y={8.5} />
          </svg>
          {PROJECT_KIND_APPEARANCE[k].label[lang]}
        </span>
      ))}
    </figure>
  );
}
