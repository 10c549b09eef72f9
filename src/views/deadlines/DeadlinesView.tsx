// The deadlines view: the items of the notices in view on a time axis, one lane per agency (lead,
// cooperating and responsible marked as everywhere in the app), lanes ordered by the earliest deadline
// or by how many items carry one; items past due on the chosen day (today by default) ringed; the
// deadlines with no fixed date listed apart by kind. A click opens the item in the side panel.
import { useMemo, useRef } from 'react';
import { DEFAULT_WEIGHTS } from '../../analysis/workload.ts';
import type { GraphData } from '../../graph/network.ts';
import type { LaneOrder } from '../../graph/scenes/deadline-scene.ts';
import { useAtlas } from '../atlas.tsx';
import { useRowsExportScreen } from '../export/useViewExportScreen.ts';
import { GraphPanel } from '../graph/GraphPanel.tsx';
import { usePanelSubject } from '../graph/usePanelSubject.ts';
import { useMessages } from '../i18n/lang-context.tsx';
import { Segmented } from '../shared/Segmented.tsx';
import { useElementWidth } from '../shared/useElementWidth.ts';
import { ApartList } from './ApartList.tsx';
import { DeadlineChart } from './DeadlineChart.tsx';
import { deadlineParamValues, readDeadlineParams, todayIso } from './deadline-params.ts';
import { useDeadlines } from './useDeadlines.ts';
import '../matrix/MatrixView.css';
import '../projects/ProjectsView.css';
import './DeadlinesView.css';

const VIEW = 'deadlines';
const NO_GRAPH: GraphData = { nodes: [], edges: [] };
const ORDERS: readonly LaneOrder[] = ['earliest', 'load'];

export function DeadlinesView() {
  const { model, params, setParam, selection, select } = useAtlas();
  const m = useMessages();
  const scroller = useRef<HTMLDivElement>(null);
  // The stage is there even while the chart is not (no deadlines yet): measure it, not the chart.
  const stage = useRef<HTMLDivElement>(null);
  const width = Math.max(880, useElementWidth(stage) - 8);
  const { deadlines, scene, asOf, chosen, order, figures, apart, parts } = useDeadlines(width);
  const subject = usePanelSubject(selection, model, NO_GRAPH);
  const settings = readDeadlineParams(params);
  const save = (next: Partial<typeof settings>) => {
    for (const [key, value] of Object.entries(deadlineParamValues({ ...settings, ...next })))
      setParam(key, value);
  };
  const bands = useMemo(
    () => scene.lanes.map((l) => ({ key: l.agencyId as string, y: l.y, height: l.height })),
    [scene],
  );
  const exported = useMemo(() => ({ asOf, order, parts }), [asOf, order, parts]);
  useRowsExportScreen({
    view: VIEW,
    weights: DEFAULT_WEIGHTS,
    deadlines: exported,
    highlight: selection?.kind === 'agency' || selection?.kind === 'item' ? selection.id : null,
    rows: bands,
    top: scene.top,
    scroller,
  });

  return (
    <div className="matrix-view deadlines-view" data-lanes={scene.lanes.length} data-as-of={asOf}>
      <div className="view-bar">
        <h2 className="view-bar-title">
          {m.deadlines.title}
          <small>{m.deadlines.subtitle}</small>
        </h2>
        <Segmented
          label={m.deadlines.order}
          name="lanes"
          value={order}
          options={ORDERS.map((value) => ({
            value,
            label: m.deadlines.orders[value],
            hint: m.deadlines.orderHints[value],
          }))}
          onChange={(value) => save({ order: value })}
        />
        <label className="deadline-as-of">
          <span>{m.deadlines.asOf}</span>
          <input
            type="date"
            value={asOf}
            aria-label={m.deadlines.asOfLabel}
            onChange={(e) => save({ asOf: e.target.value || null })}
          />
          <button
            type="button"
            className="ws-link"
            disabled={chosen === null || chosen === todayIso()}
            onClick={() => save({ asOf: null })}
          >
            {m.deadlines.today}
          </button>
        </label>
      </div>
      <div className="projects-main">
        <div className="deadline-stage" ref={stage}>
          {deadlines.length === 0 ? (
            <div className="deadline-empty" role="status">
              <p>{m.deadlines.empty}</p>
              <p className="ws-hint">{m.deadlines.emptyHint}</p>
            </div>
          ) : (
            <>
              <p className="deadline-figures" role="status">
                {m.deadlines.figures(figures.dated, figures.pastDue, figures.apart)}
              </p>
              <DeadlineChart
                scroller={scroller}
                scene={scene}
                deadlines={deadlines}
                asOf={asOf}
                onPick={(ref) => select(ref, VIEW)}
              />
              <ApartList groups={apart} onPick={(item) => select({ kind: 'item', id: item }, VIEW)} />
            </>
          )}
        </div>
        <GraphPanel
          graph={NO_GRAPH}
          subject={subject}
          onEgo={() => undefined}
          intro={
            <div className="graph-panel-intro">
              <p className="graph-panel-tag">{m.app.howToRead}</p>
              <p>{m.deadlines.intro}</p>
            </div>
          }
        />
      </div>
    </div>
  );
}
