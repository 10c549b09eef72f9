// The bar above the graph: which network, which layout, colour by kind, section or bloc, the options of
// the current network, focus, filters and search. Every choice is kept in the address.
import { useAtlas } from '../atlas.tsx';
import type { LayoutName } from '../../layout/layout-input.ts';
import { FocusControl } from './FocusControl.tsx';
import { GraphFilters } from './GraphFilters.tsx';
import { GraphSearch } from './GraphSearch.tsx';
import type { GraphMode, GraphSettings } from './graph-settings.ts';
import { SharedItemsFilter } from './SharedItemsFilter.tsx';
import './GraphToolbar.css';

const MODES: readonly { mode: GraphMode; label: string; hint: string }[] = [
  {
    mode: 'tasks',
    label: '机构–任务',
    hint: 'Agencies and the tasks they lead or join, tasks inside their sections',
  },
  {
    mode: 'coordination',
    label: '协同网络',
    hint: 'Agencies linked by the items they share: who must coordinate with whom',
  },
  { mode: 'ego', label: '个体网络', hint: 'One agency’s tasks and partners' },
];

const LAYOUTS: readonly { layout: LayoutName; label: string }[] = [
  { layout: 'fcose', label: '力导向 Force' },
  { layout: 'concentric', label: '同心圆 By workload' },
  { layout: 'layered', label: '分层 Layered' },
  { layout: 'circle', label: '环形 Circle' },
];

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
  const { model, setParam } = useAtlas();
  const ego = egoName ? model.agencies.find((a) => a.id === egoName) : undefined;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph settings">
      <div className="graph-modes" role="radiogroup" aria-label="Network">
        {MODES.map(({ mode, label, hint }) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={settings.mode === mode}
            title={hint}
            data-mode={mode}
            onClick={() => {
              setParam('graph', mode === 'tasks' ? null : mode);
              // Dragged positions belong to the picture they were dragged in.
              setParam('positions', null);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <label className="graph-field">
        <span>布局 Layout</span>
        <select
          value={settings.layout}
          onChange={(e) => {
            setParam('layout', e.target.value === 'fcose' ? null : e.target.value);
            setParam('positions', null);
          }}
        >
          {LAYOUTS.map(({ layout, label }) => (
            <option
              key={layout}
              value={layout}
              disabled={layout === 'layered' && settings.mode === 'coordination'}
            >
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="graph-field">
        <span>颜色 Colour</span>
        <select
          value={settings.colorBy}
          onChange={(e) => setParam('colour', e.target.value === 'kind' ? null : e.target.value)}
        >
          <option value="kind">机构类型 Agency kind</option>
          <option value="section">所属部分 Section</option>
          <option value="bloc">协同集团 Bloc</option>
        </select>
      </label>
      {settings.mode === 'coordination' ? (
        <label className="graph-check">
          <input
            type="checkbox"
            checked={settings.direction}
            onChange={(e) => setParam('direction', e.target.checked ? null : 'off')}
          />
          牵头 → 配合 Lead → partner
        </label>
      ) : null}
      {settings.mode !== 'coordination' && !folded ? (
        <label className="graph-check" title="Show task titles on the graph, not just their numbers">
          <input
            type="checkbox"
            checked={settings.taskTitles}
            onChange={(e) => setParam('titles', e.target.checked ? 'on' : null)}
          />
          任务标题 Titles
        </label>
      ) : null}
      {settings.mode === 'tasks' ? (
        <label
          className="graph-check"
          title="Fold tasks into their sections (on by default for very large graphs)"
        >
          <input
            type="checkbox"
            checked={folded}
            onChange={(e) => setParam('fold', e.target.checked ? 'on' : 'off')}
          />
          并入部分 Fold tasks
        </label>
      ) : null}
      {settings.mode === 'ego' ? (
        <div className="graph-steps" role="radiogroup" aria-label="Steps from the agency">
          <span className="graph-ego-name" title={ego?.name}>
            {ego ? ego.name : '未选机构 No agency chosen'}
          </span>
          {([1, 2] as const).map((steps) => (
            <button
              key={steps}
              type="button"
              role="radio"
              aria-checked={settings.steps === steps}
              title={steps === 1 ? 'Its tasks and their agencies' : 'And those agencies’ tasks and partners'}
              onClick={() => setParam('steps', steps === 1 ? null : '2')}
            >
              {steps === 1 ? '一步' : '两步'}
            </button>
          ))}
        </div>
      ) : null}
      {settings.mode !== 'ego' && model.projects.length > 0 ? (
        <label
          className="graph-check"
          title="Add the projects the notice names, linked to the agencies that answer for them"
        >
          <input
            type="checkbox"
            checked={settings.projects}
            onChange={(e) => {
              setParam('projects', e.target.checked ? 'on' : null);
              setParam('positions', null);
            }}
          />
          项目 Projects
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
