// The clustering order of the matrices' rows at 500, 1,000 and 2,000 agencies (synthetic workspaces,
// six items per agency in 240 tasks): the agency × task order (profiles: the tasks each agency works in)
// and the agency × agency order (profiles: each agency's partners). Beside each, measured in the same
// run, the time to compute the Jaccard distances alone — the O(n²) floor any method reading every pair
// pays — and the ratio, which stays flat as n grows when the method is O(n²) (a cubic one grows with n).
import { computeWorkload } from '../../src/analysis/workload.ts';
import { jaccardDistances } from '../../src/graph/jaccard-distances.ts';
import {
  agencyTaskMatrix,
  coassignmentMatrix,
  partnerClusterInput,
  taskClusterInput,
  type ClusterInput,
} from '../../src/graph/matrix.ts';
import { orderByCluster } from '../../src/graph/order.ts';
import type { Benchmark, BenchRow } from './benchmark.ts';
import { LARGE_WORKSPACE, syntheticMatrixModel } from './matrix-synthetic.ts';
import { HeapPeak, median, timeRuns } from './measure.ts';

const SIZES = [500, 1000, 2000] as const;
const ITEMS_PER_AGENCY = 6;
/** The bar: a 2,000-agency notice ordered within a second, on the machine the bench runs on. */
const ORDER_TARGET = { max: 1000, label: '≤ 1 s' } as const;

function inputs(agencies: number): { matrix: string; input: ClusterInput; label: string }[] {
  const model = syntheticMatrixModel({ ...LARGE_WORKSPACE, agencies, items: agencies * ITEMS_PER_AGENCY });
  const tasks = agencyTaskMatrix(model, computeWorkload(model), 'task');
  const partners = partnerClusterInput(coassignmentMatrix(model, tasks));
  const mean = (input: ClusterInput) =>
    (input.profiles.reduce((s, p) => s + [...p].length, 0) / input.profiles.length).toFixed(1);
  const task = taskClusterInput(tasks);
  return [
    {
      matrix: 'tasks',
      input: task,
      label: `${agencies} agencies × ${tasks.columns.length} tasks (${mean(task)} per agency)`,
    },
    {
      matrix: 'partners',
      input: partners,
      label: `${agencies} agencies × ${agencies} agencies (${mean(partners)} partners each)`,
    },
  ];
}

function rowsFor(matrix: string, label: string, input: ClusterInput, agencies: number): BenchRow[] {
  const heap = new HeapPeak();
  const [warmup, runs] = agencies >= 2000 ? [1, 5] : [2, 9];
  const { profiles, weights } = input;
  // Alternated within the run, so both see the same machine load.
  const order: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < warmup + runs; r++) {
    const [o] = timeRuns(() => orderByCluster(profiles, weights), 0, 1, heap);
    const [f] = timeRuns(() => jaccardDistances(profiles), 0, 1, heap);
    if (r >= warmup) {
      order.push(o as number);
      floor.push(f as number);
    }
  }
  const orderMs = median(order);
  const floorMs = median(floor);
  const row = (benchmark: string, ms: number, value: number, unit: string, target: BenchRow['target']) => ({
    benchmark,
    input: label,
    runs,
    medianMs: ms,
    value,
    unit,
    peakHeapBytes: heap.bytes,
    target,
  });
  return [
    row(`matrix-order-${matrix}`, orderMs, orderMs, 'ms', ORDER_TARGET),
    row(`matrix-order-${matrix}-floor`, floorMs, floorMs, 'ms (distances only)', null),
    row(`matrix-order-${matrix}-ratio`, orderMs, orderMs / floorMs, '× floor', null),
  ];
}

export const matrixOrder: Benchmark = {
  name: 'matrix-order',
  run() {
    return SIZES.flatMap((agencies) =>
      inputs(agencies).flatMap(({ matrix, input, label }) => rowsFor(matrix, label, input, agencies)),
    );
  },
};
