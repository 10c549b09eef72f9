// The load ranking as a scene: one bar per agency, heaviest first, stacked from the items it leads and
// the items it joins (each weighted as the load counts them), the median and the overload threshold
// drawn across, and each flagged agency's bar explained in one line of figures underneath.
import { BAND, INK, MUTED_INK, PAPER, RULE } from '../appearance.ts';
import { explainLoad, type OverloadStats, type OverloadVerdict } from '../../analysis/overload.ts';
import { rankByLoad, type Workload, type WorkloadWeights } from '../../analysis/workload.ts';
import type { AgencyId } from '../../notice/model.ts';
import type { Scene, SceneMark, Tagged, TextMark } from '../scene.ts';
import { rankingLegend, segmentMarks } from './ranking-marks.ts';
import { loadAxis } from './ranking-axis.ts';
import { textWidth, widestText } from './text-fit.ts';

export interface RankingSceneOptions {
  readonly weights: WorkloadWeights;
  /** Sections in the notices in view, for "in all 7 sections". */
  readonly totalSections: number;
  /** Collective actors (各地): drawn muted, never ranked against the threshold. */
  readonly generic?: ReadonlySet<AgencyId>;
  readonly highlight?: string | null;
  readonly width?: number;
  /** The language of an export: its key, figures and explanations in that language only. On screen
   *  (none given) the key is glossed in both and the explanations are English. */
  readonly lang?: 'en' | 'zh';
}

export interface RankingScene extends Scene {
  /** Where the rows start: above it, the key and the axis (a view may keep them in sight). */
  readonly top: number;
  /** Agencies from top to bottom, with the band each row occupies (for hit testing). */
  readonly rows: readonly { readonly agencyId: AgencyId; readonly y: number; readonly height: number }[];
}

const MARGIN = 16;
const LABEL_SIZE = 13;
const ROW = 26;
const EXPLANATION = 20;
const BAR = 14;
const END_TEXT = 190;

export function rankingScene(
  workloads: ReadonlyMap<AgencyId, Workload>,
  stats: OverloadStats,
  verdicts: ReadonlyMap<AgencyId, OverloadVerdict>,
  labels: ReadonlyMap<AgencyId, string>,
  options: RankingSceneOptions,
): RankingScene {
  const ranked = rankByLoad(workloads);
  const width = options.width ?? 1080;
  const left = Math.ceil(MARGIN + widestText(labels.values(), LABEL_SIZE) + 16);
  const legend = rankingLegend(MARGIN, MARGIN, options.weights, stats, ranked, options.lang);
  const axisY = MARGIN + legend.height + 18;
  const top = axisY + 12;
  const largest = Math.max(0, ...ranked.map((w) => w.load), Number.isFinite(stats.cutoff) ? stats.cutoff : 0);
  const axis = loadAxis(largest);
  const plotWidth = Math.max(120, width - left - END_TEXT - MARGIN);
  const x = (load: number) => left + (load / axis.max) * plotWidth;

  const rows: { agencyId: AgencyId; y: number; height: number }[] = [];
  const layers: RowLayers = { back: [], bars: [], texts: [] };
  let y = top;
  for (const w of ranked) {
    const verdict = verdicts.get(w.agencyId);
    const flagged = verdict?.flagged ?? false;
    const height = ROW + (flagged ? EXPLANATION : 0);
    const label = labels.get(w.agencyId) ?? w.agencyId;
    addRow(layers, w, label, y, height, x, { stats, flagged, verdict, left, width, options });
    rows.push({ agencyId: w.agencyId, y, height });
    y += height;
  }
  const bottom = y;
  // Rules over the bars, broken where they would cross words, so every figure stays legible.
  const marks: SceneMark[] = [
    ...legend.marks,
    ...axisMarks(axis.ticks, x, axisY, top, bottom),
    ...layers.back,
    ...layers.bars,
    ...ruleMarks(stats, x, { top, bottom, lang: options.lang }, layers.texts),
    ...layers.texts,
  ];
  return { width, height: bottom + MARGIN + 22, background: PAPER, marks, rows, top };
}

function axisMarks(
  ticks: readonly number[],
  x: (v: number) => number,
  axisY: number,
  top: number,
  bottom: number,
): SceneMark[] {
  const marks: SceneMark[] = [];
  let grid = '';
  for (const t of ticks) {
    grid += `M${x(t)},${top}V${bottom}`;
    marks.push({
      type: 'text',
      x: x(t),
      y: axisY,
      text: String(t),
      size: 12,
      fill: MUTED_INK,
      anchor: 'middle',
      baseline: 'bottom',
    });
  }
  marks.unshift({ type: 'path', d: grid, stroke: RULE, strokeWidth: 1 });
  return marks;
}

/** Loads are whole numbers; a median or a threshold may not be: one decimal. */
const fmtLoad = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

interface RowContext {
  readonly stats: OverloadStats;
  readonly flagged: boolean;
  readonly verdict: OverloadVerdict | undefined;
  readonly left: number;
  readonly width: number;
  readonly options: RankingSceneOptions;
}

interface RowLayers {
  readonly back: SceneMark[];
  readonly bars: SceneMark[];
  readonly texts: SceneMark[];
}

/** A label or figure on a row, centred on its line. */
function words(
  x: number,
  y: number,
  text: string,
  size: number,
  style: Partial<TextMark> & Tagged = {},
): SceneMark {
  return { type: 'text', x, y, text, size, fill: INK, baseline: 'middle', ...style };
}

function addRow(
  layers: RowLayers,
  w: Workload,
  label: string,
  y: number,
  height: number,
  x: (v: number) => number,
  c: RowContext,
): void {
  const ref = { kind: 'agency' as const, id: w.agencyId };
  const generic = c.options.generic?.has(w.agencyId) ?? false;
  const selected = c.options.highlight === w.agencyId;
  if (c.flagged || selected) {
    const fill = c.flagged ? BAND : PAPER;
    const outline = selected ? { stroke: INK, strokeWidth: 1.5 } : {};
    layers.back.push({
      type: 'rect',
      x: MARGIN / 2,
      y: y + 1,
      width: c.width - MARGIN,
      height: height - 2,
      fill,
      ...outline,
      ref,
    });
  }
  const mid = y + ROW / 2;
  const title = labelTitle(w, label, generic);
  const bold = c.flagged || selected ? { weight: 700 as const } : {};
  layers.texts.push(
    words(c.left - 10, mid, label, LABEL_SIZE, {
      fill: generic ? MUTED_INK : INK,
      anchor: 'end',
      ref,
      title,
      ...bold,
    }),
  );
  layers.bars.push(...segmentMarks(w, c.options.weights, x, mid - BAR / 2, BAR, ref));
  const load = String(w.load);
  const detail =
    c.options.lang === 'zh'
      ? `牵头 ${w.led} · 参与 ${w.joined}${generic ? ' · 泛指主体，不标记过载' : ''}`
      : `${w.led} led · ${w.joined} joined${generic ? ' · generic actor, not flagged' : ''}`;
  const end = x(w.load) + 8;
  layers.texts.push(words(end, mid, load, 13, { weight: 600 }));
  layers.texts.push(words(end + textWidth(load, 13) + 8, mid, detail, 12, { fill: MUTED_INK }));
  if (c.flagged && c.verdict) {
    const text = explainLoad(label, w, c.stats, c.options.totalSections, c.options.lang);
    // Under the bar, from the bars' left edge; moved left (under the label) rather than run off the
    // diagram when long English names make both the label column and the sentence wide.
    const x0 = Math.max(MARGIN, Math.min(c.left, c.width - MARGIN - textWidth(text, 12)));
    layers.texts.push(words(x0, y + ROW + EXPLANATION / 2 - 3, text, 12));
  }
}

function labelTitle(w: Workload, label: string, generic: boolean): string {
  const kind = generic ? ' (generic actor: not one agency)' : '';
  return `${label}${kind}: load ${w.load}, ${w.led} led, ${w.joined} joined, ${w.tasks} tasks, ${w.sections} sections, ${w.partners} partners`;
}

/** The stretches of height where a vertical rule at x would cross words, merged and top to bottom. */
export function wordGaps(texts: readonly SceneMark[], x: number): [number, number][] {
  const gaps: [number, number][] = [];
  for (const t of texts) {
    if (t.type !== 'text') continue;
    const w = textWidth(t.text, t.size);
    const from = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
    if (x < from - 4 || x > from + w + 4) continue;
    gaps.push([t.y - t.size * 0.75, t.y + t.size * 0.75]);
  }
  gaps.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const gap of gaps) {
    const last = merged[merged.length - 1];
    if (last && gap[0] <= last[1]) last[1] = Math.max(last[1], gap[1]);
    else merged.push([gap[0], gap[1]]);
  }
  return merged;
}

/** A vertical rule from top to bottom with the given stretches left out. */
function brokenRule(x: number, top: number, bottom: number, gaps: readonly [number, number][]): string {
  let d = `M${x},${top - 4}`;
  for (const [from, to] of gaps) d += `V${from}M${x},${to}`;
  return `${d}V${bottom}`;
}

function ruleMarks(
  stats: OverloadStats,
  x: (v: number) => number,
  span: { top: number; bottom: number; lang: 'en' | 'zh' | undefined },
  texts: readonly SceneMark[],
): SceneMark[] {
  const { top, bottom } = span;
  const zh = span.lang === 'zh';
  const medianText = `${zh ? '中位数' : 'median'} ${fmtLoad(stats.median)}`;
  const cutoffText = `${zh ? '过载线' : 'threshold'} ${fmtLoad(stats.cutoff)}`;
  // Two labels centred on rules close together would run into each other: then each leans away.
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u3400-\u9fff]/.test(ch) ? 12 : 7), 0);
  const apart =
    Number.isFinite(stats.cutoff) &&
    x(stats.cutoff) - x(stats.median) < (width(medianText) + width(cutoffText)) / 2 + 8;
  const label = (
    at: number,
    text: string,
    weight: 400 | 600,
    anchor: 'start' | 'middle' | 'end',
  ): SceneMark => ({
    type: 'text',
    x: at,
    y: bottom + 6,
    text,
    size: 12,
    fill: INK,
    anchor,
    baseline: 'top',
    weight,
  });
  const marks: SceneMark[] = [
    {
      type: 'path',
      d: brokenRule(x(stats.median), top, bottom, wordGaps(texts, x(stats.median))),
      stroke: MUTED_INK,
      strokeWidth: 1,
    },
    label(x(stats.median), medianText, 400, apart ? 'end' : 'middle'),
  ];
  if (Number.isFinite(stats.cutoff))
    marks.push(
      {
        type: 'path',
        d: brokenRule(x(stats.cutoff), top, bottom, wordGaps(texts, x(stats.cutoff))),
        stroke: INK,
        strokeWidth: 2,
        dash: [6, 4],
      },
      label(x(stats.cutoff), cutoffText, 600, apart ? 'start' : 'middle'),
    );
  return marks;
}
