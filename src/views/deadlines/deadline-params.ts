// The deadlines view's settings as kept in the address (`#view=deadlines&asof=2015-01-01&lanes=load`):
// read leniently (a day that is not a real one, an unknown order: the default), written only when not
// the default. The network's "due by" filter keeps its day under `dueby` (see graph-settings).
import { readIsoDate } from '../../analysis/deadlines.ts';
import { LANE_ORDERS, type LaneOrder } from '../../graph/scenes/deadline-scene.ts';

export const AS_OF_PARAM = 'asof';
export const LANES_PARAM = 'lanes';

/** Today as the calendar reads it here, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface DeadlineParams {
  /** The day items are past due on; null: today. */
  readonly asOf: string | null;
  readonly order: LaneOrder;
}

export function readDeadlineParams(params: Readonly<Record<string, string>>): DeadlineParams {
  const order = params[LANES_PARAM];
  return {
    asOf: readIsoDate(params[AS_OF_PARAM]),
    order: LANE_ORDERS.includes(order as LaneOrder) ? (order as LaneOrder) : 'earliest',
  };
}

export function deadlineParamValues(p: DeadlineParams): Record<string, string | null> {
  return {
    [AS_OF_PARAM]: p.asOf,
    [LANES_PARAM]: p.order === 'earliest' ? null : p.order,
  };
}
