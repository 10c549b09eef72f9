// The outline as a flat list of rows (section headings, task headings, items) and the window of rows a
// virtualised list draws: a notice of 3,000 items would otherwise put 50,000 elements in the page.
// Rows have different heights; those not yet drawn are estimated, those drawn are measured, and the
// offsets are prefix sums over both. Pure: the view measures, this arithmetic decides.
import type { ItemId } from '../notice/model.ts';
import type { OutlineItem, OutlineSection, OutlineTask } from './outline-tree.ts';

export type OutlineRow =
  /** The room between one section and the next. */
  | { readonly kind: 'gap'; readonly key: string; readonly s: number }
  | { readonly kind: 'section'; readonly key: string; readonly section: OutlineSection; readonly s: number }
  | {
      readonly kind: 'task';
      readonly key: string;
      readonly task: OutlineTask;
      readonly s: number;
      readonly t: number;
    }
  | {
      readonly kind: 'item';
      readonly key: string;
      readonly entry: OutlineItem;
      readonly s: number;
      readonly t: number;
    };

export interface OutlineRows {
  readonly rows: readonly OutlineRow[];
  /** Each section's heading row, by section index. */
  readonly sectionRow: readonly number[];
  readonly itemRow: ReadonlyMap<ItemId, number>;
}

/** Rows in reading order. Headings without a section or task (items the parser could not place) have no row. */
export function outlineRows(tree: readonly OutlineSection[]): OutlineRows {
  const rows: OutlineRow[] = [];
  const sectionRow: number[] = [];
  const itemRow = new Map<ItemId, number>();
  tree.forEach((section, s) => {
    if (s > 0) rows.push({ kind: 'gap', key: `g${s}`, s });
    sectionRow.push(rows.length);
    rows.push({ kind: 'section', key: `s${s}`, section, s });
    section.tasks.forEach((task, t) => {
      rows.push({ kind: 'task', key: `s${s}t${t}`, task, s, t });
      for (const entry of task.items) {
        itemRow.set(entry.item.id, rows.length);
        rows.push({ kind: 'item', key: entry.item.id, entry, s, t });
      }
    });
  });
  return { rows, sectionRow, itemRow };
}

/** Room between sections, in CSS pixels (Outline.css). */
export const SECTION_GAP = 8;

/** Characters of an item's label per line at the outline's usual width. */
const LABEL_CHARS_PER_LINE = 26;

/** A first guess at a row's height in CSS pixels, before it is drawn and measured. */
export function estimateRowHeight(row: OutlineRow): number {
  if (row.kind === 'gap') return SECTION_GAP;
  if (row.kind === 'section') return row.section.section ? 56 : 0;
  if (row.kind === 'task') return row.task.task ? 44 : 14;
  const { item, label } = row.entry;
  const lines = Math.max(1, Math.ceil(label.length / LABEL_CHARS_PER_LINE));
  const chips = item.leads.length + item.cooperators.length + item.responsible.length;
  const chipLines = Math.max(1, Math.ceil(chips / 3));
  return 19 + lines * 23 + 6 + chipLines * 26 + (item.deadline ? 26 : 0);
}

/** offsets[i] is where row i starts; offsets[n] the height of all rows. */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = (offsets[i] as number) + (heights[i] as number);
  return offsets;
}

/** The row at height `y` (the last row when below them all). */
export function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows [start, end) to draw for a viewport from `top`, `height` high, with `margin` pixels of rows
 *  above and below it, so a short scroll or a Tab to the next item finds them drawn already. */
export function rowWindow(
  offsets: Float64Array,
  top: number,
  height: number,
  margin: number,
): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, Math.max(0, top - margin));
  const end = Math.min(n, rowAt(offsets, top + height + margin) + 1);
  return { start, end };
}
