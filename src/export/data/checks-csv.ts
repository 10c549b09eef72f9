// The notice's checks for spreadsheets: one row per finding, with where it is and what it names, so a
// reviewer can work through them (`npm run parse -- FILE --format checks`).
import { CHECK_LABELS, noticeChecks } from '../../analysis/checks.ts';
import { indexLines } from '../../notice/lines.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { csvTable, type CsvCell } from './csv.ts';

export const CHECKS_CSV_COLUMNS = ['check', 'line', 'column', 'items', 'agencies', 'message'] as const;

export function toChecksCsv(model: NoticeModel): string {
  const lines = indexLines(model.text);
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const rows = noticeChecks(model).map((c): CsvCell[] => {
    const at = lines.locate(c.offset);
    return [
      CHECK_LABELS[c.kind].en,
      at.line,
      at.column,
      c.items.join(' '),
      c.agencies.map((id) => names.get(id) ?? id).join('、'),
      c.message,
    ];
  });
  return csvTable(CHECKS_CSV_COLUMNS, rows);
}
