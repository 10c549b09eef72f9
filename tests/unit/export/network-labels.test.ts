// The exported networks of the seed and of every sample notice, as a reader gets them: no label on a
// label, no label on a node not its own, no edge through a section's title — for the agency–task and
// the coordination network, laid out by force (seeded fcose) and layered, with Chinese and English
// labels — and every agency named, beside its node or by a lettered callout.
// Measured before labels were placed (each name under its node, each title above its box), as
// label on label / label on node / edges through titles: the seed's force layout 0/2/81 in Chinese and
// 2/1/82 in English, its coordination network 0/1/0 in English; Guangzhou 1/0/42 and 1/1/30, Lishan
// 0/0/9 in both, the State Council notice 1/0/11 and 0/0/12; every layered layout 0/0/0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  diagramScene,
  graphPositions,
  type LabelLang,
  type LayoutFn,
} from '../../../src/export/diagram/diagram.ts';
import type { GraphPictureSettings } from '../../../src/graph/picture.ts';
import type { Scene } from '../../../src/graph/scene.ts';
import { countOverlaps } from '../../../src/graph/scenes/scene-overlaps.ts';
import { computeLayout } from '../../../src/layout/compute-layout.ts';
import type { NoticeModel } from '../../../src/notice/model.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';

const NOTICES = [
  'seeds/manzhouli-pilot-zone-2014.txt',
  'tests/fixtures/samples/guangzhou-talent-2012.txt',
  'tests/fixtures/samples/lishan-2023-fragment.txt',
  'tests/fixtures/samples/sichuan-2022-circulation-fragment.txt',
  'tests/fixtures/samples/state-council-2018-39-employment.txt',
];
const models = new Map(
  NOTICES.map((file) => [file, parseNotice(readFileSync(new URL(`../../../${file}`, import.meta.url)))]),
);

async function networkScene(
  model: NoticeModel,
  settings: Partial<GraphPictureSettings>,
  layout: 'fcose' | 'layered',
  lang: LabelLang,
): Promise<Scene> {
  const lay: LayoutFn = (graph, look, context) => computeLayout(layout, graph, look, context);
  const positions = await graphPositions(model, settings, lay, { lang });
  return diagramScene(model, { view: 'graph', lang, date: '2026-01-01', graph: { settings, positions } });
}

/** Agencies drawn with no name and no callout beside them. */
function unnamed(scene: Scene): string[] {
  const named = new Set(
    scene.marks.flatMap((m) => (m.type === 'text' && m.layer === 'labels' ? [m.ref?.id] : [])),
  );
  return scene.marks.flatMap((m) =>
    m.layer === 'nodes' && m.ref?.kind === 'agency' && !named.has(m.ref.id) ? [m.ref.id] : [],
  );
}

const CASES = NOTICES.flatMap((file) =>
  (['tasks', 'coordination'] as const).flatMap((mode) =>
    (['fcose', 'layered'] as const).flatMap((layout) =>
      (['zh', 'en'] as const).map((lang) => [file.split('/').at(-1), mode, layout, lang, file] as const),
    ),
  ),
);

describe('exported networks', () => {
  it.each(CASES)(
    '%s, %s network, %s layout, %s labels: nothing on anything',
    async (...[, mode, layout, lang, file]) => {
      const scene = await networkScene(models.get(file)!, { mode }, layout, lang);
      const counts = countOverlaps(scene);
      expect(counts.details).toEqual([]);
      expect([counts.labelOnLabel, counts.labelOnNode, counts.edgeOnSectionTitle]).toEqual([0, 0, 0]);
      expect(unnamed(scene)).toEqual([]);
    },
    30_000,
  );

  it.each(['zh', 'en'] as const)(
    'the seed’s layered network with task titles, %s: nothing on anything',
    async (lang) => {
      const scene = await networkScene(models.get(NOTICES[0]!)!, { taskTitles: true }, 'layered', lang);
      expect(countOverlaps(scene).details).toEqual([]);
      expect(unnamed(scene)).toEqual([]);
    },
  );
});
