// The ranking's rule in plain words, with the figures it gives on the notices in view.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { OverloadStats } from '../../analysis/overload.ts';
import type { WorkloadWeights } from '../../analysis/workload.ts';
import { thresholdText } from '../../graph/scenes/ranking-marks.ts';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function RankingExplainer(props: {
  weights: WorkloadWeights;
  stats: OverloadStats;
  flagged: readonly string[];
}) {
  const { weights, stats, flagged } = props;
  const m = useMessages();
  const { lang } = useLang();
  return (
    <div className="ranking-explainer">
      <p>
        {m.matrix.explainer(
          fmt(weights.lead),
          fmt(weights.cooperate),
          fmt(weights.responsible),
          fmt(stats.threshold),
        )}
      </p>
      <p className="ranking-verdict" data-flagged-count={flagged.length}>
        {m.matrix.here(thresholdText(stats, lang))}{' '}
        {stats.mad === 0 && Number.isFinite(stats.cutoff) ? `${m.matrix.madZero} ` : ''}
        {flagged.length === 0 ? m.matrix.noneFlagged : m.matrix.flagged(flagged.length, flagged.join('、'))}
      </p>
    </div>
  );
}
