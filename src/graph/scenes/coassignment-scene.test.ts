// The co-assignment scene on the Manzhouli notice: a mark for every pair named together, sized by how
// often and carrying the count, its shape the row agency's role; the same order down and across; the
// key; bloc bands when ordered by bloc.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { agencyTaskMatrix, coassignmentMatrix } from '../matrix.ts';
import type { SceneMark } from '../scene.ts';
import { coassignmentScene, shareSide } from './coassignment-scene.ts';

const model = parseNotice(seedBytes());
const co = coassignmentMatrix(model, agencyTaskMatrix(model, computeWorkload(model)));
const cells = (marks: readonly SceneMark[]) => marks.filter((m) => m.ref?.kind === 'cell');

describe('coassignmentScene', () => {
  const scene = coassignmentScene(co, 'cluster');
  const { frame } = scene;

  it('labels every agency down and across, in the same order', () => {
    const down = scene.layers.rowHeads.filter((m) => m.ref?.kind === 'agency').map((m) => m.ref?.id);
    const across = scene.layers.columnHeads.filter((m) => m.ref?.kind === 'agency').map((m) => m.ref?.id);
    expect(down).toHaveLength(45);
    expect(across).toEqual(down);
    expect(down).toEqual(co.orders.cluster.map((r) => co.rows[r]?.agencyId));
  });

  it('draws one square per ordered pair named together, never on the diagonal', () => {
    let pairs = 0;
    co.counts.forEach((row, i) => row.forEach((c, j) => i !== j && c > 0 && pairs++));
    expect(cells(scene.layers.body)).toHaveLength(pairs);
    for (const m of cells(scene.layers.body)) {
      const [a, b] = m.ref?.id.split('|') ?? [];
      expect(a).not.toBe(b);
    }
  });

  it('writes the items two agencies share in their cell, the shape giving the row’s role: 商务厅 × 发展改革委', () => {
    const a = co.rows.findIndex((r) => r.name === '自治区发展改革委');
    const b = co.rows.findIndex((r) => r.name === '自治区商务厅');
    const count = co.counts[a]?.[b] ?? 0;
    expect(count).toBe(26);
    const pa = co.orders.cluster.indexOf(a);
    const pb = co.orders.cluster.indexOf(b);
    const centre = (p: number) => frame.left + p * frame.cellWidth + frame.cellWidth / 2;
    const written = scene.layers.body.find(
      (m) =>
        m.type === 'text' &&
        m.x === centre(pa) &&
        m.y === frame.top + pb * frame.cellHeight + frame.cellWidth / 2,
    );
    expect(written?.type === 'text' && written.text).toBe('26');
    const mark = cells(scene.layers.body).find((m) => m.ref?.id === `ag:自治区商务厅|ag:自治区发展改革委`);
    const led = co.led[b]?.[a] ?? 0;
    expect(mark?.title).toBe(`自治区商务厅 & 自治区发展改革委: 26 items together; 自治区商务厅 leads ${led}`);
    // 商务厅 leads some of what it shares with 发展改革委: the lead's filled square.
    expect(led).toBeGreaterThan(0);
    expect(mark?.type).toBe('rect');
    let max = 0;
    co.counts.forEach((row, i) => row.forEach((c, j) => i !== j && (max = Math.max(max, c))));
    expect(mark?.type === 'rect' && mark.width).toBeCloseTo(shareSide(count, max, frame.cellWidth), 6);
    expect(shareSide(max, max, frame.cellWidth)).toBe(frame.cellWidth - 4);
    expect(shareSide(1, max, frame.cellWidth)).toBeGreaterThanOrEqual(13);
  });

  it("draws a ring where the row's agency only cooperates in what the pair shares", () => {
    const rings = cells(scene.layers.body).filter((m) => m.type === 'circle');
    expect(rings.length).toBeGreaterThan(0);
    for (const ring of rings) {
      const [a, b] = ring.ref?.id.split('|') ?? [];
      const i = co.rows.findIndex((r) => r.agencyId === a);
      const j = co.rows.findIndex((r) => r.agencyId === b);
      expect(co.roles[i]?.[j]).toBe('cooperate');
      expect(co.led[i]?.[j]).toBe(0);
    }
  });

  it("keys the shapes and totals each agency's partners and items", () => {
    const key = scene.layers.corner.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(key).toEqual(
      expect.arrayContaining(['Items two agencies share', 'row agency only cooperates (配合)']),
    );
    const top = co.rows[co.orders.cluster[0] as number];
    const y = frame.top + frame.cellHeight / 2;
    const totals = scene.layers.body.filter(
      (m) => m.type === 'text' && m.y === y && m.x > frame.left + 45 * frame.cellWidth,
    );
    const partners = co.counts[co.orders.cluster[0] as number]?.filter(
      (c, j) => c > 0 && j !== co.orders.cluster[0],
    ).length;
    expect(totals.map((m) => (m.type === 'text' ? m.text : ''))).toEqual([
      String(partners),
      String(co.counts[co.orders.cluster[0] as number]?.[co.orders.cluster[0] as number]),
    ]);
    expect(top?.name).toBeTruthy();
  });

  it('bands and keys the blocs when ordered by bloc', () => {
    const byBloc = coassignmentScene(co, 'bloc', { blocColor: (b) => `#00000${b}` });
    const bands = byBloc.layers.rowHeads.filter((m) => m.type === 'rect' && m.title?.startsWith('Bloc '));
    expect(bands).toHaveLength(co.blocs.length);
    const key = byBloc.layers.corner.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(key).toEqual(expect.arrayContaining(['Coordination blocs', `1 ${co.blocs[0]?.name}`]));
  });

  it("outlines the highlighted agency's row and column", () => {
    const outlined = coassignmentScene(co, 'load', { highlight: 'ag:自治区商务厅' });
    const at = co.orders.load.findIndex((r) => co.rows[r]?.agencyId === 'ag:自治区商务厅');
    const outlines = outlined.layers.body.filter((m) => m.type === 'rect' && m.stroke);
    expect(outlines).toHaveLength(2);
    expect(outlines.some((m) => m.type === 'rect' && m.y === frame.top + at * frame.cellHeight)).toBe(true);
  });
});
