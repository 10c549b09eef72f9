// The agency × agency co-assignment matrix as a scene: in each cell the number of items the two agencies
// are named in together, in a mark whose shape gives the row agency's role and whose area grows with
// the count; the same order down and across, each agency's partners and items as totals, and the key
// in the corner. Ordered by bloc, the blocs are banded and keyed.
import { BAND, INK, MUTED_INK, PAPER, RULE } from '../appearance.ts';
import type { CoassignmentMatrix, RowOrder } from '../matrix.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark } from '../scene.ts';
import { agencyRowHeads } from './agency-row-heads.ts';
import { blocBandMarks, blocEntries, blocRuleMarks, blocRuns, type BlocColor } from './bloc-marks.ts';
import { layeredScene, type LayeredScene, type MatrixFrame } from './layered-scene.ts';
import { legendBlock, type LegendEntry } from './legend.ts';
import { GAP, LABEL_SIZE, MARGIN, NUMBER_SIZE, TOTAL_WIDTH } from './matrix-geometry.ts';
import { pairCellMarks, shareSide } from './pair-cell.ts';
import { say, type SceneLang, type Wording } from './scene-lang.ts';
import { fitText, widestText } from './text-fit.ts';

export { shareSide } from './pair-cell.ts';

export interface CoassignmentSceneOptions {
  readonly highlight?: string | null;
  readonly cell?: number;
  /** Band and key the coordination blocs, in these colours (when the rows are ordered by bloc). */
  readonly blocColor?: BlocColor;
  /** The label of the agency the rows are sorted by, for the caption. */
  readonly sortedBy?: string | null;
  /** The language of the key, caption and heads: an export's; on screen (none) English with glosses. */
  readonly lang?: SceneLang;
}

const MAX_HEAD = 170;
/** Room left of the row labels for the bloc bands. */
const BLOC_BAND = 10;

function maxShared(matrix: CoassignmentMatrix): number {
  let max = 0;
  matrix.counts.forEach((row, i) => row.forEach((c, j) => i !== j && c > max && (max = c)));
  return max;
}

const ROLE_KEY: Record<Role, Wording<string>> = {
  lead: { screen: 'row agency leads some (牵头)', en: 'row agency leads some', zh: '行机构牵头其中一些' },
  cooperate: {
    screen: 'row agency only cooperates (配合)',
    en: 'row agency only cooperates',
    zh: '行机构只配合',
  },
  responsible: { screen: 'row agency responsible (负责)', en: 'row agency responsible', zh: '行机构负责' },
};

const WORDS: Record<'shared' | 'blocs', Wording<string>> & { totals: Wording<readonly string[]> } = {
  shared: {
    screen: 'Items two agencies share',
    en: 'Items two agencies share',
    zh: '两个机构共同承担的事项',
  },
  blocs: { screen: 'Coordination blocs', en: 'Coordination blocs', zh: '协同集团' },
  totals: { screen: ['伙伴 partners', '条目 items'], en: ['partners', 'items'], zh: ['伙伴', '条目'] },
};
/** The key's marks: small enough to sit beside their labels. */
const KEY_SIDE = 15;

/** The key: the row agency's side of the pair by shape, with a count as the cells write it. */
function pairKey(matrix: CoassignmentMatrix, cell: number, lang: SceneLang | undefined): LegendEntry[] {
  const present = new Set(matrix.roles.flatMap((row, i) => row.filter((r, j) => r && i !== j)));
  const roles = (['lead', 'cooperate', 'responsible'] as const).filter((r) => present.has(r));
  return roles.map((role) => ({
    key: (cx: number, cy: number) => pairCellMarks(role, 3, cx + 1, cy, KEY_SIDE, cell),
    label: say(lang, ROLE_KEY[role]),
  }));
}

function cornerMarks(
  matrix: CoassignmentMatrix,
  n: number,
  cell: number,
  options: CoassignmentSceneOptions,
): { marks: SceneMark[]; width: number; height: number } {
  const lang = options.lang;
  const legend = legendBlock(MARGIN, MARGIN, say(lang, WORDS.shared), pairKey(matrix, cell, lang));
  const marks = [...legend.marks];
  let y = MARGIN + legend.height + 6;
  let width = legend.width + 8;
  if (options.blocColor) {
    const blocs = legendBlock(
      MARGIN,
      y + 6,
      say(lang, WORDS.blocs),
      blocEntries(matrix.blocs, options.blocColor),
    );
    marks.push(...blocs.marks);
    y += blocs.height + 12;
    width = Math.max(width, blocs.width);
  }
  const lines = [lang === 'zh' ? `${n} 个机构 × ${n} 个机构` : `${n} agencies × ${n} agencies`];
  if (options.sortedBy)
    lines.push(
      lang === 'zh'
        ? `按与${options.sortedBy}共同承担的事项排序`
        : `sorted by items shared with ${options.sortedBy}`,
    );
  lines.forEach((text, i) =>
    marks.push({
      type: 'text',
      x: MARGIN,
      y: y + 6 + i * 17,
      text,
      size: 12,
      fill: MUTED_INK,
      baseline: 'top',
    }),
  );
  return { marks, width, height: y + 6 + lines.length * 17 - MARGIN };
}

export function coassignmentScene(
  matrix: CoassignmentMatrix,
  order: RowOrder | readonly number[],
  options: CoassignmentSceneOptions = {},
): LayeredScene {
  const rowOrder = typeof order === 'string' ? matrix.orders[order] : order;
  const cell = options.cell ?? (matrix.rows.length > 150 ? 14 : 26);
  const max = maxShared(matrix);
  const n = rowOrder.length;
  const corner = cornerMarks(matrix, n, cell, options);
  const labels = widestText(
    matrix.rows.map((r) => r.label),
    LABEL_SIZE,
  );
  const band = options.blocColor ? BLOC_BAND : 0;
  const left = Math.ceil(Math.max(MARGIN + band + labels + 14, MARGIN + corner.width + 12));
  const top = Math.ceil(Math.max(MARGIN + Math.min(MAX_HEAD, labels) + 12, MARGIN + corner.height + 16));
  const frame: MatrixFrame = { left, top, cellWidth: cell, cellHeight: cell, rows: n, columns: n };
  const totalsX = left + n * cell + GAP;
  const width = totalsX + 2 * TOTAL_WIDTH + MARGIN;
  const height = top + n * cell + MARGIN;
  const highlight = options.highlight ?? null;
  const body = bodyMarks(matrix, rowOrder, frame, max, totalsX, highlight);
  const rowHeads = agencyRowHeads(matrix.rows, rowOrder, frame, height, highlight);
  if (options.blocColor) {
    const runs = blocRuns(matrix.rows, rowOrder);
    body.push(
      ...blocRuleMarks(runs, frame, n * cell + GAP + 2 * TOTAL_WIDTH),
      ...blocSquares(runs, frame, options.blocColor),
    );
    rowHeads.push(...blocBandMarks(runs, frame, MARGIN / 2, options.blocColor));
  }
  return layeredScene(
    width,
    height,
    frame,
    {
      corner: corner.marks,
      columnHeads: headMarks(matrix, rowOrder, frame, { totalsX, width, highlight, lang: options.lang }),
      rowHeads,
      body,
    },
    PAPER,
  );
}

/** Each bloc's own block on the diagonal, outlined in its colour: the pairs inside one bloc. */
function blocSquares(runs: ReturnType<typeof blocRuns>, frame: MatrixFrame, color: BlocColor): SceneMark[] {
  const { left, top, cellWidth: cell } = frame;
  return runs.flatMap((run): SceneMark[] =>
    run.bloc === null
      ? []
      : [
          {
            type: 'rect',
            x: left + run.start * cell + 0.75,
            y: top + run.start * cell + 0.75,
            width: (run.end - run.start) * cell - 1.5,
            height: (run.end - run.start) * cell - 1.5,
            stroke: color(run.bloc),
            strokeWidth: 1.5,
          },
        ],
  );
}

function headMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  at: { totalsX: number; width: number; highlight: string | null; lang: SceneLang | undefined },
): SceneMark[] {
  const { totalsX, width, highlight } = at;
  const { left, top, cellWidth } = frame;
  const marks: SceneMark[] = [{ type: 'rect', x: left, y: 0, width: width - left, height: top, fill: PAPER }];
  rowOrder.forEach((r, p) => {
    const row = matrix.rows[r];
    if (!row) return;
    const selected = row.agencyId === highlight;
    marks.push({
      type: 'text',
      x: left + p * cellWidth + cellWidth / 2,
      y: top - 6,
      text: fitText(row.label, LABEL_SIZE, top - MARGIN - 12),
      size: LABEL_SIZE,
      fill: row.generic ? MUTED_INK : INK,
      rotate: -90,
      baseline: 'middle',
      ...(selected ? { weight: 700 as const } : {}),
      ref: { kind: 'agency', id: row.agencyId },
      title: row.name,
    });
  });
  say(at.lang, WORDS.totals).forEach((text, i) =>
    marks.push({
      type: 'text',
      x: totalsX + i * TOTAL_WIDTH + TOTAL_WIDTH / 2,
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

function bodyMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  max: number,
  totalsX: number,
  highlight: string | null,
): SceneMark[] {
  const { left, top, cellWidth: cell, rows: n } = frame;
  let grid = '';
  for (let p = 0; p <= n; p++)
    grid += `M${left},${top + p * cell}H${left + n * cell}M${left + p * cell},${top}V${top + n * cell}`;
  const marks: SceneMark[] = [{ type: 'path', d: grid, stroke: RULE, strokeWidth: 1 }];
  const at = rowOrder.findIndex((r) => matrix.rows[r]?.agencyId === highlight);
  if (at >= 0) {
    const outline = { type: 'rect', stroke: INK, strokeWidth: 1.5 } as const;
    marks.push({ ...outline, x: left, y: top + at * cell, width: n * cell, height: cell });
    marks.push({ ...outline, x: left + at * cell, y: top, width: cell, height: n * cell });
  }
  rowOrder.forEach((i, p) => {
    marks.push(...pairMarks(matrix, rowOrder, frame, max, i, p));
    const counts = matrix.counts[i] ?? [];
    const partners = counts.reduce((k, c, j) => k + (j !== i && c > 0 ? 1 : 0), 0);
    const y = top + p * cell + cell / 2;
    for (const [k, value] of [partners, counts[i] ?? 0].entries()) {
      const x = totalsX + k * TOTAL_WIDTH + TOTAL_WIDTH / 2;
      marks.push({
        type: 'text',
        x,
        y,
        text: String(value),
        size: NUMBER_SIZE,
        fill: INK,
        anchor: 'middle',
        baseline: 'middle',
      });
    }
  });
  return marks;
}

/** One row of cells: the agency's own cell shaded, a square for each partner. */
function pairMarks(
  matrix: CoassignmentMatrix,
  rowOrder: readonly number[],
  frame: MatrixFrame,
  max: number,
  i: number,
  p: number,
): SceneMark[] {
  const { left, top, cellWidth: cell } = frame;
  const a = matrix.rows[i];
  const counts = matrix.counts[i] ?? [];
  const marks: SceneMark[] = [];
  const y = top + p * cell;
  rowOrder.forEach((j, q) => {
    const x = left + q * cell;
    if (i === j)
      return void marks.push({
        type: 'rect',
        x: x + 1,
        y: y + 1,
        width: cell - 2,
        height: cell - 2,
        fill: BAND,
      });
    const count = counts[j] ?? 0;
    const s = shareSide(count, max, cell);
    if (s === 0) return;
    const b = matrix.rows[j];
    const role = matrix.roles[i]?.[j] ?? 'cooperate';
    const led = matrix.led[i]?.[j] ?? 0;
    const side = led > 0 ? `; ${a?.name} leads ${led}` : '';
    marks.push(
      ...pairCellMarks(role, count, x + cell / 2, y + cell / 2, s, cell, {
        ref: { kind: 'cell', id: `${a?.agencyId}|${b?.agencyId}` },
        title: `${a?.name} & ${b?.name}: ${count} ${count === 1 ? 'item' : 'items'} together${side}`,
      }),
    );
  });
  return marks;
}
