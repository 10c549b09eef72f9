// A table as scenes for the briefing pack: a heading, ruled rows whose cells wrap their text, and as
// many pages as the rows need, each with the column heads repeated.
import { BAND, INK, MUTED_INK, RULE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { textWidth } from '../../graph/scenes/text-fit.ts';

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

/** Lines of at most `width` wide, broken between characters (Chinese has no spaces to break at),
 *  or at the last space when the line holds one, so English words stay whole. */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, size) > width) {
      const space = line.lastIndexOf(' ');
      const breakAt = ch !== ' ' && space > line.length / 2 ? space : line.length;
      lines.push(line.slice(0, breakAt).trimEnd());
      line = (line.slice(breakAt) + ch).trimStart();
    } else {
      line += ch;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
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
    if (line) {
      marks.push({ type: 'text', x: 0, y: top, text: line, size: 11.5, fill: MUTED_INK, baseline: 'top' });
      top += 24;
    }
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
