// The workload table for spreadsheets: one row per agency, heaviest first, with the figures the
// ranking view shows and whether the overload rule flags it — so a flag can be checked by hand.
import { overloadStats, overloadVerdicts } from '../../analysis/overload.ts';
import { computeWorkload, rankByLoad } from '../../analysis/workload.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { csvTable, type CsvCell } from './csv.ts';

export const WORKLOAD_CSV_COLUMNS = [
  'agency',
  'led',
  'joined',
  'tasks',
  'sections',
  'partners',
  'load',
  'flagged',
] as const;

/** With the default weights (lead 3, cooperate 1, responsible 2) and threshold (5 MADs), as the app opens. */
export function toWorkloadCsv(model: NoticeModel): string {
  const ranked = rankByLoad(computeWorkload(model));
  const verdicts = overloadVerdicts(ranked, model.agencies, overloadStats(ranked, model.agencies));
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const rows = ranked.map((w): CsvCell[] => [
    names.get(w.agencyId) ?? w.agencyId,
    w.led,
    w.joined,
    w.tasks,
    w.sections,
    w.partners,
    w.load,
    verdicts.get(w.agencyId)?.flagged ?? false,
  ]);
  return csvTable(WORKLOAD_CSV_COLUMNS, rows);
}
