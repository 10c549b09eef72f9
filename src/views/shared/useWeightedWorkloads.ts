// The workloads under the weights in the address: the ranking sets them, and the matrix orders its
// rows by the same load, so both views agree on who carries most.
import { useMemo } from 'react';
import { DEFAULT_WEIGHTS, reweighted, type Workload, type WorkloadWeights } from '../../analysis/workload.ts';
import type { AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { readWeights, sameWeights } from './ranking-params.ts';

export function useWeightedWorkloads(): {
  weights: WorkloadWeights;
  workloads: ReadonlyMap<AgencyId, Workload>;
} {
  const { workloads, params } = useAtlas();
  const { lead, cooperate, responsible } = readWeights(params);
  return useMemo(() => {
    const weights = { lead, cooperate, responsible };
    // The shared workloads already use the defaults: no need to count again.
    const weighted = sameWeights(weights, DEFAULT_WEIGHTS) ? workloads : reweighted(workloads, weights);
    return { weights, workloads: weighted };
  }, [workloads, lead, cooperate, responsible]);
}
