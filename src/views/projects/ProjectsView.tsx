// The "Projects" view: the lines, roads, ports, parks and industries the notice names, as a table or on
// the corridor map, filtered by kind; a picked project (selected everywhere, kept in the address) opens
// in the side panel with the sentences that name it and, a click further, the source text.
import { useMessages } from '../i18n/lang-context.tsx';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { PartBoundary } from '../PartBoundary.tsx';
import type { GraphData } from '../../graph/network.ts';
import type { ProjectId, ProjectKind } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { GraphPanel } from '../graph/GraphPanel.tsx';
import { usePanelSubject } from '../graph/usePanelSubject.ts';
import { Segmented } from '../shared/Segmented.tsx';
import { KindFilter } from './KindFilter.tsx';
import { kindsParam, KINDS_PARAM, readKinds, readShown, SHOW_PARAM, toggleKind } from './project-params.ts';
import { kindCounts, projectRows } from './project-rows.ts';
import { ProjectTable } from './ProjectTable.tsx';
import '../matrix/MatrixView.css';
import './ProjectsView.css';

const CorridorMap = lazy(() => import('./CorridorMap.tsx'));

const VIEW = 'projects';
const NO_GRAPH: GraphData = { nodes: [], edges: [] };

export function ProjectsView() {
  const { model, selection, select, params, setParam, setView } = useAtlas();
  const m = useMessages();
  const kinds = useMemo(() => readKinds(params[KINDS_PARAM]), [params]);
  const shown = readShown(params[SHOW_PARAM]);
  const counts = useMemo(() => kindCounts(model), [model]);
  const rows = useMemo(() => projectRows(model, kinds), [model, kinds]);
  const projects = useMemo(() => rows.map((r) => r.project), [rows]);
  const subject = usePanelSubject(selection, model, NO_GRAPH);
  const selected = subject?.kind === 'project' ? subject.id : null;
  const pick = useCallback((id: ProjectId) => select({ kind: 'project', id }, VIEW), [select]);
  const setKinds = (next: ReadonlySet<ProjectKind> | null) => setParam(KINDS_PARAM, kindsParam(next));
  const showEgo = (agency: string) => {
    setParam('graph', 'ego');
    setParam('ego', agency);
    setView('graph');
  };

  return (
    <div className="matrix-view projects-view" data-shown={shown}>
      <div className="view-bar">
        <h2 className="view-bar-title">
          {m.projects.title}
          <small>{m.projects.subtitle(model.projects.length)}</small>
        </h2>
        <Segmented
          label={m.projects.show}
          name={SHOW_PARAM}
          value={shown}
          options={[
            { value: 'table', label: m.projects.table },
            { value: 'map', label: m.projects.map, hint: m.projects.mapHint },
          ]}
          onChange={(value) => setParam(SHOW_PARAM, value === 'table' ? null : value)}
        />
      </div>
      {model.projects.length > 0 ? (
        <KindFilter
          counts={counts}
          kinds={kinds}
          onToggle={(kind) => setKinds(toggleKind(kinds, kind))}
          onAll={() => setKinds(null)}
        />
      ) : null}
      <div className="projects-main">
        <div className="projects-stage">
          {model.projects.length === 0 ? (
            <p className="projects-empty">{m.projects.none}</p>
          ) : shown === 'map' ? (
            <PartBoundary part={m.projects.mapPart}>
              <Suspense fallback={<p className="projects-empty">{m.projects.loadingMap}</p>}>
                <CorridorMap projects={projects} selected={selected} onPick={pick} />
              </Suspense>
            </PartBoundary>
          ) : (
            <ProjectTable rows={rows} selected={selected} onPick={pick} />
          )}
        </div>
        <GraphPanel graph={NO_GRAPH} subject={subject} onEgo={showEgo} intro={<ProjectsIntro />} />
      </div>
    </div>
  );
}

function ProjectsIntro() {
  const m = useMessages();
  return (
    <div className="graph-panel-intro">
      <p className="graph-panel-tag">{m.app.howToRead}</p>
      <p>{m.projects.intro}</p>
    </div>
  );
}
