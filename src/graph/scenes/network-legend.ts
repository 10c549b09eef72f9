// The key to a graph as scene marks: what each line means (lead, cooperate, coordination), what the
// colours mean (agency kind or section), and that size is workload. Drawn on screen beside the graph
// and into every export, from this one function.
import type { AgencyKind, ProjectKind } from '../../notice/model.ts';
import {
  AGENCY_KIND_APPEARANCE,
  INK,
  MUTED_INK,
  PAPER,
  PROJECT_KIND_APPEARANCE,
  ROLE_APPEARANCE,
  RULE,
  sectionColor,
} from '../appearance.ts';
import { blocColor, NO_BLOC_COLOR, type BlocKey } from '../bloc-colouring.ts';
import type { ColorBy } from '../colors.ts';
import { BRIDGE_COLOR } from '../notice-letters.ts';
import { COOPERATE_DASH } from '../look.ts';
import { textWidth } from '../label-text.ts';
import type { EdgeKind } from '../network.ts';
import type { SceneMark } from '../scene.ts';
import { say, type Wording } from './scene-lang.ts';

export interface LegendSpec {
  readonly edgeKinds: ReadonlySet<EdgeKind>;
  /** Coordination links drawn lead → partner. */
  readonly directed: boolean;
  readonly colorBy: ColorBy;
  readonly agencyKinds: readonly AgencyKind[];
  readonly sections: readonly { readonly ordinal: number; readonly title: string }[];
  /** The blocs drawn, when agencies are coloured by bloc; `unblocked` when some agency is in none. */
  readonly blocs?: readonly BlocKey[];
  readonly unblocked?: boolean;
  /** The notices in view, when agencies are coloured by notice: letter, words and colour; `bridges`
   *  when some agency is named in several (drawn in BRIDGE_COLOR). */
  readonly notices?: readonly { readonly letter: string; readonly label: string; readonly color: string }[];
  readonly bridges?: boolean;
  /** Kinds of the project layer's diamonds, when the layer is on. */
  readonly projectKinds?: readonly ProjectKind[];
  /** The language of the legend: an export's, in that language only; on screen (none given) the
   *  lines are glossed in both and the kind names are Chinese. */
  readonly lang?: 'zh' | 'en';
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

const WORDS = {
  lead: { screen: '牵头 leads', en: 'leads', zh: '牵头' },
  cooperate: { screen: '配合 cooperates', en: 'cooperates', zh: '配合' },
  responsible: { screen: '负责 responsible', en: 'responsible', zh: '负责' },
  directed: { screen: '牵头 → 配合 lead → partner', en: 'lead → partner', zh: '牵头 → 配合' },
  shared: { screen: '共同承担 shared items', en: 'shared items', zh: '共同承担事项' },
  none: { screen: '无 none', en: 'none', zh: '无' },
  kind: { screen: '机构类型 agency kind', en: 'agency kind', zh: '机构类型' },
  section: { screen: '主要所属部分 main section', en: 'main section', zh: '主要所属部分' },
  bloc: { screen: '协同集团 coordination bloc', en: 'coordination bloc', zh: '协同集团' },
  notice: { screen: '通知 notice', en: 'notice', zh: '通知' },
  bridge: { screen: '多份通知 several notices', en: 'several notices', zh: '多份通知' },
  size: { screen: '大小 = 工作量 size = workload', en: 'size = workload', zh: '大小 = 工作量' },
  projects: { screen: '项目 projects', en: 'projects', zh: '项目' },
} as const satisfies Record<string, Wording<string>>;

/** A bloc named by its heaviest agency and its size: `商务厅 等 6` on screen. */
function blocText(name: string, size: number, lang: 'zh' | 'en' | undefined): string {
  return say(lang, {
    screen: `${name} 等 ${size}`,
    en: size > 1 ? `${name} and ${size - 1} more` : name,
    zh: `${name}等${size}个`,
  });
}

function edgeRows(spec: LegendSpec): LineSample[] {
  const rows: LineSample[] = [];
  const { lead, cooperate, responsible } = ROLE_APPEARANCE;
  const text = (key: keyof typeof WORDS) => say(spec.lang, WORDS[key]);
  if (spec.edgeKinds.has('lead'))
    rows.push({ color: lead.color, width: lead.width, dash: null, arrow: true, text: text('lead') });
  if (spec.edgeKinds.has('cooperate'))
    rows.push({
      color: cooperate.color,
      width: cooperate.width,
      dash: COOPERATE_DASH,
      arrow: false,
      text: text('cooperate'),
    });
  if (spec.edgeKinds.has('responsible'))
    rows.push({
      color: responsible.color,
      width: responsible.width,
      dash: null,
      arrow: false,
      text: text('responsible'),
    });
  if (spec.edgeKinds.has('coordination')) {
    if (spec.directed)
      rows.push({ color: lead.color, width: 2.2, dash: null, arrow: true, text: text('directed') });
    rows.push({ color: MUTED_INK, width: 2.2, dash: null, arrow: false, text: text('shared') });
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
      text: AGENCY_KIND_APPEARANCE[kind].label[spec.lang ?? 'zh'],
    }));
  if (spec.colorBy === 'bloc')
    return [
      ...(spec.blocs ?? []).map((b) => ({
        color: blocColor(b.id),
        text: blocText(b.name, b.size, spec.lang),
      })),
      ...(spec.unblocked ? [{ color: NO_BLOC_COLOR, text: say(spec.lang, WORDS.none) }] : []),
    ];
  if (spec.colorBy === 'notice')
    return [
      ...(spec.notices ?? []).map((n) => ({
        color: n.color,
        text: n.label ? `${n.letter} ${n.label}` : n.letter,
      })),
      ...(spec.bridges ? [{ color: BRIDGE_COLOR, text: say(spec.lang, WORDS.bridge) }] : []),
    ];
  return spec.sections.map((s) => ({
    color: sectionColor(s.ordinal),
    text: `${s.ordinal}. ${s.title.length > 12 ? `${s.title.slice(0, 11)}…` : s.title}`,
  }));
}

/** One thing the legend explains: a swatch and its words, `width` wide, drawn with its middle at y. */
interface Entry {
  readonly width: number;
  /** Starts a new group: a wider gap before it, or a new line in a column. */
  readonly group: boolean;
  draw(x: number, y: number): SceneMark[];
}

const words = (x: number, y: number, text: string, fill = INK, weight: 400 | 600 = 400): SceneMark => ({
  type: 'text',
  x,
  y,
  text,
  size: FONT,
  fill,
  weight,
  baseline: 'middle',
});

function entries(spec: LegendSpec): Entry[] {
  const list: Entry[] = edgeRows(spec).map((row, i) => ({
    width: SWATCH + 6 + textWidth(row.text, FONT),
    group: i === 0,
    draw: (x, y) => [lineMark(row, x, y), words(x + SWATCH + 6, y, row.text)],
  }));
  const heading = say(spec.lang, WORDS[spec.colorBy]);
  list.push({
    width: textWidth(heading, FONT),
    group: true,
    draw: (x, y) => [words(x, y, heading, MUTED_INK, 600)],
  });
  for (const row of colourRows(spec))
    list.push({
      width: 18 + textWidth(row.text, FONT),
      group: false,
      draw: (x, y) => [
        { type: 'circle', cx: x + 6, cy: y, r: 6, fill: row.color, stroke: PAPER, strokeWidth: 1 },
        words(x + 18, y, row.text),
      ],
    });
  list.push(...projectEntries(spec.projectKinds ?? [], spec.lang));
  const size = say(spec.lang, WORDS.size);
  list.push({
    width: 34 + textWidth(size, FONT),
    group: true,
    draw: (x, y) => [
      { type: 'circle', cx: x + 4, cy: y, r: 4, fill: RULE },
      { type: 'circle', cx: x + 19, cy: y, r: 8, fill: RULE },
      words(x + 34, y, size),
    ],
  });
  return list;
}

/** The project layer's diamonds, one per kind shown, after a heading. */
function projectEntries(kinds: readonly ProjectKind[], legendLang: 'zh' | 'en' | undefined): Entry[] {
  if (kinds.length === 0) return [];
  const heading = say(legendLang, WORDS.projects);
  const lang = legendLang ?? 'zh';
  return [
    { width: textWidth(heading, FONT), group: true, draw: (x, y) => [words(x, y, heading, MUTED_INK, 600)] },
    ...kinds.map((kind): Entry => {
      const { color, label } = PROJECT_KIND_APPEARANCE[kind];
      return {
        width: 18 + textWidth(label[lang], FONT),
        group: false,
        draw: (x, y) => [
          {
            type: 'path',
            d: `M ${x + 6} ${y - 6} L ${x + 12} ${y} L ${x + 6} ${y + 6} L ${x} ${y} Z`,
            fill: color,
          },
          words(x + 18, y, label[lang]),
        ],
      };
    }),
  ];
}

/** The legend laid out in lines no wider than `maxWidth`: a strip across the top of the screen, or
 *  (with a small width) a column beside an exported graph, each group starting a new line. */
export function graphLegend(spec: LegendSpec, maxWidth = 0): Legend {
  const pad = 10;
  const marks: SceneMark[] = [];
  let x = pad;
  let y = pad + ROW / 2;
  let right = 0;
  for (const entry of entries(spec)) {
    const gap = entry.group ? 22 : 12;
    const fits = x === pad || x + gap + entry.width <= maxWidth - pad;
    if (!fits || (maxWidth === 0 && x > pad && entry.group)) {
      x = pad;
      y += ROW;
    } else if (x > pad) x += gap;
    marks.push(...entry.draw(x, y));
    x += entry.width;
    right = Math.max(right, x);
  }
  const width = Math.ceil(right + pad);
  const height = Math.ceil(y + ROW / 2 + pad);
  const frame: SceneMark = {
    type: 'rect',
    x: 0,
    y: 0,
    width,
    height,
    radius: 6,
    fill: PAPER,
    stroke: RULE,
    strokeWidth: 1,
  };
  return { width, height, marks: [{ ...frame, opacity: 0.96 }, ...marks] };
}
