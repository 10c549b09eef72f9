// The ranking's rule in plain words, with the figures it gives on the notices in view.
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
  return (
    <div className="ranking-explainer">
      <p>
        <strong>Load</strong> adds up every item an agency is named in: {fmt(weights.lead)} for leading it
        (牵头: it organises the work and answers for it), {fmt(weights.cooperate)} for cooperating (配合),{' '}
        {fmt(weights.responsible)} for shared responsibility where no lead is named (负责). The defaults are
        3, 1 and 2. An agency is <strong>flagged</strong> when its load is at least {fmt(stats.threshold)}{' '}
        MADs above the median load of the named agencies — the MAD is the median distance from the median, a
        spread that a few very heavy agencies cannot inflate; the default of 5 is close to the usual outlier
        rule (a modified z-score of 3.5). Generic actors (各地) are shown but never flagged.
      </p>
      <p className="ranking-verdict" data-flagged-count={flagged.length}>
        Here: {thresholdText(stats)}.{' '}
        {stats.mad === 0 && Number.isFinite(stats.cutoff)
          ? 'The MAD is 0 here (more than half the agencies carry the same load), so the mean deviation stands in for it. '
          : ''}
        {flagged.length === 0 ? 'No agency is flagged.' : `${flagged.length} flagged: ${flagged.join('、')}.`}
      </p>
    </div>
  );
}
