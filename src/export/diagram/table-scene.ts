// A table as scenes for the briefing pack: a heading, ruled rows whose cells wrap their text, and as
// many pages as the rows need, each with the column heads repeated.
import { BAND, INK, MUTED_INK, RULE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { breakText } from '../../graph/scenes/text-fit.ts';

export interface TableColumn {
  readonly head: string;
  readonly width: number;
  readonly align?: 'start' | 'end';
}

export interface TableSpec {
  readonly heading: string;
  readonly note?: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  /** The height one page may take; rows go on to the next page beyond it. */
  readonly pageHeight: number;
  /** Said above the heads of every page after the first: `(continued)`, `（续）`. */
  readonly continued?: string;
}

const SIZE = 12;
const LINE = SIZE * 1.45;
const PAD = 6;
const HEAD = 26;
const NOTE_SIZE = 11.5;

/** Lines of at most `width` wide: Chinese broken between any two characters, English at spaces and
 *  hyphens, so no word is split silently (one wider than the column is hyphenated). */
export function wrapText(text: string, size: number, width: number): string[] {
  return breakText(text, size, width);
}

export function tableScenes(spec: TableSpec): Scene[] {
  const width = spec.columns.reduce((sum, c) => sum + c.width, 0);
  const pages: Scene[] = [];
  let marks: SceneMark[] = [];
  let y = 0;
  let top = 0;
  const startPage = (continued: boolean) => {
    marks = [];
    top = 0;
    if (spec.heading) {
      marks.push({
        type: 'text',
        x: 0,
        y: 0,
        text: spec.heading,
        size: 17,
        weight: 600,
        fill: INK,
        baseline: 'top',
      });
      top += 30;
    }
    // Under the heading: the note on the first page, "continued" on the others.
    const line = continued ? (spec.continued ?? '(continued)') : spec.note;
    // Wrapped to the table's width: a long note must not run off the page.
    for (const text of line ? breakText(line, NOTE_SIZE, width) : []) {
      marks.push({ type: 'text', x: 0, y: top, text, size: NOTE_SIZE, fill: MUTED_INK, baseline: 'top' });
      top += NOTE_SIZE * 1.5;
    }
    if (line) top += 7;
    marks.push({ type: 'rect', x: 0, y: top, width, height: HEAD, fill: BAND });
    let x = 0;
    for (const column of spec.columns) {
      marks.push({
        type: 'text',
        x: column.align === 'end' ? x + column.width - PAD : x + PAD,
        y: top + HEAD / 2,
        text: column.head,
        size: 11.5,
        weight: 600,
        fill: INK,
        baseline: 'middle',
        anchor: column.align === 'end' ? 'end' : 'start',
      });
      x += column.width;
    }
    y = top + HEAD;
  };
  const endPage = () => pages.push({ width, height: Math.max(y, spec.pageHeight * 0.2), marks });
  startPage(false);
  for (const row of spec.rows) {
    const cells = spec.columns.map((c, i) => wrapText(row[i] ?? '', SIZE, c.width - PAD * 2));
    const height = Math.max(...cells.map((lines) => lines.length)) * LINE + PAD * 2;
    if (y + height > spec.pageHeight && y > top + HEAD) {
      endPage();
      startPage(true);
    }
    let x = 0;
    spec.columns.forEach((column, i) => {
      (cells[i] ?? []).forEach((line, k) =>
        marks.push({
          type: 'text',
          x: column.align === 'end' ? x + column.width - PAD : x + PAD,
          y: y + PAD + k * LINE,
          text: line,
          size: SIZE,
          fill: INK,
          baseline: 'top',
          anchor: column.align === 'end' ? 'end' : 'start',
        }),
      );
      x += column.width;
    });
    y += height;
    marks.push({ type: 'path', d: `M 0 ${y} H ${width}`, stroke: RULE, strokeWidth: 0.8 });
  }
  endPage();
  return pages;
}
