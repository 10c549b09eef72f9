// The network's labels as marks: task titles inside their boxes; agency and project names and section
// titles where the label placement finds them room — on a paper halo, with a leader line when set
// apart — and, for a name that finds no room anywhere near its node, a lettered callout whose name
// the callout key beside the legend gives.
import { INK, MUTED_INK, PAPER } from '../appearance.ts';
import type { Box } from '../geometry.ts';
import { LINE_HEIGHT, textWidth } from '../label-text.ts';
import type { GraphLook, NodeLook } from '../look.ts';
import type { GraphNode } from '../network.ts';
import type { SceneMark } from '../scene.ts';
import {
  LabelBoard,
  RINGS,
  type LabelBlock,
  type Obstacle,
  type PlacedLabel,
  type Side,
} from './label-placement.ts';
import { rect, type Point, type Rect, type Shape } from './mark-geometry.ts';
import { say, type SceneLang } from './scene-lang.ts';

/** Paper either side of a label's text, under it. */
const HALO = 2;
const CALLOUT_FONT = 11.5;
const KEY_FONT = 12;
const KEY_ROW = 18;
/** How far out a name may stand (rings of the placement) before its node gets a callout instead. */
const NAME_RINGS = 5;

export interface Callout {
  /** A letter, never a number: the task boxes are numbered. */
  readonly tag: string;
  readonly node: GraphNode;
  readonly spot: PlacedLabel;
}

export interface NetworkLabels {
  /** Where each label beside its node, and each section's title, goes. */
  readonly placed: ReadonlyMap<string, PlacedLabel>;
  /** Names set as letters by their nodes, in the order lettered. */
  readonly callouts: readonly Callout[];
  /** Labels with no room even for a letter (counted, never drawn over another mark). */
  readonly dropped: readonly string[];
}

export const boxRect = (b: Box): Rect => rect(b.cx - b.width / 2, b.cy - b.height / 2, b.width, b.height);

/** What a node's body covers, for keeping labels off it. */
export function bodyShape(box: Box, look: NodeLook): Shape {
  if (box.round && look.shape === 'ellipse')
    return { kind: 'circle', cx: box.cx, cy: box.cy, r: box.width / 2 };
  return { kind: 'rect', rect: boxRect(box) };
}

/** The labels to place, most important first: the sections' titles, then the names beside their
 *  nodes by load, heaviest first (the names a reader looks for first get the best spots). */
function labelBlocks(
  nodes: readonly GraphNode[],
  boxes: ReadonlyMap<string, Box>,
  look: GraphLook,
): { block: LabelBlock; node: GraphNode }[] {
  const blocks: { block: LabelBlock; node: GraphNode; rank: number }[] = [];
  nodes.forEach((node, index) => {
    const l = look.nodes.get(node.id);
    const box = boxes.get(node.id);
    if (!l || !box || l.placement === 'inside' || !l.label) return;
    const section = l.placement === 'above';
    blocks.push({
      node,
      block: {
        id: node.id,
        width: l.labelWidth,
        height: l.labelHeight,
        owner: section ? { kind: 'rect', rect: boxRect(box) } : bodyShape(box, l),
        kind: section ? 'section' : 'node',
        ...(section ? {} : { rings: NAME_RINGS }),
      },
      rank: section ? index - 1e9 : (node.kind === 'project' ? 1e6 : 0) - (node.load ?? 0),
    });
  });
  return blocks.sort((a, b) => a.rank - b.rank);
}

/** A, B, … Z, AA, AB…: the callouts' tags. */
export function calloutTag(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : calloutTag(Math.floor(index / 26) - 1) + letter;
}

/** Places every label of the drawn nodes round the bodies and among the edges. */
export function placeNetworkLabels(
  nodes: readonly GraphNode[],
  boxes: ReadonlyMap<string, Box>,
  look: GraphLook,
  edges: readonly (readonly Point[])[],
): NetworkLabels {
  const obstacles: Obstacle[] = nodes.flatMap((n) => {
    const box = boxes.get(n.id);
    const l = look.nodes.get(n.id);
    return box && l ? [{ id: n.id, shape: bodyShape(box, l), area: l.width === 0 }] : [];
  });
  const board = new LabelBoard(obstacles, edges);
  const placed = new Map<string, PlacedLabel>();
  const callouts: Callout[] = [];
  const dropped: string[] = [];
  for (const { block, node } of labelBlocks(nodes, boxes, look)) {
    const spot = board.place(block);
    if (spot) {
      placed.set(block.id, spot);
      continue;
    }
    // No room for the name: a letter, which takes far less, and the name in the callout key.
    const tag = calloutTag(callouts.length);
    const badge =
      block.kind === 'node'
        ? board.place({
            ...block,
            width: textWidth(tag, CALLOUT_FONT) + 2,
            height: CALLOUT_FONT * LINE_HEIGHT,
            rings: RINGS,
          })
        : null;
    if (badge) callouts.push({ tag, node, spot: badge });
    else dropped.push(block.id);
  }
  return { placed, callouts, dropped };
}

/** A label inside its node (a task's number and title), drawn on the node. */
export function insideLabelMarks(node: GraphNode, box: Box, look: NodeLook, opacity: number): SceneMark[] {
  const lines = look.label.split('\n');
  const step = look.fontSize * LINE_HEIGHT;
  const fill = opacity < 1 ? MUTED_INK : look.textColor;
  const top = box.cy - (lines.length * step) / 2;
  return lines.map((text, i) => ({
    type: 'text',
    x: box.cx,
    y: top + step * (i + 0.5),
    text,
    size: look.fontSize,
    fill,
    weight: look.fontWeight,
    anchor: 'middle',
    baseline: 'middle',
    ref: { kind: node.kind, id: node.id },
  }));
}

/** How the lines of a label beside its node line up: towards the node. */
function anchorFor(side: Side): 'start' | 'middle' | 'end' {
  if (side === 'right' || side === 'below-right' || side === 'above-right') return 'start';
  if (side === 'left' || side === 'below-left' || side === 'above-left') return 'end';
  return 'middle';
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The paper under a label and its leader line, if it has one. */
function setting(spot: PlacedLabel, opacity: number, halo: boolean): SceneMark[] {
  const { rect: r } = spot;
  const marks: SceneMark[] = [];
  if (halo && opacity === 1)
    marks.push({
      type: 'rect',
      x: r.x0 - HALO,
      y: r.y0,
      width: r.x1 - r.x0 + 2 * HALO,
      height: r.y1 - r.y0,
      radius: 2,
      fill: PAPER,
      opacity: 0.85,
    });
  if (spot.leader) {
    const [[x0, y0], [x1, y1]] = spot.leader;
    marks.push({
      type: 'path',
      d: `M ${round(x0)} ${round(y0)} L ${round(x1)} ${round(y1)}`,
      stroke: INK,
      strokeWidth: 0.8,
      opacity: 0.7 * opacity,
    });
  }
  return marks;
}

/** A label set where the placement put it: a paper halo behind the text, so an edge passing beneath
 *  never runs through the letters, and a leader line when the label stands away from its node.
 *  A section's title, which edges are cut round, needs no halo. */
export function placedLabelMarks(
  node: GraphNode,
  look: NodeLook,
  spot: PlacedLabel,
  opacity: number,
): SceneMark[] {
  const lines = look.label.split('\n');
  const { rect: r } = spot;
  const step = look.fontSize * LINE_HEIGHT;
  const anchor = node.kind === 'section' ? 'start' : anchorFor(spot.side);
  const x = anchor === 'start' ? r.x0 : anchor === 'end' ? r.x1 : (r.x0 + r.x1) / 2;
  const marks = setting(spot, opacity, node.kind !== 'section');
  lines.forEach((text, i) =>
    marks.push({
      type: 'text',
      x,
      y: r.y0 + step * (i + 0.5),
      text,
      size: look.fontSize,
      fill: opacity < 1 ? MUTED_INK : look.textColor,
      weight: look.fontWeight,
      anchor,
      baseline: 'middle',
      ref: { kind: node.kind, id: node.id },
    }),
  );
  return marks;
}

/** A callout's letter by its node. */
export function calloutMarks(callout: Callout, opacity: number): SceneMark[] {
  const { rect: r } = callout.spot;
  return [
    ...setting(callout.spot, opacity, true),
    {
      type: 'text',
      x: (r.x0 + r.x1) / 2,
      y: (r.y0 + r.y1) / 2,
      text: callout.tag,
      size: CALLOUT_FONT,
      weight: 600,
      fill: opacity < 1 ? MUTED_INK : INK,
      anchor: 'middle',
      baseline: 'middle',
      ref: { kind: callout.node.kind, id: callout.node.id },
      title: callout.node.name,
    },
  ];
}

const KEY_WORDS = {
  screen: '字母所指 lettered names',
  en: 'Lettered names',
  zh: '字母标注的名称',
} as const;

/** The names of the callouts, a line each under a heading, from (0, 0); its width and height. */
export function calloutKey(
  callouts: readonly Callout[],
  lang: SceneLang | undefined,
): { marks: SceneMark[]; width: number; height: number } {
  if (callouts.length === 0) return { marks: [], width: 0, height: 0 };
  const heading = say(lang, KEY_WORDS);
  const marks: SceneMark[] = [
    { type: 'text', x: 0, y: KEY_ROW / 2, text: heading, size: KEY_FONT, weight: 600, fill: MUTED_INK, baseline: 'middle' }, // prettier-ignore
  ];
  let width = textWidth(heading, KEY_FONT);
  callouts.forEach((c, i) => {
    const y = KEY_ROW * (i + 1.5);
    const name = c.node.label.replace(/\n/g, ' ');
    marks.push(
      { type: 'text', x: 0, y, text: c.tag, size: KEY_FONT, weight: 600, fill: INK, baseline: 'middle' }, // prettier-ignore
      { type: 'text', x: 22, y, text: name, size: KEY_FONT, fill: INK, baseline: 'middle' },
    );
    width = Math.max(width, 22 + textWidth(name, KEY_FONT));
  });
  return { marks, width: Math.ceil(width), height: KEY_ROW * (callouts.length + 1) };
}
