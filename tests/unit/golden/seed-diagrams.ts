// The seed notice's diagrams as the export writes them: each framed scene built by diagramScene (the
// network laid out by the layered layout, which has no randomness, through graphPositions as the
// command line lays it out) and written by sceneToSvg. The date on the source line is fixed; the
// export font is left out, so the golden files hold the picture rather than a font subset.
import { readFileSync } from 'node:fs';
import {
  diagramScene,
  diagramTitle,
  graphPositions,
  type DiagramOptions,
  type DiagramView,
  type LayoutFn,
} from '../../../src/export/diagram/diagram.ts';
import { sceneToSvg } from '../../../src/export/image/svg.ts';
import type { Positions } from '../../../src/graph/positions.ts';
import type { Scene } from '../../../src/graph/scene.ts';
import { computeLayout } from '../../../src/layout/compute-layout.ts';
import type { NoticeModel } from '../../../src/notice/model.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';

const SEED = new URL('../../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);
export const GOLDEN_DATE = '2026-01-01';

/** The layered layout, as the app's layout menu and `computeLayout` run it. */
const layered: LayoutFn = (graph, look, context) => computeLayout('layered', graph, look, context);
/** The network as the app's layered view draws it: one node per task, with its title. */
const NETWORK_SETTINGS = { taskTitles: true } as const;

export const seedModel: NoticeModel = parseNotice(readFileSync(SEED));

/** The framed diagram of the seed; for the network, `nudge` may move the laid-out nodes first. */
export async function seedScene(
  view: DiagramView,
  nudge: (positions: Positions) => Positions = (p) => p,
): Promise<Scene> {
  const options: DiagramOptions = { view, lang: 'zh', date: GOLDEN_DATE };
  if (view !== 'graph') return diagramScene(seedModel, options);
  const positions = nudge(await graphPositions(seedModel, NETWORK_SETTINGS, layered));
  return diagramScene(seedModel, { ...options, graph: { settings: NETWORK_SETTINGS, positions } });
}

export function seedSvg(scene: Scene, view: DiagramView): string {
  const settings = view === 'graph' ? NETWORK_SETTINGS : undefined;
  return sceneToSvg(scene, { title: diagramTitle(seedModel, view, 'zh', settings) });
}

/** Golden file name by view. */
export const DIAGRAM_GOLDEN: Readonly<Record<DiagramView, string>> = {
  graph: 'seed-network-layered.svg',
  matrix: 'seed-matrix.svg',
  coassignment: 'seed-coassignment.svg',
  ranking: 'seed-ranking.svg',
  deadlines: 'seed-deadlines.svg',
};
