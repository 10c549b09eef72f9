// The "Projects" view: the lines, roads, ports, parks and industries the notice names, as a table or on
// the corridor map, filtered by kind; a picked project (selected everywhere, kept in the address) opens
// in the side panel with the sentences that name it and, a click further, the source text.
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { PartBoundary } from '../PartBoundary.tsx';
import type { GraphData } from '../../graph/network.ts';
import type { ProjectId, ProjectKind } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { GraphPanel } from '../graph/GraphPanel.tsx';
import { usePanelSubject } from '../graph/usePanelSubject.ts';
import { Segmented } from '../matrix/Segmented.tsx';
import { KindFilter } from './KindFilter.tsx';
import { kindsParam, KINDS_PARAM, readKinds, readShown, SHOW_PARAM, toggleKind } from './project-params.ts';
import { kindCounts, projectRows } from './project-rows.ts';
import { ProjectTable } from './ProjectTable.tsx';
import '../matrix/MatrixView.css';
import './ProjectsView.css';

const CorridorMap = lazy(() => import('./CorridorMap.tsx'));

const VIEW = 'projects';
const NO_GRAPH: GraphData = { nodes: [], edges: [] };
const SHOW_OPTIONS = [
  { value: 'table', label: '表格 Table' },
  { value: 'map', label: '走廊地图 Corridor map', hint: 'The places the projects name, with their lines' },
] as const;

export function ProjectsView() {
  const { model, selection, select, params, setParam, setView } = useAtlas();
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
          Projects<small>{model.projects.length} 个项目 named in the notice</small>
        </h2>
        <Segmented
          label="显示 Show"
          name={SHOW_PARAM}
          value={shown}
          options={SHOW_OPTIONS}
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
            <p className="projects-empty">
              这份通知没有提到具体的项目。The notice names no project: no line, port, park or industry the
              rules recognise.
            </p>
          ) : shown === 'map' ? (
            <PartBoundary part="The corridor map">
              <Suspense fallback={<p className="projects-empty">正在加载地图 Loading the map…</p>}>
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
  return (
    <div className="graph-panel-intro">
      <p className="graph-panel-tag">使用 How to read it</p>
      <p>
        点击一个项目，查看提到它的原文句子及负责机构。Click a project to see the sentences that name it and
        the agencies that answer for it; click a sentence to open it in the source text.
      </p>
    </div>
  );
}
