// The bar above the graph: which network, which layout, colour by kind, section or bloc, the options of
// the current network, focus, filters and search. Every choice is kept in the address.
import { useMessages } from '../i18n/lang-context.tsx';
import { useAtlas } from '../atlas.tsx';
import type { LayoutName } from '../../layout/layout-input.ts';
import { FocusControl } from './FocusControl.tsx';
import { GraphFilters } from './GraphFilters.tsx';
import { GraphSearch } from './GraphSearch.tsx';
import type { GraphMode, GraphSettings } from '../shared/graph-settings.ts';
import { SharedItemsFilter } from './SharedItemsFilter.tsx';
import './GraphToolbar.css';

const MODES: readonly GraphMode[] = ['tasks', 'coordination', 'ego'];
const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'layered', 'circle'];

interface Props {
  readonly settings: GraphSettings;
  readonly folded: boolean;
  readonly egoName: string | null;
  readonly onMatches: (ids: ReadonlySet<string>) => void;
  /** The agency focused on, when it is drawn, and the agency picked, which can be focused on. */
  readonly focus: string | null;
  readonly picked: string | null;
  /** Links drawn and links in the network, for the shared-items filter. */
  readonly edges: { readonly shown: number; readonly total: number; readonly maxWeight: number };
}

export function GraphToolbar({ settings, folded, egoName, onMatches, focus, picked, edges }: Props) {
  const { model, setParam, workspace } = useAtlas();
  const m = useMessages();
  const ego = egoName ? model.agencies.find((a) => a.id === egoName) : undefined;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={m.graph.settings}>
      <div className="graph-modes" role="radiogroup" aria-label={m.graph.network}>
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={settings.mode === mode}
            title={m.graph.modeHints[mode]}
            data-mode={mode}
            onClick={() => {
              setParam('graph', mode === 'tasks' ? null : mode);
              // Dragged positions belong to the picture they were dragged in.
              setParam('positions', null);
            }}
          >
            {m.graph.modes[mode]}
          </button>
        ))}
      </div>
      <label className="graph-field">
        <span>{m.graph.layout}</span>
        <select
          value={settings.layout}
          onChange={(e) => {
            setParam('layout', e.target.value === 'fcose' ? null : e.target.value);
            setParam('positions', null);
          }}
        >
          {LAYOUTS.map((layout) => (
            <option
              key={layout}
              value={layout}
              disabled={layout === 'layered' && settings.mode === 'coordination'}
            >
              {m.graph.layouts[layout]}
            </option>
          ))}
        </select>
      </label>
      <label className="graph-field">
        <span>{m.graph.colour}</span>
        <select
          value={settings.colorBy}
          onChange={(e) => setParam('colour', e.target.value === 'kind' ? null : e.target.value)}
        >
          <option value="kind">{m.graph.colourBy.kind}</option>
          <option value="section">{m.graph.colourBy.section}</option>
          <option value="bloc">{m.graph.colourBy.bloc}</option>
          {workspace.parts.length > 1 || settings.colorBy === 'notice' ? (
            <option value="notice">{m.graph.colourBy.notice}</option>
          ) : null}
        </select>
      </label>
      {settings.mode === 'coordination' ? (
        <label className="graph-check">
          <input
            type="checkbox"
            checked={settings.direction}
            onChange={(e) => setParam('direction', e.target.checked ? null : 'off')}
          />
          {m.graph.direction}
        </label>
      ) : null}
      {settings.mode !== 'coordination' && !folded ? (
        <label className="graph-check" title={m.graph.titlesHint}>
          <input
            type="checkbox"
            checked={settings.taskTitles}
            onChange={(e) => setParam('titles', e.target.checked ? 'on' : null)}
          />
          {m.graph.titles}
        </label>
      ) : null}
      {settings.mode === 'tasks' ? (
        <label className="graph-check" title={m.graph.foldHint}>
          <input
            type="checkbox"
            checked={folded}
            onChange={(e) => setParam('fold', e.target.checked ? 'on' : 'off')}
          />
          {m.graph.fold}
        </label>
      ) : null}
      {settings.mode === 'ego' ? (
        <div className="graph-steps" role="radiogroup" aria-label={m.graph.stepsLabel}>
          <span className="graph-ego-name" title={ego?.name}>
            {ego ? ego.name : m.graph.noAgency}
          </span>
          {([1, 2] as const).map((steps) => (
            <button
              key={steps}
              type="button"
              role="radio"
              aria-checked={settings.steps === steps}
              title={m.graph.egoStepHints[steps]}
              onClick={() => setParam('steps', steps === 1 ? null : '2')}
            >
              {m.graph.steps[steps]}
            </button>
          ))}
        </div>
      ) : null}
      {settings.mode !== 'ego' && model.projects.length > 0 ? (
        <label className="graph-check" title={m.graph.projectsHint}>
          <input
            type="checkbox"
            checked={settings.projects}
            onChange={(e) => {
              setParam('projects', e.target.checked ? 'on' : null);
              setParam('positions', null);
            }}
          />
          {m.graph.projects}
        </label>
      ) : null}
      {settings.mode === 'ego' ? null : <FocusControl focus={focus} picked={picked} steps={settings.steps} />}
      {settings.mode === 'coordination' ? (
        <SharedItemsFilter
          filter={settings.filter}
          maxShared={edges.maxWeight}
          shownEdges={edges.shown}
          totalEdges={edges.total}
        />
      ) : null}
      <GraphFilters filter={settings.filter} />
      <GraphSearch mode={settings.mode} onMatches={onMatches} />
    </div>
  );
}
