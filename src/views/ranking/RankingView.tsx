// The load ranking view: agencies by weighted load as stacked bars (led / joined), the median and the
// overload threshold drawn across, flagged agencies explained; weights and threshold adjustable.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useRef } from 'react';
import { useAtlas } from '../atlas.tsx';
import { useRowsExportScreen } from '../export/useViewExportScreen.ts';
import { useStepSelection } from '../shared/useStepSelection.ts';
import { RankingChart } from './RankingChart.tsx';
import { RankingExplainer } from './RankingExplainer.tsx';
import { useElementWidth } from '../shared/useElementWidth.ts';
import { useRanking } from './useRanking.ts';
import { useRevealRankingRow } from './useRevealRankingRow.ts';
import { WeightControls } from './WeightControls.tsx';
import '../matrix/MatrixView.css';
import './RankingView.css';

const VIEW = 'ranking';

export function RankingView() {
  const { select, selection } = useAtlas();
  const m = useMessages();
  const scroller = useRef<HTMLDivElement>(null);
  const width = Math.max(960, useElementWidth(scroller) - 8);
  const { weights, threshold, workloads, stats, verdicts, flagged, labels, scene } = useRanking(width);
  const agencyOrder = useMemo(() => scene.rows.map((r) => r.agencyId), [scene]);
  const onKeyDown = useStepSelection(agencyOrder, VIEW);
  useRevealRankingRow(scroller, scene);
  const bands = useMemo(
    () => scene.rows.map((r) => ({ key: r.agencyId as string, y: r.y, height: r.height })),
    [scene],
  );
  useRowsExportScreen({
    view: VIEW,
    weights,
    threshold,
    highlight: selection?.kind === 'agency' ? selection.id : null,
    rows: bands,
    top: scene.top,
    scroller,
  });

  return (
    <div className="matrix-view ranking-view" data-flagged={flagged.map((w) => w.agencyId).join(' ')}>
      <div className="view-bar">
        <h2 className="view-bar-title">
          {m.matrix.rankingTitle}
          <small>{m.matrix.rankingSubtitle}</small>
        </h2>
        <WeightControls weights={weights} threshold={threshold} />
      </div>
      <RankingExplainer
        weights={weights}
        stats={stats}
        flagged={flagged.map((w) => labels.get(w.agencyId) ?? w.agencyId)}
      />
      <RankingChart
        scroller={scroller}
        scene={scene}
        workloads={workloads}
        verdicts={verdicts}
        stats={stats}
        weights={weights}
        onPick={(id) => select({ kind: 'agency', id }, VIEW)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
