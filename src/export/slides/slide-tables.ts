// The briefing's tables as rows of text: the most loaded agencies with a plain-words verdict, and
// their measures (reach, brokerage, bloc). Pure; the slides lay them out as editable tables.
import { measureTable } from '../../analysis/measures.ts';
import { DEFAULT_OVERLOAD_THRESHOLD, overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, DEFAULT_WEIGHTS, rankByLoad, type Workload } from '../../analysis/workload.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';

export type Align = 'left' | 'right';

export interface SlideTable {
  readonly heads: readonly string[];
  readonly aligns: readonly Align[];
  /** Relative column widths. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly string[])[];
  /** Rows to set apart (the agencies far above the typical one), and the columns that show it. */
  readonly marked: readonly boolean[];
  readonly markColumns: readonly number[];
  /** What the columns count, in plain words, under the table. */
  readonly note: string;
}

const T = {
  zh: {
    rankHeads: ['#', '机构', '牵头', '参与', '涉及部分', '协作机构', '负荷', '与一般机构相比'],
    far: '远高于一般机构',
    above: '高于一般机构',
    typical: '一般',
    below: '低于一般机构',
    rankNote: (median: number, cutoff: number) =>
      `负荷 = 牵头事项 ×3 + 参与事项 ×1 + 未分牵头配合的负责事项 ×2。一般机构（中位数）负荷为 ${median}；达到 ${cutoff} 即“远高于一般机构”。`,
    measureHeads: ['机构', '事项', '任务', '部分', '协作机构', '共同事项', '中介性', '协同组'],
    measureNote:
      '共同事项：与其他机构同列的事项次数之和。中介性：处在其他两机构之间最短联系路径上的比例（0–1），越高越是协调枢纽。协同组：经常共同承担事项的机构群，以组内负担最重的机构命名：',
    list: '；',
  },
  en: {
    rankHeads: ['#', 'Agency', 'Led', 'Joined', 'Sections', 'Partners', 'Load', 'Vs. the typical agency'],
    far: 'far above',
    above: 'above',
    typical: 'typical',
    below: 'below',
    rankNote: (median: number, cutoff: number) =>
      `Load = 3 for each item led + 1 for each item joined + 2 for each item shared with no lead named. The typical agency (the median) has a load of ${median}; ${cutoff} or more is "far above".`,
    measureHeads: ['Agency', 'Items', 'Tasks', 'Sections', 'Partners', 'Shared items', 'Go-between', 'Bloc'],
    measureNote:
      'Shared items: items named together with another agency, summed over its partners. Go-between: how often it lies on the shortest link between two other agencies (0–1); high means a hub of coordination. Bloc: agencies that often share items, named after the heaviest of them: ',
    list: '; ',
  },
} as const;

interface Ranked {
  readonly named: readonly Workload[];
  readonly flagged: ReadonlySet<AgencyId>;
  readonly scores: ReadonlyMap<AgencyId, number>;
  readonly median: number;
  readonly cutoff: number;
}

function ranked(model: NoticeModel): Ranked {
  const all = rankByLoad(computeWorkload(model, DEFAULT_WEIGHTS));
  const stats = overloadStats(all, model.agencies, DEFAULT_OVERLOAD_THRESHOLD);
  const verdicts = overloadVerdicts(all, model.agencies, stats);
  const generic = new Set<string>(model.agencies.filter((a) => a.generic).map((a) => a.id));
  return {
    named: all.filter((w) => !generic.has(w.agencyId)),
    flagged: new Set(all.filter((w) => verdicts.get(w.agencyId)?.flagged).map((w) => w.agencyId)),
    scores: new Map(all.map((w) => [w.agencyId, verdicts.get(w.agencyId)?.score ?? 0])),
    median: stats.median,
    cutoff: Number.isFinite(stats.cutoff) ? Math.ceil(stats.cutoff) : Infinity,
  };
}

/** The `top` most loaded named agencies, heaviest first. */
export function topAgencies(model: NoticeModel, top: number): AgencyId[] {
  return ranked(model)
    .named.slice(0, top)
    .map((w) => w.agencyId);
}

/** The most loaded agencies and how each compares with the typical one, in words. */
export function rankingTable(model: NoticeModel, lang: 'zh' | 'en', top: number): SlideTable {
  const t = T[lang];
  const r = ranked(model);
  const names = new Map<string, string>(model.agencies.map((a) => [a.id, a.name]));
  const shown = r.named.slice(0, top);
  const verdict = (w: Workload) => {
    if (r.flagged.has(w.agencyId)) return t.far;
    const score = r.scores.get(w.agencyId) ?? 0;
    // Two spreads either side of the median: clearly more (or less) than most, not an outlier.
    return score >= 2 ? t.above : score <= -2 ? t.below : t.typical;
  };
  return {
    heads: t.rankHeads,
    aligns: ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
    widths: [0.45, 5.6, 0.8, 0.9, 1.05, 1.1, 0.8, 2.0],
    rows: shown.map((w, i) => [
      String(i + 1),
      names.get(w.agencyId) ?? w.agencyId,
      String(w.led),
      String(w.joined),
      String(w.sections),
      String(w.partners),
      String(w.load),
      verdict(w),
    ]),
    marked: shown.map((w) => r.flagged.has(w.agencyId)),
    markColumns: [0, 7],
    note: t.rankNote(r.median, r.cutoff),
  };
}

/** The measures of the most loaded agencies: reach, brokerage and bloc, as the measures view shows. */
export function measuresTable(model: NoticeModel, lang: 'zh' | 'en', top: number): SlideTable {
  const t = T[lang];
  const workloads = computeWorkload(model, DEFAULT_WEIGHTS);
  const { rows, blocs } = measureTable(model, workloads);
  const byAgency = new Map(rows.map((row) => [row.agency, row]));
  const shown = topAgencies(model, top).flatMap((id) => byAgency.get(id) ?? []);
  // A bloc is named by its heaviest agency, in the short form the graph labels use; the note names
  // the blocs the table shows, so the column holds only their numbers.
  const labels = agencyLabels(model.agencies);
  const used = new Set(shown.map((row) => row.bloc));
  const blocNames = blocs
    .filter((b) => used.has(b.id))
    .map((b) => `${b.id} ${labels.get(b.agencies[0] as AgencyId) ?? ''}`);
  return {
    heads: t.measureHeads,
    aligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    widths: [5.6, 0.9, 0.9, 1.05, 1.1, 1.1, 1.1, 0.8],
    rows: shown.map((row) => [
      row.name,
      String(row.values.items),
      String(row.values.tasks),
      String(row.values.sections),
      String(row.values.partners),
      String(row.values.strength),
      row.values.betweenness.toFixed(2),
      row.bloc === null ? '—' : String(row.bloc),
    ]),
    marked: shown.map((row) => row.flagged),
    markColumns: [0],
    note: `${t.measureNote}${blocNames.join(t.list)}${lang === 'zh' ? '。' : '.'}`,
  };
}
