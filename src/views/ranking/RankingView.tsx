// The load ranking view: agencies by weighted load as stacked bars (led / joined), the median and the
// overload threshold drawn across, flagged agencies explained; weights and threshold adjustable.
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { rankByLoad } from '../../analysis/workload.ts';
import { agencyLabels } from '../../graph/labels.ts';
import { rankingScene, type RankingScene } from '../../graph/scenes/ranking-scene.ts';
import { useAtlas } from '../atlas.tsx';
import { HoverCard } from '../matrix/HoverCard.tsx';
import { SvgMarks } from '../matrix/SvgMarks.tsx';
import { RankingExplainer } from './RankingExplainer.tsx';
import { RankingCard } from './RankingCard.tsx';
import { readThreshold } from './ranking-params.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useRevealRankingRow } from './useRevealRankingRow.ts';
import { useStepSelection } from '../matrix/useStepSelection.ts';
import { useWeightedWorkloads } from './useWeightedWorkloads.ts';
import { WeightControls } from './WeightControls.tsx';
import '../matrix/MatrixView.css';
import './RankingView.css';

const VIEW = 'ranking';

function rowAtY(scene: RankingScene, y: number) {
  return scene.rows.find((r) => y >= r.y && y < r.y + r.height) ?? null;
}

export function RankingView() {
  const { model, params, selection, select } = useAtlas();
  const { weights, workloads } = useWeightedWorkloads();
  const threshold = readThreshold(params);
  const scroller = useRef<HTMLDivElement>(null);
  const width = Math.max(960, useElementWidth(scroller) - 8);
  const highlight = selection?.kind === 'agency' ? selection.id : null;
  const { stats, verdicts, flagged } = useMemo(() => {
    const ranked = rankByLoad(workloads);
    const stats = overloadStats(ranked, model.agencies, threshold);
    const verdicts = overloadVerdicts(ranked, model.agencies, stats);
    return { stats, verdicts, flagged: ranked.filter((w) => verdicts.get(w.agencyId)?.flagged) };
  }, [workloads, model, threshold]);
  const labels = useMemo(() => agencyLabels(model.agencies), [model]);
  const scene = useMemo(() => {
    const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id));
    const options = { weights, totalSections: model.sections.length, generic, highlight, width };
    return rankingScene(workloads, stats, verdicts, labels, options);
  }, [model, workloads, stats, verdicts, labels, weights, highlight, width]);
  const [hover, setHover] = useState<{ agencyId: string; x: number; y: number } | null>(null);
  const agencyOrder = useMemo(() => scene.rows.map((r) => r.agencyId), [scene]);
  const onKeyDown = useStepSelection(agencyOrder, VIEW);
  useRevealRankingRow(scroller, scene);

  const rowOf = (e: MouseEvent<SVGSVGElement>) =>
    rowAtY(scene, e.clientY - e.currentTarget.getBoundingClientRect().top + scene.top);
  const below = scene.height - scene.top;

  return (
    <div className="matrix-view ranking-view" data-flagged={flagged.map((w) => w.agencyId).join(' ')}>
      <div className="view-bar">
        <h2 className="view-bar-title">
          Load ranking<small>which agencies carry too much</small>
        </h2>
        <WeightControls weights={weights} threshold={threshold} />
      </div>
      <RankingExplainer
        weights={weights}
        stats={stats}
        flagged={flagged.map((w) => labels.get(w.agencyId) ?? w.agencyId)}
      />
      <div
        className="ranking-scroll"
        ref={scroller}
        role="figure"
        aria-label="Agencies by load"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <svg
          className="ranking-head"
          width={scene.width}
          height={scene.top}
          viewBox={`0 0 ${scene.width} ${scene.top}`}
        >
          <SvgMarks marks={scene.marks} />
        </svg>
        <svg
          className="ranking-body"
          width={scene.width}
          height={below}
          viewBox={`0 ${scene.top} ${scene.width} ${below}`}
          onPointerMove={(e) => {
            const row = rowOf(e);
            setHover(row ? { agencyId: row.agencyId, x: e.clientX, y: e.clientY } : null);
          }}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => {
            const row = rowOf(e);
            if (row) select({ kind: 'agency', id: row.agencyId }, VIEW);
          }}
        >
          <SvgMarks marks={scene.marks} />
        </svg>
      </div>
      {hover ? (
        <HoverCard x={hover.x} y={hover.y}>
          <RankingCard
            agencyId={hover.agencyId}
            workloads={workloads}
            verdicts={verdicts}
            weights={weights}
          />
        </HoverCard>
      ) : null}
    </div>
  );
}
