// The body of a notice as the walk reads it: sections, tasks and items with offsets in the normalised
// text (parse.ts maps them back to the original and gives them ids).
import type { MarkerReading } from './marker.ts';

export interface RawSection {
  readonly ordinal: number;
  readonly title: string;
  readonly start: number;
}

export interface RawTask {
  readonly ordinal: number;
  readonly title: string;
  readonly start: number;
  readonly section: number | null;
}

export interface RawItem {
  readonly start: number;
  readonly end: number;
  readonly marker: { readonly start: number; readonly end: number };
  readonly task: number | null;
  readonly section: number | null;
  readonly title: string | null;
  /** The item's numbering below its task, as written: `1.`, `1.（2）`. */
  readonly number: string | null;
  readonly reading: MarkerReading;
  /** A standing rule stated by an earlier marker (`…，下同`) that this item carries. */
  readonly carriedRule: string | null;
}

export interface Body {
  readonly sections: readonly RawSection[];
  readonly tasks: readonly RawTask[];
  readonly items: readonly RawItem[];
  /** Standing allocations and rules stated in markers (`以下均需各县政府落实，不再列出`), in order. */
  readonly standing: readonly string[];
  /** The notice is numbered at this one level only (its headings are tasks), or null. */
  readonly oneLevel: number | null;
  /** Index of the first line that belongs to the body (a heading, a label line or a marker). */
  readonly firstBodyLine: number;
}
