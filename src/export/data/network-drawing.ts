// How the network files draw each node in Gephi and yEd: where it stands, how big it is and its
// colour, taken from the app's own look (src/graph/graph-look.ts) and a layout of the app's, so the
// file opens looking like the screen rather than grey and piled at the origin.
import { computeWorkload } from '../../analysis/workload.ts';
import { DEFAULT_PICTURE, type GraphPictureSettings } from '../../graph/picture.ts';
import { graphPicture } from '../../graph/whole-picture.ts';
import type { NodeLook } from '../../graph/look.ts';
import { layeredLayout } from '../../layout/layered.ts';
import { bodyPositions, layoutInput, type Point, type Positions } from '../../layout/layout-input.ts';
import type { GraphData } from '../../graph/network.ts';
import type { NoticeModel } from '../../notice/model.ts';
import type { ExportNetwork } from './export-network.ts';

export interface NodeDrawing {
  /** Centre in screen coordinates (y grows downwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** `#rrggbb`: an agency's fill, a task's or section's border (its section colour): the one colour
   *  Gephi gives a node. */
  readonly color: string;
  /** The app's full look (fill, border, label lines and placement), for yEd. */
  readonly look: NodeLook | null;
}

/** The picture the files are drawn from: every task its own node (never folded into sections), as the
 *  exported network is. Layouts asked for the network's positions are given these settings. */
export const NETWORK_FILE_PICTURE: Partial<GraphPictureSettings> = { fold: 'off', taskTitles: true };

/** A layout with no worker and no randomness: the app's layered layout, for callers (tests, golden
 *  files) that have no positions from the screen or from fcose. */
export function layeredPositions(model: NoticeModel): Positions {
  const { graph, look, agencySection } = picture(model);
  return bodyPositions(layeredLayout(layoutInput(graph, look, agencySection)), look);
}

function picture(model: NoticeModel) {
  return graphPicture(model, computeWorkload(model), { ...DEFAULT_PICTURE, ...NETWORK_FILE_PICTURE });
}

/** A compound section stands where its tasks are: the middle of their positions. */
function centreOfChildren(graph: GraphData, id: string, positions: Positions): Point | null {
  const points = graph.nodes
    .filter((n) => n.parent === id)
    .map((n) => positions.get(n.id))
    .filter((p): p is Point => p !== undefined);
  if (points.length === 0) return null;
  const sum = points.reduce((a, p) => ({ x: a.x + p.x, y: a.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

const finite = (p: Point | null | undefined): p is Point =>
  !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

/** Position, size and colour of every node of `network`; positions missing from `positions` (a
 *  node the layout did not place) fall back to the layered layout's. */
export function networkDrawing(
  model: NoticeModel,
  network: ExportNetwork,
  positions: Positions = layeredPositions(model),
): ReadonlyMap<string, NodeDrawing> {
  const { graph, look } = picture(model);
  let fallback: Positions | null = null;
  const out = new Map<string, NodeDrawing>();
  for (const node of network.nodes) {
    const style = look.nodes.get(node.id);
    let at = positions.get(node.id) ?? centreOfChildren(graph, node.id, positions);
    if (!finite(at)) {
      fallback ??= layeredPositions(model);
      at = fallback.get(node.id) ?? centreOfChildren(graph, node.id, fallback);
    }
    const point = finite(at) ? at : { x: 0, y: 0 };
    // A compound section has no body of its own (0 × 0): give it a task's room.
    const width = style && style.width > 0 ? style.width : 40;
    const height = style && style.height > 0 ? style.height : 24;
    const color = node.kind === 'agency' ? (style?.fill ?? '#9aa5b1') : (style?.stroke ?? '#9aa5b1');
    out.set(node.id, {
      x: point.x,
      y: point.y,
      width,
      height,
      color,
      look: style ?? null,
    });
  }
  return out;
}

/** `#rrggbb` as red, green and blue from 0 to 255. */
export function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
