// The change network drawn as plain marks: links kept in grey, gained in green (solid), lost in
// reddish purple (dashed); agencies in both notices dark, new ones green, gone ones hollow and dashed;
// names placed where they cover no node and no other name; a key above. Colours from the Okabe–Ito
// set, told apart by dash and fill too, so the picture reads in grey print and for colour-blind readers.
import { INK, MUTED_INK, PAPER } from '../graph/appearance.ts';
import type { Positions } from '../graph/positions.ts';
import type { Scene, SceneMark } from '../graph/scene.ts';
import { placeLabels, type LabelBlock, type Obstacle } from '../graph/scenes/label-placement.ts';
import type { Point } from '../graph/scenes/mark-geometry.ts';
import { textWidth, wrapLines } from '../graph/scenes/text-fit.ts';
import { wordLines } from '../graph/label-text.ts';
import { translateMark, translatePath } from '../graph/scene-translate.ts';
import { nodeRadius, type ChangeLink, type ChangeNetwork, type ChangeNode } from './change-network.ts';
import { CHANGE_NETWORK_ENGLISH, type ChangeNetworkWords } from './change-network-words.ts';

export const KEPT = '#9AA5B1';
export const GAINED = '#009E73';
export const LOST = '#CC79A7';
const BOTH = '#52606D';
const LOST_DASH = [6, 4] as const;

export interface ChangeNetworkOptions {
  /** The widest the picture may be; a larger layout is drawn smaller, never the nodes. */
  readonly width?: number;
  readonly words?: ChangeNetworkWords;
}

export interface ChangeNetworkScene extends Scene {
  /** Each link's path, for the view's wider hover targets. */
  readonly links: readonly { readonly id: string; readonly d: string }[];
}

const MARGIN = 16;
const LABEL = 12;
/** The width of a name's line. */
const LABEL_MAX = 176;
const LINE = 14;
/** The most lines a name takes: enough for the longest English names of the lexicon. */
const NAME_LINES = 3;
/** Room round the layout for names set beside the outer nodes. */
const PAD = 70;

function keyMarks(
  network: ChangeNetwork,
  words: ChangeNetworkWords,
  y: number,
  width: number,
): { marks: SceneMark[]; bottom: number } {
  const count = (s: ChangeLink['status']) => network.links.filter((l) => l.status === s).length;
  const marks: SceneMark[] = [
    {
      type: 'text',
      x: MARGIN,
      y,
      text: words.counts(count('gained'), count('lost'), count('kept')),
      size: 13,
      weight: 600,
      fill: INK,
      baseline: 'middle',
      layer: 'legend',
    },
  ];
  let at = MARGIN;
  let row = y + 24;
  const entry = (draw: (x: number) => SceneMark[], text: string) => {
    const room = 30 + textWidth(text, LABEL) + 20;
    if (at > MARGIN && at + room > width - MARGIN) {
      at = MARGIN;
      row += 22;
    }
    marks.push(...draw(at).map((m) => ({ ...m, layer: 'legend' as const })), {
      type: 'text',
      x: at + 30,
      y: row,
      text,
      size: LABEL,
      fill: INK,
      baseline: 'middle',
      layer: 'legend',
    });
    at += room;
  };
  const line = (stroke: string, dash?: readonly number[]) => (x: number) => [
    { type: 'path', d: `M${x},${row}h24`, stroke, strokeWidth: 2.5, ...(dash ? { dash } : {}) } as SceneMark,
  ];
  const dot = (fill: string, stroke?: string, dash?: readonly number[]) => (x: number) => [
    {
      type: 'circle',
      cx: x + 12,
      cy: row,
      r: 6,
      fill,
      ...(stroke ? { stroke, strokeWidth: 2 } : {}),
      ...(dash ? { dash } : {}),
    } as SceneMark,
  ];
  entry(line(KEPT), words.kept);
  entry(line(GAINED), words.gained);
  entry(line(LOST, LOST_DASH), words.lost);
  entry(dot(BOTH), words.both);
  entry(dot(GAINED), words.new);
  entry(dot(PAPER, LOST, [3, 2]), words.gone);
  return { marks, bottom: row + 12 };
}

function linkStyle(link: ChangeLink): Pick<SceneMark & { type: 'path' }, 'stroke' | 'strokeWidth' | 'dash'> {
  const items = link.status === 'lost' ? link.itemsA : link.itemsB;
  const strokeWidth = Math.round((1 + Math.min(2.5, Math.log2(Math.max(1, items)) * 0.8)) * 10) / 10;
  if (link.status === 'gained') return { stroke: GAINED, strokeWidth: strokeWidth + 1 };
  if (link.status === 'lost') return { stroke: LOST, strokeWidth: strokeWidth + 1, dash: LOST_DASH };
  return { stroke: KEPT, strokeWidth };
}

function nodeStyle(node: ChangeNode) {
  if (node.presence === 'new') return { fill: GAINED, stroke: PAPER, strokeWidth: 1.5 };
  if (node.presence === 'gone') return { fill: PAPER, stroke: LOST, strokeWidth: 2, dash: [3, 2] };
  return { fill: BOTH, stroke: PAPER, strokeWidth: 1.5 };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A node's name in lines of LABEL_MAX: English broken at spaces (two balanced lines when wordLines
 *  finds them), Chinese between characters; three lines at most, the last cut only when it runs on. */
export function nameLines(label: string): string[] {
  if (textWidth(label, LABEL) <= LABEL_MAX) return [label];
  const words = wordLines(label, 24);
  if (words.length === 2 && words.every((line) => textWidth(line, LABEL) <= LABEL_MAX)) return words;
  return wrapLines(label, LABEL, LABEL_MAX, NAME_LINES);
}

export function changeNetworkScene(
  network: ChangeNetwork,
  positions: Positions,
  options: ChangeNetworkOptions = {},
): ChangeNetworkScene {
  const maxWidth = options.width ?? 1080;
  const words = options.words ?? CHANGE_NETWORK_ENGLISH;
  const nodes = network.nodes.filter((n) => positions.has(n.key));
  const keyTop = MARGIN + 8;
  const key = keyMarks(network, words, keyTop, maxWidth);
  const top = key.bottom + 8;
  const xs = nodes.map((n) => positions.get(n.key)?.x ?? 0);
  const ys = nodes.map((n) => positions.get(n.key)?.y ?? 0);
  const [x0, x1, y0] = nodes.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys)] : [0, 0, 0];
  // Shrink a wide layout to the width; never enlarge (the distances are fcose's, tuned to the nodes).
  const scale = Math.min(1, (maxWidth - 2 * (MARGIN + PAD)) / Math.max(1, x1 - x0));
  const at = new Map<string, Point>(
    nodes.map((n) => {
      const p = positions.get(n.key) ?? { x: 0, y: 0 };
      return [n.key, [round(MARGIN + PAD + (p.x - x0) * scale), round(top + 24 + (p.y - y0) * scale)]];
    }),
  );
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const drawn = network.links.filter((l) => at.has(l.keys[0]) && at.has(l.keys[1]));
  const lines = drawn.map((l) => [at.get(l.keys[0]), at.get(l.keys[1])] as [Point, Point]);
  const edgeMarks: SceneMark[] = [];
  const hits: { id: string; d: string }[] = [];
  drawn.forEach((link, i) => {
    const [[ax, ay], [bx, by]] = lines[i] as [Point, Point];
    const d = `M${ax},${ay}L${bx},${by}`;
    hits.push({ id: link.id, d });
    edgeMarks.push({
      type: 'path',
      d,
      ...linkStyle(link),
      // Kept links are the ground the changes stand on: light, so gained and lost ones read first.
      opacity: link.status === 'kept' ? 0.45 : 1,
      layer: 'edges',
      ref: { kind: 'cell', id: link.id },
      title: words.link(link),
    });
  });
  const shapes: Obstacle[] = nodes.map((n) => {
    const [cx, cy] = at.get(n.key) as Point;
    return { id: n.key, shape: { kind: 'circle', cx, cy, r: nodeRadius(n) } };
  });
  const nodeMarks: SceneMark[] = nodes.map((n) => {
    const [cx, cy] = at.get(n.key) as Point;
    return {
      type: 'circle',
      cx,
      cy,
      r: nodeRadius(n),
      ...nodeStyle(n),
      layer: 'nodes',
      ref: { kind: 'agency', id: n.key },
      title: words.agency(n),
    };
  });
  // Names placed heaviest first: the agencies a reader looks for get the nearest spots.
  const heaviest = [...nodes].sort(
    (a, b) => Math.max(b.loadA, b.loadB) - Math.max(a.loadA, a.loadB) || a.name.localeCompare(b.name),
  );
  // A long name takes two lines rather than lose its end; only one longer than two loses it.
  const texts = new Map(heaviest.map((n) => [n.key, nameLines(n.label)]));
  const blocks: LabelBlock[] = heaviest.map((n) => ({
    id: n.key,
    width: Math.max(...(texts.get(n.key) ?? ['']).map((line) => textWidth(line, LABEL))) + 4,
    height: (texts.get(n.key)?.length ?? 1) * LINE + 4,
    owner: shapes.find((s) => s.id === n.key)?.shape ?? { kind: 'circle', cx: 0, cy: 0, r: 0 },
    kind: 'node',
  }));
  const { placed } = placeLabels(blocks, shapes, lines);
  const labelMarks: SceneMark[] = [];
  for (const [id, label] of placed) {
    const node = byKey.get(id);
    if (!node) continue;
    if (label.leader)
      labelMarks.push({
        type: 'path',
        d: `M${round(label.leader[0][0])},${round(label.leader[0][1])}L${round(label.leader[1][0])},${round(label.leader[1][1])}`,
        stroke: MUTED_INK,
        strokeWidth: 0.75,
        layer: 'labels',
      });
    const lines = texts.get(id) ?? [node.label];
    const middle = (label.rect.y0 + label.rect.y1) / 2;
    lines.forEach((line, i) =>
      labelMarks.push({
        type: 'text',
        x: round((label.rect.x0 + label.rect.x1) / 2),
        y: round(middle + (i - (lines.length - 1) / 2) * LINE),
        text: line,
        size: LABEL,
        fill: node.presence === 'gone' ? MUTED_INK : node.presence === 'new' ? '#00704F' : INK,
        weight: node.presence === 'both' ? 400 : 600,
        anchor: 'middle',
        baseline: 'middle',
        layer: 'labels',
        ref: { kind: 'agency', id },
        title: words.agency(node),
      }),
    );
  }
  // The picture's extent: the nodes and every placed name, with the margin round them; the drawing is
  // moved right and down as far as a name set past its top or left edge needs.
  const rects = [
    ...[...placed.values()].map((l) => l.rect),
    ...shapes.map(({ shape }) =>
      shape.kind === 'circle'
        ? { x0: shape.cx - shape.r, y0: shape.cy - shape.r, x1: shape.cx + shape.r, y1: shape.cy + shape.r }
        : shape.rect,
    ),
  ];
  const dx = Math.max(0, MARGIN - Math.min(MARGIN, ...rects.map((r) => r.x0)));
  const dy = Math.max(0, top - Math.min(top, ...rects.map((r) => r.y0)));
  const right = Math.max(0, ...rects.map((r) => r.x1)) + dx + MARGIN;
  const bottom = Math.max(top, ...rects.map((r) => r.y1)) + dy + MARGIN;
  const moved = [...edgeMarks, ...nodeMarks, ...labelMarks].map((m) => translateMark(m, dx, dy));
  return {
    width: Math.ceil(Math.max(right, 560)),
    height: Math.ceil(bottom),
    background: PAPER,
    marks: [...key.marks, ...moved],
    links: hits.map((h) => ({ id: h.id, d: translatePath(h.d, dx, dy) })),
  };
}
