// The agency × task matrix as a scene: agencies down, tasks (items, sections) across under section
// bands (their titles wrapped, not cut), the role in each cell as its mark, totals to the right and
// below, and the key in the corner. Ordered by bloc, the blocs are banded and keyed.
import { BAND, INK, MUTED_INK, PAPER, RULE, sectionColor } from '../appearance.ts';
import type { AgencyTaskMatrix, RowOrder } from '../matrix.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark } from '../scene.ts';
import { layeredScene, type LayeredScene } from './layered-scene.ts';
import { agencyRowHeads } from './agency-row-heads.ts';
import { blocBandMarks, blocEntries, blocRuleMarks, blocRuns, type BlocColor } from './bloc-marks.ts';
import { legendBlock, roleEntries } from './legend.ts';
import { matrixCellMarks } from './matrix-cells.ts';
import {
  BAND_LINE,
  BAND_TEXT,
  bandLines,
  columnGroups,
  columnText,
  LABEL_SIZE,
  MARGIN,
  matrixGeometry,
  NUMBER_SIZE,
  TOTAL_WIDTH,
  type MatrixGeometry,
} from './matrix-geometry.ts';
import { say, type SceneLang, type Wording } from './scene-lang.ts';
import { fitText, textWidth, wrapLines } from './text-fit.ts';

export interface MatrixSceneOptions {
  /** The agency whose row is outlined, e.g. the one selected in another view. */
  readonly highlight?: string | null;
  readonly cellWidth?: number;
  readonly cellHeight?: number;
  /** How many columns the whole matrix has, when only some are drawn (a view scrolled across). */
  readonly wholeColumns?: number;
  /** Band and key the coordination blocs, in these colours (when the rows are ordered by bloc). */
  readonly blocColor?: BlocColor;
  /** The label of the agency the rows and columns are sorted by, for the caption. */
  readonly sortedBy?: string | null;
  /** The language of the key, caption and heads: an export's; on screen (none) glossed in both. */
  readonly lang?: SceneLang;
}

/** Room left of the row labels for the bloc bands. */
const BLOC_BAND = 10;

const NOUN = { task: 'tasks', item: 'items', section: 'sections' } as const;
/** `12 of 45` when only part is drawn, else `45`. */
const part = (shown: number, whole: number) => (shown < whole ? `${shown} of ${whole}` : String(whole));
const NOUN_ZH = { task: '任务', item: '条目', section: '部分' } as const;
const MEASURE_ZH = { task: '项', item: '项', section: '个' } as const;

const WORDS: Record<'roles' | 'blocs' | 'named', Wording<string>> = {
  roles: { screen: 'Role of the agency', en: 'Role of the agency', zh: '机构的角色' },
  blocs: { screen: 'Coordination blocs', en: 'Coordination blocs', zh: '协同集团' },
  named: { screen: 'agencies named 单位数', en: 'agencies named', zh: '单位数' },
};

/** `45 agencies × 29 tasks`, `2 of 45 agencies × …` when part is drawn; `45 个机构 × 29 项任务`. */
function sizeCaption(
  matrix: AgencyTaskMatrix,
  rows: number,
  columns: { shown: number; whole: number },
  lang: SceneLang | undefined,
): string {
  if (lang !== 'zh')
    return `${part(rows, matrix.rows.length)} agencies × ${part(columns.shown, columns.whole)} ${NOUN[matrix.mode]}`;
  const zh = (shown: number, whole: number) => (shown < whole ? `${shown}/${whole}` : String(whole));
  return `${zh(rows, matrix.rows.length)} 个机构 × ${zh(columns.shown, columns.whole)} ${MEASURE_ZH[matrix.mode]}${NOUN_ZH[matrix.mode]}`;
}

/** The heads of the totals: the row's columns, items led, items joined. */
function totalHeads(mode: AgencyTaskMatrix['mode'], lang: SceneLang | undefined): string[] {
  return say(lang, {
    screen: [`${NOUN_ZH[mode]} ${NOUN[mode]}`, '牵头 led', '参与 joined'],
    en: [NOUN[mode], 'led', 'joined'],
    zh: [NOUN_ZH[mode], '牵头', '参与'],
  });
}

export function matrixScene(
  matrix: AgencyTaskMatrix,
  order: RowOrder | readonly number[],
  options: MatrixSceneOptions = {},
): LayeredScene {
  const rowOrder = typeof order === 'string' ? matrix.orders[order] : order;
  const roles = new Set<Role>(matrix.cells.map((c) => c.role));
  const legend = legendBlock(
    MARGIN,
    MARGIN,
    say(options.lang, WORDS.roles),
    roleEntries(
      (['lead', 'cooperate', 'responsible'] as const).filter((r) => roles.has(r)),
      options.lang,
    ),
  );
  const blocs = options.blocColor
    ? legendBlock(
        MARGIN,
        MARGIN + legend.height + 12,
        say(options.lang, WORDS.blocs),
        blocEntries(matrix.blocs, options.blocColor),
      )
    : null;
  const keyHeight = legend.height + (blocs ? blocs.height + 12 : 0);
  const columns = { shown: matrix.columns.length, whole: options.wholeColumns ?? matrix.columns.length };
  const caption = [
    sizeCaption(matrix, rowOrder.length, columns, options.lang),
    ...(options.sortedBy
      ? [options.lang === 'zh' ? `按${options.sortedBy}排序` : `sorted by ${options.sortedBy}`]
      : []),
  ];
  const geo = matrixGeometry(
    matrix,
    MARGIN + Math.max(legend.width, blocs?.width ?? 0) + 12,
    MARGIN + keyHeight + 24 + caption.length * 16,
    {
      ...(options.cellWidth ? { width: options.cellWidth } : {}),
      ...(options.cellHeight ? { height: options.cellHeight } : {}),
      wrapBands: !options.sortedBy,
      ...(options.lang ? { lang: options.lang } : {}),
    },
    rowOrder.length,
    blocs ? BLOC_BAND : 0,
  );
  const corner: SceneMark[] = [
    ...legend.marks,
    ...(blocs?.marks ?? []),
    ...caption.map((text, i): SceneMark => ({
      type: 'text',
      x: MARGIN,
      y: MARGIN + keyHeight + 12 + i * 16,
      text,
      size: 12,
      fill: MUTED_INK,
      baseline: 'top',
    })),
  ];
  const rowHeads = rowHeadMarks(matrix, rowOrder, geo, options.highlight ?? null, options.lang);
  const body = bodyMarks(matrix, rowOrder, geo, options.highlight ?? null);
  if (options.blocColor) {
    const runs = blocRuns(matrix.rows, rowOrder);
    rowHeads.push(...blocBandMarks(runs, geo.frame, MARGIN / 2, options.blocColor));
    body.push(...blocRuleMarks(runs, geo.frame, geo.width - geo.frame.left - MARGIN / 2));
  }
  return layeredScene(
    geo.width,
    geo.height,
    geo.frame,
    {
      corner,
      columnHeads: columnHeadMarks(matrix, geo, options.lang),
      rowHeads,
      body,
    },
    PAPER,
  );
}

/** The section bands over the column heads: a strip in the section's colour under its title, the
 *  title wrapped over the band's width. With several notices in view the strip takes the notice's
 *  colour (the title already carries its letter, `B·3.`), so a reader sees where one notice ends. */
function bandMarks(matrix: AgencyTaskMatrix, geo: MatrixGeometry): SceneMark[] {
  const { left, top, cellWidth } = geo.frame;
  const bottom = top - geo.headHeight;
  return columnGroups(matrix).flatMap((g): SceneMark[] => {
    const x = left + g.start * cellWidth;
    const width = (g.end - g.start) * cellWidth;
    const strip: SceneMark = {
      type: 'rect',
      x: x + 1,
      y: bottom - 6,
      width: width - 2,
      height: g.color ? 5 : 4,
      fill: g.color ?? sectionColor(g.section + 1),
      title: g.label,
    };
    const lines = bandLines(g, cellWidth, geo.wrapBands);
    return [
      strip,
      ...lines.map((text, i): SceneMark => ({
        type: 'text',
        x: x + 3,
        y: bottom - 10 - (lines.length - 1 - i) * BAND_LINE,
        text,
        size: BAND_TEXT,
        fill: INK,
        title: g.label,
      })),
    ];
  });
}

/** A column's label, rotated; one too long for the head wraps onto a second line beside the first. */
function columnLabelMarks(
  matrix: AgencyTaskMatrix,
  geo: MatrixGeometry,
  c: number,
  lang: SceneLang | undefined,
): SceneMark[] {
  const { left, top, cellWidth } = geo.frame;
  const col = matrix.columns[c];
  if (!col) return [];
  const text = columnText(matrix, c, lang);
  const room = geo.headHeight - 10;
  const two = cellWidth >= 22 && fitText(text, LABEL_SIZE, room) !== text;
  const size = two ? LABEL_SIZE - 1 : LABEL_SIZE;
  // Two lines of about equal length read as one label; a long line and a stray character do not.
  const half = Math.min(room, textWidth(text, size) / 2 + size);
  const lines = two ? wrapLines(text, size, half, 2) : [fitText(text, size, room)];
  const cx = left + c * cellWidth + cellWidth / 2;
  return lines.map((line, i) => ({
    type: 'text',
    x: cx + (lines.length === 1 ? 0 : (i - 0.5) * size),
    y: top - 6,
    text: line,
    size,
    fill: INK,
    rotate: -90,
    baseline: 'middle',
    ...(i === 0 ? { ref: { kind: matrix.mode, id: col.id } } : {}),
    title: `${col.groupLabel} · ${text}`,
  }));
}

function columnHeadMarks(
  matrix: AgencyTaskMatrix,
  geo: MatrixGeometry,
  lang: SceneLang | undefined,
): SceneMark[] {
  const { left, top } = geo.frame;
  const marks: SceneMark[] = [
    { type: 'rect', x: left, y: 0, width: geo.width - left, height: top, fill: PAPER },
  ];
  marks.push(...bandMarks(matrix, geo));
  matrix.columns.forEach((_, c) => marks.push(...columnLabelMarks(matrix, geo, c, lang)));
  totalHeads(matrix.mode, lang).forEach((text, i) =>
    marks.push({
      type: 'text',
      x: geo.totalsX + i * TOTAL_WIDTH + TOTAL_WIDTH / 2,
      y: top - 6,
      text,
      size: LABEL_SIZE,
      fill: INK,
      weight: 600,
      rotate: -90,
      baseline: 'middle',
    }),
  );
  return marks;
}

function rowHeadMarks(
  matrix: AgencyTaskMatrix,
  rowOrder: readonly number[],
  geo: MatrixGeometry,
  highlight: string | null,
  lang: SceneLang | undefined,
): SceneMark[] {
  const { left, cellHeight } = geo.frame;
  const marks = agencyRowHeads(matrix.rows, rowOrder, geo.frame, geo.height, highlight, (row) =>
    row.generic
      ? `${row.name}${lang === 'zh' ? '（泛指主体，非单一机构）' : ' (generic: not one agency)'}`
      : row.name,
  );
  marks.push({
    type: 'text',
    x: left - 8,
    y: geo.totalsY + cellHeight / 2,
    text: say(lang, WORDS.named),
    size: 12,
    fill: MUTED_INK,
    anchor: 'end',
    baseline: 'middle',
  });
  return marks;
}

function bodyMarks(
  matrix: AgencyTaskMatrix,
  rowOrder: readonly number[],
  geo: MatrixGeometry,
  highlight: string | null,
): SceneMark[] {
  const { left, top, cellWidth, cellHeight, rows, columns } = geo.frame;
  const height = rows * cellHeight;
  const marks: SceneMark[] = [];
  // Every other section shaded, so a column can be traced to its band while the eye runs down.
  for (const g of columnGroups(matrix)) {
    if (g.section % 2 === 1)
      marks.push({
        type: 'rect',
        x: left + g.start * cellWidth,
        y: top,
        width: (g.end - g.start) * cellWidth,
        height,
        fill: BAND,
      });
  }
  let grid = '';
  for (let p = 0; p <= rows; p++) grid += `M${left},${top + p * cellHeight}H${left + columns * cellWidth}`;
  marks.push({ type: 'path', d: grid, stroke: RULE, strokeWidth: 1 });
  const position = new Map(rowOrder.map((r, p) => [r, p]));
  const highlighted = matrix.rows.findIndex((r) => r.agencyId === highlight);
  const at = position.get(highlighted);
  if (at !== undefined)
    marks.push({
      type: 'rect',
      x: left,
      y: top + at * cellHeight,
      width: geo.width - left - MARGIN / 2,
      height: cellHeight,
      stroke: INK,
      strokeWidth: 1.5,
    });
  for (const cell of matrix.cells) {
    const p = position.get(cell.row);
    if (p !== undefined)
      marks.push(
        ...matrixCellMarks(matrix, cell, left + cell.column * cellWidth, top + p * cellHeight, geo.frame),
      );
  }
  marks.push(...totalMarks(matrix, rowOrder, geo));
  return marks;
}

function totalMarks(matrix: AgencyTaskMatrix, rowOrder: readonly number[], geo: MatrixGeometry): SceneMark[] {
  const { left, top, cellWidth, cellHeight } = geo.frame;
  const marks: SceneMark[] = [];
  const number = (x: number, y: number, value: number, fill = INK): SceneMark => ({
    type: 'text',
    x,
    y,
    text: String(value),
    size: NUMBER_SIZE,
    fill,
    anchor: 'middle',
    baseline: 'middle',
  });
  rowOrder.forEach((r, p) => {
    const row = matrix.rows[r];
    if (!row) return;
    const y = top + p * cellHeight + cellHeight / 2;
    const x = geo.totalsX + TOTAL_WIDTH / 2;
    marks.push(
      number(x, y, row.total),
      number(x + TOTAL_WIDTH, y, row.led),
      number(x + 2 * TOTAL_WIDTH, y, row.joined),
    );
  });
  matrix.columns.forEach((col, c) =>
    marks.push(
      number(left + c * cellWidth + cellWidth / 2, geo.totalsY + cellHeight / 2, col.total, MUTED_INK),
    ),
  );
  return marks;
}
