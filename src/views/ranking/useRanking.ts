// The ranking's figures under the settings in the address: workloads by the weights, the overload
// statistics and verdicts by the threshold, the flagged agencies heaviest first, and the scene.
import { useLang } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import { overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { rankByLoad } from '../../analysis/workload.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import { rankingScene } from '../../graph/scenes/ranking-scene.ts';
import { useAtlas } from '../atlas.tsx';
import { readThreshold } from '../shared/ranking-params.ts';
import { useWeightedWorkloads } from '../shared/useWeightedWorkloads.ts';

export function useRanking(width: number) {
  const { model, params, selection } = useAtlas();
  const { lang } = useLang();
  const { weights, workloads } = useWeightedWorkloads();
  const threshold = readThreshold(params);
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
    const options = { weights, totalSections: model.sections.length, generic, highlight, width, lang };
    return rankingScene(workloads, stats, verdicts, labels, options);
  }, [model, workloads, stats, verdicts, labels, weights, highlight, width, lang]);
  return { weights, threshold, workloads, stats, verdicts, flagged, labels, scene };
}
