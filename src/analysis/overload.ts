// Which agencies carry far more than the rest: a robust outlier test on load (median and MAD), so
// one or two very heavy agencies cannot hide themselves by inflating a mean and standard deviation.
import type { Agency, AgencyId } from '../notice/model.ts';
import type { Workload } from './workload.ts';

/** Flag loads this many MADs above the median: about the modified z-score of 3.5 (0.6745 · 5.19)
 *  that Iglewicz and Hoaglin recommend for outliers, rounded to a number a reader can check. */
export const DEFAULT_OVERLOAD_THRESHOLD = 5;

export interface OverloadStats {
  readonly median: number;
  /** Median absolute deviation from the median (unscaled). */
  readonly mad: number;
  /** The spread actually used: the MAD, or the mean absolute deviation when the MAD is 0. */
  readonly spread: number;
  readonly threshold: number;
  /** Loads at or above this are flagged. */
  readonly cutoff: number;
}

export interface OverloadVerdict {
  readonly agencyId: AgencyId;
  /** How many spreads above the median the load is. */
  readonly score: number;
  readonly flagged: boolean;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median and MAD over named agencies only: generic actors (各地, 各有关部门) are not one agency. */
export function overloadStats(
  workloads: readonly Workload[],
  agencies: readonly Agency[],
  threshold = DEFAULT_OVERLOAD_THRESHOLD,
): OverloadStats {
  const generic = new Set(agencies.filter((a) => a.generic).map((a) => a.id));
  const loads = workloads.filter((w) => !generic.has(w.agencyId)).map((w) => w.load);
  const mid = median(loads);
  const deviations = loads.map((l) => Math.abs(l - mid));
  const mad = median(deviations);
  const meanDeviation = deviations.length ? deviations.reduce((a, b) => a + b, 0) / deviations.length : 0;
  const spread = mad > 0 ? mad : meanDeviation;
  return { median: mid, mad, spread, threshold, cutoff: spread > 0 ? mid + threshold * spread : Infinity };
}

export function overloadVerdicts(
  workloads: readonly Workload[],
  agencies: readonly Agency[],
  stats: OverloadStats,
): Map<AgencyId, OverloadVerdict> {
  const generic = new Set(agencies.filter((a) => a.generic).map((a) => a.id));
  return new Map(
    workloads.map((w) => {
      const score = stats.spread > 0 ? (w.load - stats.median) / stats.spread : 0;
      const flagged = !generic.has(w.agencyId) && stats.spread > 0 && w.load >= stats.cutoff;
      return [w.agencyId, { agencyId: w.agencyId, score, flagged }];
    }),
  );
}

/** How a load compares with the typical (median) agency's, in plain words: `13 times the typical
 *  agency's 6`. A reader of a briefing needs no MAD to see that an agency carries far more. */
export function comparedWithTypical(load: number, median: number, lang: 'en' | 'zh' = 'en'): string {
  const typical = Number.isInteger(median) ? String(median) : median.toFixed(1);
  if (median <= 0)
    return lang === 'zh'
      ? `负荷${load}，而一般单位为${typical}`
      : `load ${load}, where the typical agency carries ${typical}`;
  const ratio = load / median;
  const times = ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1);
  if (lang === 'zh') return `负荷${load}，为一般单位（${typical}）的${times}倍`;
  return `load ${load}, ${times} times the typical agency's ${typical}`;
}

/** One line a reader can check against the figures: `自治区发展改革委: 9 led, 51 joined, in all 7
 *  sections — load 78, 13 times the typical agency's 6`. */
export function explainLoad(
  name: string,
  w: Workload,
  stats: Pick<OverloadStats, 'median'>,
  totalSections: number,
  lang: 'en' | 'zh' = 'en',
): string {
  const compared = comparedWithTypical(w.load, stats.median, lang);
  if (lang === 'zh') {
    const where =
      totalSections > 0 && w.sections === totalSections
        ? `覆盖全部${totalSections}个部分`
        : `涉及${w.sections}/${totalSections}个部分`;
    return `${name}：牵头${w.led}项，参与${w.joined}项，${where}——${compared}`;
  }
  const where =
    totalSections > 0 && w.sections === totalSections
      ? `in all ${totalSections} sections`
      : `in ${w.sections} of ${totalSections} sections`;
  return `${name}: ${w.led} led, ${w.joined} joined, ${where} — ${compared}`;
}

/** The spread's unit as the figures call it: the MAD, or the mean deviation when the MAD is 0. */
export function spreadUnit(stats: Pick<OverloadStats, 'mad'>, plural = true): string {
  if (stats.mad > 0) return plural ? 'MADs' : 'MAD';
  return plural ? 'mean deviations' : 'mean deviation';
}
