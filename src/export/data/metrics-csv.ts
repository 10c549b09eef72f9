// The measures table for spreadsheets (as Gephi's data table): one row per agency, heaviest first,
// with every figure the app computes for it — roles, reach, weighted degree, betweenness, load, the
// overload flag and its coordination bloc — so a director's question can be answered in Excel.
import { coordinationBlocs } from '../../analysis/blocs.ts';
import { overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, rankByLoad } from '../../analysis/workload.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { csvTable, type CsvCell } from './csv.ts';

export const METRICS_CSV_COLUMNS = [
  'agency',
  'led',
  'cooperated',
  'responsible',
  'items',
  'tasks',
  'sections',
  'partners',
  'weighted_degree',
  'betweenness',
  'load',
  'flagged',
  'bloc',
  'bloc_named_by',
] as const;

/** With the app's defaults (weights 3/1/2, 5 MADs); betweenness normalised to [0, 1], 4 decimals. */
export function toMetricsCsv(model: NoticeModel): string {
  const ranked = rankByLoad(computeWorkload(model));
  const verdicts = overloadVerdicts(ranked, model.agencies, overloadStats(ranked, model.agencies));
  const { blocs, blocOf } = coordinationBlocs(model);
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const rows = ranked.map((w): CsvCell[] => {
    const bloc = blocOf.get(w.agencyId);
    const head = bloc === undefined ? undefined : blocs[bloc - 1]?.agencies[0];
    return [
      names.get(w.agencyId) ?? w.agencyId,
      w.led,
      w.cooperated,
      w.responsible,
      w.items,
      w.tasks,
      w.sections,
      w.partners,
      w.strength,
      Number(w.betweenness.toFixed(4)),
      w.load,
      verdicts.get(w.agencyId)?.flagged ?? false,
      bloc ?? '',
      head === undefined ? '' : (names.get(head) ?? head),
    ];
  });
  return csvTable(METRICS_CSV_COLUMNS, rows);
}
