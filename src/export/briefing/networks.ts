// The two networks a briefing shows, laid out the same way in the PDF pack and the PowerPoint deck:
// the agency–task network in the layered layout (sections and their tasks in columns, agencies below
// the tasks they work on), which reads on paper where a force layout tangles, with its task key; and
// the coordination network in the caller's layout (fcose in the app and the command line).
import { computeWorkload } from '../../analysis/workload.ts';
import { DEFAULT_PICTURE, legendSpec, type GraphPictureSettings } from '../../graph/picture.ts';
import { graphPicture } from '../../graph/whole-picture.ts';
import type { Positions } from '../../graph/positions.ts';
import type { Scene } from '../../graph/scene.ts';
import { translateMark } from '../../graph/scene-translate.ts';
import { graphScene } from '../../graph/scenes/network-scene.ts';
import { taskKeyScene, type KeySection } from '../../graph/scenes/task-key.ts';
import { layeredLayout } from '../../layout/layered.ts';
import { bodyPositions, layoutInput } from '../../layout/layout-input.ts';
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import type { NoticeModel } from '../../notice/model.ts';
import {
  diagramScene,
  diagramTitle,
  frameText,
  graphPositions,
  type LabelLang,
  type LayoutFn,
} from '../diagram/diagram.ts';
import { frameScene } from '../diagram/frame.ts';

/** The layered layout as a layout function: pure and synchronous, so the same notice always gives
 *  the same page, in the worker, in Node and in tests. */
export const layeredLayoutFn: LayoutFn = (graph, look, context) =>
  Promise.resolve(bodyPositions(layeredLayout(layoutInput(graph, look, context.agencySection)), look));

export type BriefingNetwork = 'tasks' | 'coordination';

/** What each network draws: task boxes numbered (so the key names them), or agencies alone. */
export const NETWORK_SETTINGS: Record<BriefingNetwork, Partial<GraphPictureSettings>> = {
  tasks: { mode: 'tasks', taskTitles: false },
  coordination: { mode: 'coordination' },
};

/** A network of the briefing as a framed diagram; the agency–task network carries its task key. */
export async function briefingNetworkScene(
  model: NoticeModel,
  which: BriefingNetwork,
  options: {
    readonly lang: LabelLang;
    readonly date: string;
    readonly layout: LayoutFn;
    /** Width over height of where the picture goes: a landscape A4 page by default. */
    readonly aspect?: number;
  },
): Promise<Scene> {
  const { lang, date } = options;
  const settings = NETWORK_SETTINGS[which];
  const layout = which === 'tasks' ? layeredLayoutFn : options.layout;
  const positions = await graphPositions(model, settings, layout, { lang });
  if (which === 'coordination')
    return diagramScene(model, {
      view: 'graph',
      lang,
      date,
      graph: { settings, positions },
      titlesNote: false,
    });
  const title = diagramTitle(model, 'graph', lang, settings);
  const body = tasksNetworkBody(model, positions, lang, options.aspect ?? PAGE_ASPECT);
  return frameScene(body, frameText(model, title, lang, date));
}

/** A landscape page's proportions (A4 less its margins): what a picture should approach to print large. */
export const PAGE_ASPECT = 786 / 539;
const KEY_GAP = 28;

/** How large a body `width` × `height` prints in a place of the given aspect, frame included. */
function printScale(width: number, height: number, aspect: number): number {
  return Math.min(aspect / (width + 64), 1 / (height + 150));
}

/** The agency–task network with its key — the key beside it, as the app's export puts it, or below
 *  it in columns when the network is so wide that a key beside it would shrink the page's print. */
function tasksNetworkBody(model: NoticeModel, positions: Positions, lang: LabelLang, aspect: number): Scene {
  const settings = { ...DEFAULT_PICTURE, ...NETWORK_SETTINGS.tasks };
  const named = lang === 'en' ? withEnglishAgencyNames(model) : model;
  const { graph, look, blocs } = graphPicture(named, computeWorkload(named), settings);
  const sections = model.sections.map((s) => ({ ordinal: s.ordinal, title: s.title }));
  const network = graphScene(graph, positions, {
    look,
    legend: { ...legendSpec(graph, settings, sections, blocs), lang },
  });
  const drawn = new Set(graph.nodes.filter((n) => n.kind === 'task').map((n) => n.id as string));
  const keyed: KeySection[] = model.sections.map((s) => ({
    ordinal: s.ordinal,
    title: s.title,
    tasks: model.tasks.filter((t) => t.sectionId === s.id && drawn.has(t.id)),
  }));
  const beside = taskKeyScene(keyed, network.height, lang);
  if (beside.marks.length === 0) return network;
  // Below: the lowest key (most columns) that is no wider than the network.
  let below = beside;
  for (let h = 160; h < network.height; h += 20) {
    below = taskKeyScene(keyed, h, lang);
    if (below.width <= network.width) break;
  }
  const besideScale = printScale(
    network.width + KEY_GAP + beside.width,
    Math.max(network.height, beside.height),
    aspect,
  );
  const belowScale = printScale(
    Math.max(network.width, below.width),
    network.height + KEY_GAP + below.height,
    aspect,
  );
  const [dx, dy, key] =
    belowScale > besideScale ? [0, network.height + KEY_GAP, below] : [network.width + KEY_GAP, 0, beside];
  return {
    ...network,
    width: Math.max(network.width, dx + key.width),
    height: Math.max(network.height, dy + key.height),
    marks: [...network.marks, ...key.marks.map((m) => translateMark(m, dx, dy))],
  };
}
