// The ranking's settings in the address: the load weights (`wlead`, `wcoop`, `wresp`) and the overload
// threshold in MADs (`mads`). Out-of-range or unreadable values fall back to the defaults stated in
// the core, so a hand-edited link cannot produce a negative load. Pure.
import { DEFAULT_OVERLOAD_THRESHOLD } from '../../analysis/overload.ts';
import { DEFAULT_WEIGHTS, type WorkloadWeights } from '../../analysis/workload.ts';

export const WEIGHT_PARAMS: Readonly<Record<keyof WorkloadWeights, string>> = {
  lead: 'wlead',
  cooperate: 'wcoop',
  responsible: 'wresp',
};
export const THRESHOLD_PARAM = 'mads';

export const WEIGHT_RANGE = { min: 0, max: 10, step: 0.5 } as const;
export const THRESHOLD_RANGE = { min: 1, max: 20, step: 0.5 } as const;

function readNumber(
  value: string | undefined,
  range: { min: number; max: number },
  fallback: number,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= range.min && n <= range.max ? n : fallback;
}

export function readWeights(params: Readonly<Record<string, string>>): WorkloadWeights {
  return {
    lead: readNumber(params[WEIGHT_PARAMS.lead], WEIGHT_RANGE, DEFAULT_WEIGHTS.lead),
    cooperate: readNumber(params[WEIGHT_PARAMS.cooperate], WEIGHT_RANGE, DEFAULT_WEIGHTS.cooperate),
    responsible: readNumber(params[WEIGHT_PARAMS.responsible], WEIGHT_RANGE, DEFAULT_WEIGHTS.responsible),
  };
}

export function readThreshold(params: Readonly<Record<string, string>>): number {
  return readNumber(params[THRESHOLD_PARAM], THRESHOLD_RANGE, DEFAULT_OVERLOAD_THRESHOLD);
}

export function sameWeights(a: WorkloadWeights, b: WorkloadWeights): boolean {
  return a.lead === b.lead && a.cooperate === b.cooperate && a.responsible === b.responsible;
}

/** The address value for a number: null (left out) when it is the default. */
export function numberParam(value: number, fallback: number): string | null {
  return value === fallback ? null : String(value);
}
