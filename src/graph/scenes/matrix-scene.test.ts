// The agency × task matrix scene on the Manzhouli notice: the marks a reader counts, where they sit,
// and the key — the same scene the views draw and the exports write.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { ROLE_APPEARANCE } from '../appearance.ts';
import { agencyTaskMatrix } from '../matrix.ts';
import type { SceneMark, TextMark } from '../scene.ts';
import { cellAt } from './layered-scene.ts';
import { matrixScene } from './matrix-scene.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const matrix = agencyTaskMatrix(model, workloads, 'task');
const NDRC = 'ag:自治区发展改革委';
const ndrcRow = matrix.rows.findIndex((r) => r.agencyId === NDRC);

const texts = (marks: readonly SceneMark[]) =>
  marks.filter((m): m is TextMark & SceneMark => m.type === 'text');
const refs = (marks: readonly SceneMark[], kind: string) => marks.filter((m) => m.ref?.kind === kind);

describe('matrixScene, tasks as columns', () => {
  const scene = matrixScene(matrix, 'load');
  const { frame } = scene;

  it('labels one row per agency and one column per task, in the layers the heads stay in', () => {
    expect(refs(scene.layers.rowHeads, 'agency')).toHaveLength(45);
    expect(refs(scene.layers.columnHeads, 'task')).toHaveLength(29);
    expect(frame).toMatchObject({ rows: 45, columns: 29 });
    expect(scene.marks).toHaveLength(
      scene.layers.corner.length +
        scene.layers.columnHeads.length +
        scene.layers.rowHeads.length +
        scene.layers.body.length,
    );
  });

  it('draws one role mark per cell: 25 in 自治区发展改革委’s row, squares where it leads', () => {
    const cells = refs(scene.layers.body, 'cell');
    expect(cells).toHaveLength(matrix.cells.length);
    const ndrc = cells.filter((m) => m.ref?.id.startsWith(`${NDRC}|`));
    expect(ndrc).toHaveLength(25);
    const leads = ndrc.filter((m) => m.type === 'rect' && m.fill === ROLE_APPEARANCE.lead.color);
    const rings = ndrc.filter((m) => m.type === 'circle' && m.stroke === ROLE_APPEARANCE.cooperate.color);
    const ledCells = matrix.cells.filter((c) => c.row === ndrcRow && c.role === 'lead');
    expect(leads).toHaveLength(ledCells.length);
    expect(rings).toHaveLength(25 - ledCells.length);
    const taskOf = (m: SceneMark) => m.ref?.id.split('|')[1];
    // Items 2, 5, 16, 20, 22, 24, 26, 38 and 66 are the nine it leads; 22 and 24 share task 13.
    expect(leads.map(taskOf)).toEqual([2, 3, 8, 12, 13, 14, 17, 25].map((n) => `task-${n}`));
  });

  it('puts the heaviest agency on top and each mark in the middle of its cell', () => {
    const first = refs(scene.layers.rowHeads, 'agency')[0] as TextMark & SceneMark;
    expect(first.ref?.id).toBe(NDRC);
    expect(first.y).toBe(frame.top + frame.cellHeight / 2);
    const cell = matrix.cells.find((c) => c.row === ndrcRow) as (typeof matrix.cells)[number];
    const mark = refs(scene.layers.body, 'cell').find(
      (m) => m.ref?.id === `${NDRC}|${matrix.columns[cell.column]?.id}`,
    );
    const centre =
      mark?.type === 'rect'
        ? [mark.x + mark.width / 2, mark.y + mark.height / 2]
        : mark?.type === 'circle'
          ? [mark.cx, mark.cy]
          : [];
    expect(centre).toEqual([
      frame.left + (cell.column + 0.5) * frame.cellWidth,
      frame.top + frame.cellHeight / 2,
    ]);
    expect(cellAt(frame, centre[0] as number, centre[1] as number)).toEqual({
      position: 0,
      column: cell.column,
    });
  });

  it('writes the row totals (tasks, led, joined) beside the row and a total under each column', () => {
    const rowY = frame.top + frame.cellHeight / 2;
    const right = texts(scene.layers.body).filter(
      (t) => t.y === rowY && t.x > frame.left + 29 * frame.cellWidth,
    );
    expect(right.map((t) => t.text)).toEqual(['25', '9', '51']);
    const bottom = texts(scene.layers.body).filter((t) => t.y > frame.top + 45 * frame.cellHeight);
    expect(bottom.map((t) => Number(t.text))).toEqual(matrix.columns.map((c) => c.total));
  });

  it('has a key to the roles and a band per section', () => {
    const key = texts(scene.layers.corner).map((t) => t.text);
    expect(key).toEqual(
      expect.arrayContaining(['Leads (牵头)', 'Cooperates (配合)', '45 agencies × 29 tasks']),
    );
    const strips = scene.layers.columnHeads.filter((m) => m.type === 'rect' && m.title);
    expect(strips).toHaveLength(7);
  });

  it("wraps each section's title over its band, whole, rather than cutting it", () => {
    const lines = texts(scene.layers.columnHeads).filter(
      (t) => t.title && /^\d\. /.test(t.title) && !t.rotate,
    );
    const byTitle = new Map<string, string>();
    for (const t of lines) byTitle.set(t.title as string, (byTitle.get(t.title as string) ?? '') + t.text);
    expect(byTitle.size).toBe(7);
    for (const [title, text] of byTitle) expect(text.replace(/ /g, '')).toBe(title.replace(/ /g, ''));
    // 5. 提升城市承载能力 spans two task columns: four short lines, none cut.
    expect(lines.filter((t) => t.title === '5. 提升城市承载能力').map((t) => t.text)).toEqual([
      '5. 提',
      '升城市',
      '承载能',
      '力',
    ]);
  });

  it('writes every task title whole in its column head, wrapping the long one onto two lines', () => {
    const heads = texts(scene.layers.columnHeads).filter((t) => t.rotate === -90 && t.title?.includes(' · '));
    const whole = new Map<string, string>();
    for (const t of heads) whole.set(t.title as string, (whole.get(t.title as string) ?? '') + t.text);
    expect(whole.size).toBe(29);
    for (const [title, text] of whole) expect(title.endsWith(text)).toBe(true);
    expect(heads.filter((t) => t.title?.endsWith('29 消除和减缓不良环境影响的措施'))).toHaveLength(2);
  });

  it('keeps every mark inside the scene', () => {
    for (const m of scene.marks) {
      const [x, y] =
        m.type === 'rect' || m.type === 'text' ? [m.x, m.y] : m.type === 'circle' ? [m.cx, m.cy] : [0, 0];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(scene.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(scene.height);
    }
  });
});

describe('matrixScene options', () => {
  it('orders rows as the core says', () => {
    for (const order of ['load', 'name', 'cluster'] as const) {
      const rows = refs(matrixScene(matrix, order).layers.rowHeads, 'agency').map((m) => m.ref?.id);
      expect(rows).toEqual(matrix.orders[order].map((r) => matrix.rows[r]?.agencyId));
    }
  });

  it("outlines the highlighted agency's row and sets its label bold", () => {
    const scene = matrixScene(matrix, 'name', { highlight: NDRC });
    const label = refs(scene.layers.rowHeads, 'agency').find((m) => m.ref?.id === NDRC);
    expect(label?.type === 'text' && label.weight).toBe(700);
    const y = scene.frame.top + matrix.orders.name.indexOf(ndrcRow) * scene.frame.cellHeight;
    expect(scene.layers.body.some((m) => m.type === 'rect' && m.stroke && m.y === y)).toBe(true);
  });

  it('counts items in section columns: 自治区发展改革委 leads 9 and joins 51 across the 7 sections', () => {
    const bySection = agencyTaskMatrix(model, workloads, 'section');
    const scene = matrixScene(bySection, 'load');
    expect(refs(scene.layers.columnHeads, 'section')).toHaveLength(7);
    const rowY = scene.frame.top + scene.frame.cellHeight / 2;
    const inCells = texts(scene.layers.body).filter(
      (t) => t.y === rowY && t.x < scene.frame.left + 7 * scene.frame.cellWidth,
    );
    const sum = (role: 'lead' | 'cooperate') => {
      const marks = refs(scene.layers.body, 'cell').filter((m) => m.ref?.id.startsWith(`${NDRC}|`));
      const xs = marks
        .filter((m) => (role === 'lead' ? m.type === 'rect' : m.type === 'circle'))
        .map((m) => (m.type === 'rect' ? m.x + m.width : m.type === 'circle' ? m.cx : 0));
      return inCells
        .filter((t) => xs.some((x) => t.x > x && t.x - x < 16))
        .reduce((n, t) => n + Number(t.text), 0);
    };
    expect(sum('lead')).toBe(9);
    expect(sum('cooperate')).toBe(51);
  });

  it('gives item columns one column per item (77), with a lead square in each of the 9 items it leads', () => {
    const scene = matrixScene(agencyTaskMatrix(model, workloads, 'item'), 'cluster');
    expect(refs(scene.layers.columnHeads, 'item')).toHaveLength(77);
    const leads = refs(scene.layers.body, 'cell').filter(
      (m) => m.ref?.id.startsWith(`${NDRC}|`) && m.type === 'rect' && m.fill === ROLE_APPEARANCE.lead.color,
    );
    expect(leads.map((m) => m.ref?.id.split('|')[1])).toEqual(
      [2, 5, 16, 20, 22, 24, 26, 38, 66].map((n) => `item-${n}`),
    );
  });
});
