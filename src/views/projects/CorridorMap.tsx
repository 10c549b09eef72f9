// The corridor map: the places the projects name, at their coordinates from the app's gazetteer, with
// the lines drawn along their stops in their kind's colour and the ports and airports as symbols.
// Clicking a line or a symbol selects its project everywhere. Places the gazetteer does not know are
// listed beside the map, never placed. Loaded on demand: d3-geo is needed only here.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useRef } from 'react';
import type { Project, ProjectId } from '../../notice/model.ts';
import { corridorMap } from '../../projects/corridor.ts';
import { useElementWidth } from '../shared/useElementWidth.ts';
import {
  corridorScene,
  INSET_TITLE_STRIP,
  type CorridorInset,
  kindColor,
  type MapLayer,
  type SymbolMark,
} from './corridor-scene.ts';
import { MapLegend } from './MapLegend.tsx';
import { MapSymbol } from './MapSymbol.tsx';

interface Props {
  readonly projects: readonly Project[];
  readonly selected: string | null;
  readonly onPick: (project: ProjectId) => void;
}

const HEIGHT_RATIO = 0.72;

interface LayerProps {
  readonly selected: string | null;
  readonly faded: (id: string) => number;
  readonly pick: (id: ProjectId) => () => void;
}

/** The lines, towns and symbols of the map or of its inset. */
function LayerMarks({ layer, selected, faded, pick }: LayerProps & { readonly layer: MapLayer }) {
  const m = useMessages();
  return (
    <>
      {layer.routes.map((r) => (
        <g
          key={r.projectId}
          className={selected === r.projectId ? 'corridor-route is-selected' : 'corridor-route'}
          data-project={r.projectId}
          data-kind={r.kind}
          opacity={faded(r.projectId)}
          onClick={pick(r.projectId)}
        >
          <title>{r.name}</title>
          {[r.solid, r.via].filter(Boolean).map((d) => (
            <path key={d} d={d} className="corridor-route-hit" />
          ))}
          {r.solid ? <path d={r.solid} className="corridor-route-line" stroke={kindColor(r.kind)} /> : null}
          {r.via ? (
            <path d={r.via} className="corridor-route-line is-via" stroke={kindColor(r.kind)} />
          ) : null}
        </g>
      ))}
      {layer.places.map((p) => (
        <g key={p.name} className="corridor-place" data-place={p.name}>
          <title>{m.projects.placeProjects(p.name, p.en, p.projectIds.length)}</title>
          <circle cx={p.x} cy={p.y} r={3.5} />
          {p.label ? (
            <text x={p.label.x} y={p.label.y} textAnchor={p.label.anchor} dominantBaseline="middle">
              {p.name}
            </text>
          ) : null}
        </g>
      ))}
      {layer.symbols.map((s: SymbolMark) => (
        <g
          key={`${s.projectId}`}
          className="corridor-symbol"
          data-project={s.projectId}
          data-kind={s.kind}
          opacity={faded(s.projectId)}
          onClick={pick(s.projectId)}
        >
          <title>{s.name}</title>
          <MapSymbol kind={s.kind} x={s.x} y={s.y} />
        </g>
      ))}
    </>
  );
}

/** The crowded neighbourhood enlarged in its box, its area outlined on the map. */
function InsetMarks({ inset, ...props }: LayerProps & { readonly inset: CorridorInset }) {
  const { box, area } = inset;
  const m = useMessages();
  // The town in the interface's language: its Chinese name, or its English one.
  const title = m.projects.insetTitle(inset.hub.name, inset.hub.en);
  return (
    <>
      <rect className="corridor-inset-area" x={area.x} y={area.y} width={area.width} height={area.height} />
      <g className="corridor-inset" aria-label={title}>
        <clipPath id="corridor-inset-clip">
          <rect
            x={box.x}
            y={box.y + INSET_TITLE_STRIP}
            width={box.width}
            height={box.height - INSET_TITLE_STRIP}
          />
        </clipPath>
        <rect className="corridor-inset-paper" x={box.x} y={box.y} width={box.width} height={box.height} />
        <g clipPath="url(#corridor-inset-clip)">
          <path d={inset.graticule} className="corridor-graticule" />
          <LayerMarks layer={inset} {...props} />
        </g>
        <path className="corridor-inset-frame" d={`M${box.x},${box.y + INSET_TITLE_STRIP}h${box.width}`} />
        <rect className="corridor-inset-frame" x={box.x} y={box.y} width={box.width} height={box.height} />
        <text className="corridor-inset-title" x={box.x + 10} y={box.y + 16}>
          {title}
        </text>
      </g>
    </>
  );
}

export default function CorridorMap({ projects, selected, onPick }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const m = useMessages();
  const width = Math.max(480, useElementWidth(frame));
  const height = Math.round(Math.max(420, width * HEIGHT_RATIO));
  const map = useMemo(() => corridorMap(projects), [projects]);
  const byId = useMemo(() => new Map(projects.map((p) => [p.id as ProjectId, p])), [projects]);
  const scene = useMemo(() => corridorScene(map, byId, width, height), [map, byId, width, height]);
  // With a project on the map picked, the others step back; a pick the map does not draw fades nothing.
  const drawn = useMemo(
    () =>
      new Set([
        ...scene.routes.map((r) => r.projectId),
        ...scene.symbols.map((s) => s.projectId),
      ] as string[]),
    [scene],
  );
  const faded = (id: string) => (selected && drawn.has(selected) && selected !== id ? 0.3 : 1);
  const pick = (id: ProjectId) => () => onPick(id);
  // The key names what the map draws: the kinds of the lines and the symbols on it.
  const kinds = new Set([...scene.routes.map((r) => r.kind), ...scene.symbols.map((s) => s.kind)]);

  return (
    <div className="corridor">
      <div className="corridor-frame" ref={frame}>
        <svg
          className="corridor-map"
          width={scene.width}
          height={scene.height}
          viewBox={`0 0 ${scene.width} ${scene.height}`}
          role="img"
          aria-label={m.projects.mapLabel}
        >
          <rect width={scene.width} height={scene.height} className="corridor-sea" />
          <path d={scene.graticule} className="corridor-graticule" />
          {scene.ticks.map((t) => (
            <text
              key={t.text}
              x={t.x}
              y={t.y}
              className="corridor-tick"
              textAnchor={t.text.endsWith('N') ? 'start' : 'middle'}
            >
              {t.text}
            </text>
          ))}
          <LayerMarks layer={scene} selected={selected} faded={faded} pick={pick} />
          {scene.inset ? (
            <InsetMarks inset={scene.inset} selected={selected} faded={faded} pick={pick} />
          ) : null}
        </svg>
        <MapLegend kinds={kinds} />
      </div>
      <aside className="corridor-unplaced" aria-label={m.projects.unplaced}>
        <h3>{m.projects.unplaced}</h3>
        <p className="corridor-note">{m.projects.gazetteer}</p>
        {map.unlocated.length === 0 ? <p className="corridor-note">{m.app.none}</p> : null}
        <ul>
          {map.unlocated.map((u) => (
            <li key={u.name} data-place={u.name}>
              <strong>{u.name}</strong>
              {u.projectIds.map((id) => (
                <button key={id} type="button" onClick={pick(id)} aria-pressed={selected === id}>
                  {byId.get(id)?.name ?? id}
                </button>
              ))}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
