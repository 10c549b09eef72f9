// A calendar axis for scenes: days (`YYYY-MM-DD`) to x, and ticks on whole months or years with their
// words. The core may not use d3 (it is a UI library here, see eslint.config.js), and a scene needs
// only this much of d3-time: a linear map of UTC days and month-aligned ticks.

const DAY_MS = 86_400_000;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 (UTC) of an ISO day. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

function monthStart(year: number, month0: number): number {
  return Date.UTC(year, month0, 1) / DAY_MS;
}

export interface TimeAxis {
  /** The first and last day shown (day numbers), each the first of a month. */
  readonly from: number;
  readonly to: number;
  x(iso: string): number;
  /** The same axis drawn over other pixels. */
  withRange(x0: number, x1: number): TimeAxis;
  readonly x0: number;
  readonly x1: number;
}

/** An axis over the days given, padded by a twelfth of their span (at least 45 days) each side and
 *  widened to whole months, so marks at either end stand clear of the edge. */
export function timeAxis(days: readonly string[], x0: number, x1: number): TimeAxis {
  const numbers = days.map(dayNumber).sort((a, b) => a - b);
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? first;
  const pad = Math.max(45, (last - first) / 12);
  const a = new Date((first - pad) * DAY_MS);
  const b = new Date((last + pad) * DAY_MS);
  const from = monthStart(a.getUTCFullYear(), a.getUTCMonth());
  const to = monthStart(b.getUTCFullYear(), b.getUTCMonth() + 1);
  return build(from, to, x0, x1);
}

function build(from: number, to: number, x0: number, x1: number): TimeAxis {
  const span = Math.max(1, to - from);
  return {
    from,
    to,
    x0,
    x1,
    x: (iso) => x0 + ((dayNumber(iso) - from) / span) * (x1 - x0),
    withRange: (r0, r1) => build(from, to, r0, r1),
  };
}

export interface Tick {
  readonly x: number;
  readonly text: string;
}

/** Ticks no closer than `minGap` pixels: every year (or every few) over a long stretch, else every
 *  month, two, three or six, each January named by its year so a reader sees where years begin. */
export function timeTicks(axis: TimeAxis, lang: 'zh' | 'en', minGap = 64): Tick[] {
  const { from, to, x0, x1 } = axis;
  const pxPerDay = (x1 - x0) / Math.max(1, to - from);
  const yearText = (y: number) => (lang === 'zh' ? `${y}年` : String(y));
  const start = new Date(from * DAY_MS);
  const ticks: Tick[] = [];
  const at = (day: number) => x0 + (day - from) * pxPerDay;
  const months = [1, 2, 3, 6].find((n) => n * 30.4 * pxPerDay >= minGap);
  if (months === undefined) {
    const every = Math.max(1, Math.ceil(minGap / (365.25 * pxPerDay)));
    for (let y = start.getUTCFullYear(); monthStart(y, 0) <= to; y++) {
      const day = monthStart(y, 0);
      if (day >= from && y % every === 0) ticks.push({ x: at(day), text: yearText(y) });
    }
    return ticks;
  }
  for (let y = start.getUTCFullYear(), m = 0; monthStart(y, m) <= to; m++) {
    if (m === 12) {
      m = 0;
      y++;
    }
    const day = monthStart(y, m);
    if (day < from || day > to || m % months !== 0) continue;
    const text = m === 0 ? yearText(y) : lang === 'zh' ? `${m + 1}月` : (EN_MONTHS[m] as string);
    ticks.push({ x: at(day), text });
  }
  return ticks;
}
