// The agencies' load before and after as a dumbbell chart: one row per body, a hollow ring at its load
// in A, a filled dot at its load in B, the bar between them coloured by direction; agencies named in
// one notice only show one end and say so. The rows come sorted by the caller. A scene (plain marks):
// the view draws it as SVG and an export can write it as it is.
import { scaleLinear } from 'd3';
import { BAND, INK, MUTED_INK, PAPER, RULE } from '../graph/appearance.ts';
import type { Scene, SceneMark } from '../graph/scene.ts';
import { fitText, textWidth, widestText, wrapLines } from '../graph/scenes/text-fit.ts';
import type { ComparedAgency } from './agency-matching.ts';
import { DUMBBELL_ENGLISH, type DumbbellWords } from './load-dumbbell-words.ts';

/** Okabe–Ito vermilion and blue: more load and less load, apart for colour-blind readers too. */
export const MORE = '#D55E00';
export const LESS = '#0072B2';
export const BEFORE = '#7B8794';

export interface DumbbellOptions {
  readonly width?: number;
  /** English unless told. */
  readonly words?: DumbbellWords;
  /** How each row's agencies were matched, in the words' language; the core's English unless told. */
  readonly explain?: (row: ComparedAgency) => string;
  /** Short names of the two notices, for the key. */
  readonly labelA: string;
  readonly labelB: string;
  readonly highlight?: string | null;
}

export interface DumbbellScene extends Scene {
  readonly top: number;
  readonly rows: readonly { readonly key: string; readonly y: number; readonly height: number }[];
}

const MARGIN = 16;
const ROW = 26;
const LABEL = 13;
/** A name too long for one line takes two at this size (two fit the row's height). */
const LABEL_TWO = 11.5;
const LABEL_LINE = 12.5;
/** The names' column: as wide as the widest name, at least this, at most this share of the chart. */
const LABEL_MAX = 230;
const LABEL_SHARE = 0.42;
const END_TEXT = 150;
const DOT = 5.5;

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

function keyMarks(x: number, y: number, labelA: string, labelB: string, words: DumbbellWords): SceneMark[] {
  const marks: SceneMark[] = [];
  let at = x;
  const entry = (draw: SceneMark[], text: string) => {
    marks.push(...draw, { type: 'text', x: at + 14, y, text, size: 12, fill: INK, baseline: 'middle' });
    at += 14 + textWidth(text, 12) + 22;
  };
  entry(
    [{ type: 'circle', cx: at + 5, cy: y, r: DOT - 1, fill: PAPER, stroke: BEFORE, strokeWidth: 2 }],
    words.before(fitText(labelA, 12, 300)),
  );
  entry([{ type: 'circle', cx: at + 5, cy: y, r: DOT, fill: INK }], words.after(fitText(labelB, 12, 300)));
  entry([{ type: 'path', d: `M${at},${y}h12`, stroke: MORE, strokeWidth: 3 }], words.more);
  entry([{ type: 'path', d: `M${at},${y}h12`, stroke: LESS, strokeWidth: 3 }], words.less);
  return marks;
}

/** The widest the names' column may be in a chart this wide. */
function labelRoom(width: number): number {
  return Math.max(LABEL_MAX, Math.round(width * LABEL_SHARE));
}

/** The name in one line when it fits the column, else in two smaller ones (English names are long:
 *  "Regional Development and Reform Commission"); only a name longer than two lines loses its end. */
export function dumbbellLabelLines(name: string, room: number): { lines: string[]; size: number } {
  if (textWidth(name, LABEL) <= room) return { lines: [name], size: LABEL };
  return { lines: wrapLines(name, LABEL_TWO, room, 2), size: LABEL_TWO };
}

function rowMarks(
  row: ComparedAgency,
  y: number,
  x: (v: number) => number,
  left: number,
  room: number,
  words: DumbbellWords,
  explain: (row: ComparedAgency) => string,
): SceneMark[] {
  const ref = { kind: 'agency' as const, id: row.key };
  const mid = y + ROW / 2;
  const inA = row.idsA.length > 0;
  const inB = row.idsB.length > 0;
  const title = words.figures(explain(row), row, signed(row.change));
  const label = dumbbellLabelLines(row.name, room);
  const marks: SceneMark[] = label.lines.map((line, i) => ({
    type: 'text',
    x: left - 12,
    y: mid + (i - (label.lines.length - 1) / 2) * LABEL_LINE,
    text: line,
    size: label.size,
    fill: row.generic ? MUTED_INK : INK,
    anchor: 'end',
    baseline: 'middle',
    ref,
    title,
  }));
  const color = row.change > 0 ? MORE : row.change < 0 ? LESS : MUTED_INK;
  if (inA && inB && row.change !== 0)
    marks.push({
      type: 'path',
      d: `M${x(row.a.load)},${mid}H${x(row.b.load)}`,
      stroke: color,
      strokeWidth: 3,
      ref,
      title,
    });
  if (inA)
    marks.push({
      type: 'circle',
      cx: x(row.a.load),
      cy: mid,
      r: DOT - 1,
      fill: PAPER,
      stroke: BEFORE,
      strokeWidth: 2,
      ref,
      title,
    });
  if (inB)
    marks.push({ type: 'circle', cx: x(row.b.load), cy: mid, r: DOT, fill: inA ? INK : MORE, ref, title });
  const status = !inA
    ? words.new
    : !inB
      ? words.gone
      : row.rule === 'same-body'
        ? words.namedInA(row.namesA.join('/'))
        : '';
  const end = x(Math.max(row.a.load, row.b.load)) + 12;
  const figure = inA && inB ? signed(row.change) : String(inA ? row.a.load : row.b.load);
  marks.push({
    type: 'text',
    x: end,
    y: mid,
    text: figure,
    size: 13,
    weight: 600,
    fill: inA && inB ? color : INK,
    baseline: 'middle',
  });
  if (status)
    marks.push({
      type: 'text',
      x: end + textWidth(figure, 13) + 8,
      y: mid,
      text: status,
      size: 12,
      fill: !inA ? MORE : MUTED_INK,
      baseline: 'middle',
    });
  return marks;
}

export function loadDumbbellScene(rows: readonly ComparedAgency[], options: DumbbellOptions): DumbbellScene {
  const width = options.width ?? 1080;
  const room = labelRoom(width);
  const left = Math.ceil(
    MARGIN +
      Math.min(
        room,
        widestText(
          rows.map((r) => r.name),
          LABEL,
        ),
      ) +
      20,
  );
  const keyY = MARGIN + 8;
  const axisY = keyY + 36;
  const top = axisY + 10;
  const largest = Math.max(1, ...rows.flatMap((r) => [r.a.load, r.b.load]));
  const x = scaleLinear()
    .domain([0, largest])
    .nice(6)
    .range([left, Math.max(left + 160, width - END_TEXT - MARGIN)]);
  const words = options.words ?? DUMBBELL_ENGLISH;
  const explain = options.explain ?? ((row: ComparedAgency) => row.explanation);
  const marks: SceneMark[] = keyMarks(MARGIN, keyY, options.labelA, options.labelB, words);
  const bottom = top + rows.length * ROW;
  let grid = '';
  for (const t of x.ticks(6)) {
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
  marks.push({
    type: 'text',
    x: left - 12,
    y: axisY,
    text: words.axis,
    size: 12,
    fill: MUTED_INK,
    anchor: 'end',
    baseline: 'bottom',
  });
  const bands: SceneMark[] = [];
  const out: { key: string; y: number; height: number }[] = [];
  const body: SceneMark[] = [];
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    const selected = options.highlight === row.key;
    if (i % 2 === 1 || selected)
      bands.push({
        type: 'rect',
        x: MARGIN / 2,
        y,
        width: width - MARGIN,
        height: ROW,
        fill: i % 2 === 1 ? BAND : PAPER,
        ...(selected ? { stroke: INK, strokeWidth: 1.5 } : {}),
      });
    body.push(...rowMarks(row, y, x, left, room, words, explain));
    out.push({ key: row.key, y, height: ROW });
  });
  marks.push(...bands, { type: 'path', d: grid, stroke: RULE, strokeWidth: 1 }, ...body);
  return { width, height: bottom + MARGIN, background: PAPER, marks, rows: out, top };
}
