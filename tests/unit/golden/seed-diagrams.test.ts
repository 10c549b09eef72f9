// Golden pictures: the seed notice's diagrams as SVG — the network in the layered layout, the agency ×
// task matrix, the agency × agency matrix, the load ranking (as the export writes them) and the
// corridor map (as its view draws it) — compared byte for byte with the reviewed files in
// tests/golden. A failure names the file and its first differing line; after looking at the change,
// accept it with `UPDATE_GOLDEN=1 npx vitest run tests/unit/golden`.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DIAGRAM_VIEWS, type DiagramView } from '../../../src/export/diagram/diagram.ts';
import type { Scene, SceneMark } from '../../../src/graph/scene.ts';
import { corridorSvg } from './corridor-svg.ts';
import { checkGolden, GOLDEN_DIR, goldenMismatch } from './golden-file.ts';
import { DIAGRAM_GOLDEN, seedModel, seedScene, seedSvg } from './seed-diagrams.ts';

// Outside a page the map would take its narrowest width; drawn 1000 px wide, as on a laptop screen.
vi.mock('../../../src/views/shared/useElementWidth.ts', () => ({ useElementWidth: () => 1000 }));

describe('the seed diagrams match the golden SVGs', () => {
  it.each(DIAGRAM_VIEWS.map((view) => [DIAGRAM_GOLDEN[view], view] as const))(
    '%s',
    async (fileName, view) => {
      checkGolden(fileName, seedSvg(await seedScene(view), view));
    },
  );

  it('seed-corridor.svg', () => {
    const svg = corridorSvg(seedModel.projects);
    // If useElementWidth moves, the mock above must follow it, or the map falls back to 480 px.
    expect(svg, 'the map drawn at the mocked width').toMatch(/^<svg class="corridor-map" width="1000" /m);
    checkGolden('seed-corridor.svg', svg);
  });
});

/** The scene with its `index`-th mark of `type` in `layer` moved right by one unit. */
function shiftOne(scene: Scene, type: SceneMark['type'], layer: string | undefined): Scene {
  const at = scene.marks.findIndex((m) => m.type === type && m.layer === layer);
  expect(at, `a ${type} in ${layer ?? 'the diagram'}`).toBeGreaterThanOrEqual(0);
  const marks = scene.marks.map((m, i): SceneMark => {
    if (i !== at) return m;
    if (m.type === 'circle') return { ...m, cx: m.cx + 1 };
    if (m.type === 'path') return { ...m, d: m.d.replace(/-?\d+(\.\d+)?/, (n) => String(Number(n) + 1)) };
    return { ...m, x: m.x + 1 };
  });
  return { ...scene, marks };
}

describe('the golden comparison sees a one-pixel change', () => {
  const cases: readonly (readonly [DiagramView, SceneMark['type'], string | undefined, RegExp])[] = [
    ['graph', 'circle', 'nodes', /<circle cx=/],
    ['graph', 'path', 'edges', /<path d="M/],
    ['matrix', 'rect', undefined, /<rect x=/],
    ['ranking', 'text', undefined, /<text x=/],
  ];

  it.each(cases)('%s: one %s moved by 1 px is reported', async (view, type, layer, element) => {
    const scene = await seedScene(view);
    const fileName = DIAGRAM_GOLDEN[view];
    const golden = readFileSync(new URL(fileName, GOLDEN_DIR));
    // Unchanged, the scene matches its golden; one mark moved one unit, it no longer does.
    expect(goldenMismatch(fileName, new TextEncoder().encode(seedSvg(scene, view)), golden)).toBeNull();
    const moved = new TextEncoder().encode(seedSvg(shiftOne(scene, type, layer), view));
    const message = goldenMismatch(fileName, moved, golden);
    expect(message).not.toBeNull();
    const lines = message!.split('\n');
    expect(lines[0]).toContain(`tests/golden/${fileName} differs`);
    expect(lines[1]).toMatch(/^first difference at line \d+, column \d+/);
    if (layer) expect(lines[1]).toContain(`(in <g id="${layer}">)`);
    // The element on both sides, the expected line first.
    const [, expected = '', actual = ''] = lines.slice(1);
    expect(expected).toMatch(/^ {2}expected: /);
    expect(actual).toMatch(/^ {2}actual: {3}/);
    expect(expected).toMatch(element);
    expect(actual).toMatch(element);
    expect(expected.slice(' expected: '.length)).not.toBe(actual.slice(' expected: '.length));
    expect(message).toContain('UPDATE_GOLDEN=1 npx vitest run tests/unit/golden');
  });

  it('graph: one agency laid out 1 px further right is reported at its node', async () => {
    const fileName = DIAGRAM_GOLDEN.graph;
    const agency = seedModel.agencies[0]!.id;
    const scene = await seedScene('graph', (positions) => {
      const moved = new Map(positions);
      const at = positions.get(agency)!;
      moved.set(agency, { x: at.x + 1, y: at.y });
      return moved;
    });
    const golden = readFileSync(new URL(fileName, GOLDEN_DIR));
    const message = goldenMismatch(fileName, new TextEncoder().encode(seedSvg(scene, 'graph')), golden);
    expect(message).not.toBeNull();
    // The first change in painting order is an edge ending at the agency, or the agency's circle.
    expect(message).toMatch(/\(in <g id="(edges|nodes)">\)/);
  });
});
