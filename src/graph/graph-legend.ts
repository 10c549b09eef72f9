// The key to a graph as scene marks: what each line means (lead, cooperate, coordination), what the
// colours mean (agency kind or section), and that size is workload. Drawn on screen beside the graph
// and into every export, from this one function.
import type { AgencyKind } from '../notice/model.ts';
import {
  AGENCY_KIND_APPEARANCE,
  INK,
  MUTED_INK,
  PAPER,
  ROLE_APPEARANCE,
  RULE,
  sectionColor,
} from './appearance.ts';
import type { ColorBy } from './graph-colors.ts';
import { COOPERATE_DASH } from './graph-look.ts';
import { textWidth } from './graph-text.ts';
import type { EdgeKind } from './network.ts';
import type { SceneMark } from './scene.ts';

export interface LegendSpec {
  readonly edgeKinds: ReadonlySet<EdgeKind>;
  /** Coordination links drawn lead → partner. */
  readonly directed: boolean;
  readonly colorBy: ColorBy;
  readonly agencyKinds: readonly AgencyKind[];
  readonly sections: readonly { readonly ordinal: number; readonly title: string }[];
}

export interface Legend {
  readonly width: number;
  readonly height: number;
  readonly marks: readonly SceneMark[];
}

const ROW = 20;
const FONT = 12;
const SWATCH = 30;

interface LineSample {
  readonly color: string;
  readonly width: number;
  readonly dash: readonly number[] | null;
  readonly arrow: boolean;
  readonly text: string;
}

function edgeRows(spec: LegendSpec): LineSample[] {
  const rows: LineSample[] = [];
  const { lead, cooperate, responsible } = ROLE_APPEARANCE;
  if (spec.edgeKinds.has('lead'))
    rows.push({ color: lead.color, width: lead.width, dash: null, arrow: true, text: '牵头 leads' });
  if (spec.edgeKinds.has('cooperate'))
    rows.push({
      color: cooperate.color,
      width: cooperate.width,
      dash: COOPERATE_DASH,
      arrow: false,
      text: '配合 cooperates',
    });
  if (spec.edgeKinds.has('responsible'))
    rows.push({
      color: responsible.color,
      width: responsible.width,
      dash: null,
      arrow: false,
      text: '负责 responsible',
    });
  if (spec.edgeKinds.has('coordination')) {
    if (spec.directed)
      rows.push({
        color: lead.color,
        width: 2.2,
        dash: null,
        arrow: true,
        text: '牵头 → 配合 lead → partner',
      });
    rows.push({ color: MUTED_INK, width: 2.2, dash: null, arrow: false, text: '共同承担 shared items' });
  }
  return rows;
}

function lineMark(row: LineSample, x: number, y: number): SceneMark {
  return {
    type: 'path',
    // An arrowhead extends past the path's end: stop short so it ends where a plain line does.
    d: `M ${x} ${y} L ${x + SWATCH - (row.arrow ? 6 : 0)} ${y}`,
    stroke: row.color,
    strokeWidth: row.width,
    ...(row.dash ? { dash: row.dash } : {}),
    ...(row.arrow ? { arrow: true } : {}),
  };
}

function colourRows(spec: LegendSpec): { color: string; text: string }[] {
  if (spec.colorBy === 'kind')
    return spec.agencyKinds.map((kind) => ({
      color: AGENCY_KIND_APPEARANCE[kind].color,
      text: AGENCY_KIND_APPEARANCE[kind].label.zh,
    }));
  return spec.sections.map((s) => ({
    color: sectionColor(s.ordinal),
    text: `${s.ordinal}. ${s.title.length > 12 ? `${s.title.slice(0, 11)}…` : s.title}`,
  }));
}

export function graphLegend(spec: LegendSpec): Legend {
  const marks: SceneMark[] = [];
  const pad = 10;
  let y = pad + 8;
  const text = (x: number, at: number, words: string, fill = INK, weight: 400 | 600 = 400) =>
    marks.push({ type: 'text', x, y: at, text: words, size: FONT, fill, weight, baseline: 'middle' });
  for (const row of edgeRows(spec)) {
    marks.push(lineMark(row, pad, y));
    text(pad + SWATCH + 8, y, row.text);
    y += ROW;
  }
  y += 4;
  text(
    pad,
    y,
    spec.colorBy === 'kind' ? '机构类型 agency kind' : '主要所属部分 main section',
    MUTED_INK,
    600,
  );
  y += ROW;
  for (const row of colourRows(spec)) {
    marks.push({ type: 'circle', cx: pad + 7, cy: y, r: 6, fill: row.color, stroke: PAPER, strokeWidth: 1 });
    text(pad + 22, y, row.text);
    y += ROW;
  }
  marks.push({ type: 'circle', cx: pad + 5, cy: y + 2, r: 4, fill: RULE });
  marks.push({ type: 'circle', cx: pad + 22, cy: y + 2, r: 9, fill: RULE });
  text(pad + 38, y + 2, '大小 = 工作量 size = workload');
  y += ROW + 2;
  const right = marks.map((m) => (m.type === 'text' ? m.x + textWidth(m.text, FONT) : 0));
  const width = Math.ceil(Math.max(...right) + pad);
  const height = y - ROW / 2 + pad;
  return {
    width,
    height,
    marks: [
      {
        type: 'rect',
        x: 0,
        y: 0,
        width,
        height,
        radius: 6,
        fill: PAPER,
        stroke: RULE,
        strokeWidth: 1,
        opacity: 0.96,
      },
      ...marks,
    ],
  };
}
