// Stored rows are checked before the app sees them, as a file would be: a row written by a buggy
// build, or edited in the developer tools, is left out and reported, never handed to the views.
import { z } from 'zod';
import {
  correctionOpSchema,
  noteSchema,
  noticeFields,
  savedViewSchema,
  timestamp,
  viewStateSchema,
} from '../workspace/file-schema.ts';
import type { NoticeSummary, SessionState } from '../workspace/records.ts';
import type { SourceRow } from './rows.ts';

const noticeRow: z.ZodType<NoticeSummary> = z.object(noticeFields);

const sourceRow: z.ZodType<SourceRow> = z.object({
  id: noticeFields.id,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), text: z.string() }),
    z.object({ kind: z.literal('bytes'), bytes: z.instanceof(Uint8Array) }),
  ]),
});

const sessionState: z.ZodType<SessionState> = z.object({
  view: viewStateSchema,
  savedViewId: z.string().nullable(),
  focus: z.string().nullable(),
  search: z.string(),
  updatedAt: timestamp,
});

export const ROW_SCHEMAS = {
  notices: noticeRow,
  sources: sourceRow,
  corrections: correctionOpSchema,
  savedViews: savedViewSchema,
  notes: noteSchema,
  session: sessionState,
} as const satisfies Record<string, z.ZodType>;

export type CheckedTable = keyof typeof ROW_SCHEMAS;

/** Rows that were left out, counted per table, for one report. */
export type RowRejects = (table: CheckedTable, count: number) => void;

export function checkRows<K extends CheckedTable>(
  table: K,
  rows: readonly unknown[],
  reject: RowRejects,
): z.output<(typeof ROW_SCHEMAS)[K]>[] {
  const kept: z.output<(typeof ROW_SCHEMAS)[K]>[] = [];
  for (const row of rows) {
    const checked = ROW_SCHEMAS[table].safeParse(row);
    if (checked.success) kept.push(checked.data as z.output<(typeof ROW_SCHEMAS)[K]>);
  }
  if (kept.length < rows.length) reject(table, rows.length - kept.length);
  return kept;
}
