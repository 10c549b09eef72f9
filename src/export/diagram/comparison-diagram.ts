// Two notices compared, as one framed diagram: the agencies' load before and after (the dumbbell,
// heaviest change first) over the coordination network with links gained and lost, under a title
// naming both notices and over a source line citing both. Built from the comparison by the same
// scenes the Compare view draws; the network's positions come from the caller's layout.
import { sortAgencies, type NoticeComparison, type ComparedNotice } from '../../compare/compare-notices.ts';
import { changeNetwork } from '../../compare/change-network.ts';
import { changeNetworkScene } from '../../compare/change-network-scene.ts';
import { CHANGE_NETWORK_CHINESE, CHANGE_NETWORK_ENGLISH } from '../../compare/change-network-words.ts';
import { loadDumbbellScene } from '../../compare/load-dumbbell-scene.ts';
import { DUMBBELL_CHINESE, DUMBBELL_ENGLISH } from '../../compare/load-dumbbell-words.ts';
import { INK } from '../../graph/appearance.ts';
import { agencyEnglish } from '../../notice/agency-english.ts';
import type { Positions } from '../../graph/positions.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { translateMark } from '../../graph/scene-translate.ts';
import { issuerName, type LabelLang } from './diagram.ts';
import { frameScene, type FrameText } from './frame.ts';

export interface ComparisonDiagramOptions {
  readonly lang: LabelLang;
  /** Short names of the two notices, for the chart's key. */
  readonly labelA: string;
  readonly labelB: string;
  /** Where the change network's agencies stand (keys of the comparison's rows). */
  readonly positions: Positions;
  readonly title?: string;
  /** The date the diagram is made, `YYYY-MM-DD`; today by default. */
  readonly date?: string;
  readonly width?: number;
  /** Chart every agency, not only those whose load changed (the default when any did). */
  readonly allAgencies?: boolean;
}

const WORDS = {
  zh: {
    title: (a: string, b: string) => (a === b ? `${a}：两份通知比较` : `${a} 与 ${b} 比较`),
    load: '各机构负担：前后对比',
    changedOnly: (shown: number, all: number) =>
      `各机构负担：前后对比（列出有变化的 ${shown} 个机构，共 ${all} 个）`,
    network: '机构协同网络：新增与消失的联系',
    notice: (side: string, n: ComparedNotice) =>
      `${side}：${n.title || '（无标题）'}${n.published ? `（${n.published}）` : ''}`,
    source: (a: string, b: string, date: string) =>
      `资料来源：${a}；${b}。机构按名称规则在两份通知间对应，联系指同一事项中共同承担。分工图谱 Fengong Atlas 制图，${date}。`,
    cite: (n: ComparedNotice) =>
      [n.title || '（无标题）', issuerName(n.issuer, 'zh'), n.published].filter(Boolean).join('，'),
  },
  en: {
    title: (a: string, b: string) =>
      a === b ? `Comparing two notices: ${a}` : `Comparing two notices: ${a} and ${b}`,
    load: "Agencies' load, before and after",
    changedOnly: (shown: number, all: number) =>
      `Agencies' load, before and after (the ${shown} of ${all} agencies whose load changed)`,
    network: 'The coordination network: links gained and lost',
    notice: (side: string, n: ComparedNotice) =>
      `${side}: ${n.title || '(untitled notice)'}${n.published ? ` (${n.published})` : ''}`,
    source: (a: string, b: string, date: string) =>
      `Sources: ${a}; ${b}. Agencies are matched across the notices by the rules of their names; a link is two agencies named in one item. Drawn with Fengong Atlas, ${date}.`,
    cite: (n: ComparedNotice) =>
      [n.title || '(untitled notice)', issuerName(n.issuer, 'en'), n.published].filter(Boolean).join(', '),
  },
} as const;

const HEAD = 15;
const GAP = 18;

function heading(text: string, y: number): SceneMark {
  return {
    type: 'text',
    x: 16,
    y,
    text,
    size: HEAD,
    weight: 600,
    fill: INK,
    baseline: 'top',
    layer: 'legend',
  };
}

/** The comparison's body: the two scenes one above the other, each under its heading. */
export function comparisonBody(comparison: NoticeComparison, options: ComparisonDiagramOptions): Scene {
  const width = options.width ?? 1080;
  const en = options.lang === 'en';
  const words = WORDS[options.lang];
  // An English diagram names agencies in English where the lexicon reads the name, as the others do.
  const named = (name: string) => (en ? (agencyEnglish(name) ?? name) : name);
  const all = sortAgencies(comparison.agencies, 'change').map((r) => ({ ...r, name: named(r.name) }));
  const changed = all.filter((r) => r.change !== 0 || r.idsA.length === 0 || r.idsB.length === 0);
  // A page of unchanged rows hides the few that moved: those alone, and the heading says so.
  const rows = options.allAgencies || changed.length === 0 ? all : changed;
  const dumbbell = loadDumbbellScene(rows, {
    width,
    labelA: options.labelA,
    labelB: options.labelB,
    words: en ? DUMBBELL_ENGLISH : DUMBBELL_CHINESE,
  });
  const raw = changeNetwork(comparison);
  const network = changeNetworkScene(
    {
      nodes: raw.nodes.map((n) => ({ ...n, name: named(n.name), label: named(n.label) })),
      links: raw.links.map((l) => ({ ...l, names: [named(l.names[0]), named(l.names[1])] as const })),
    },
    options.positions,
    {
      width,
      words: en ? CHANGE_NETWORK_ENGLISH : CHANGE_NETWORK_CHINESE,
    },
  );
  const dumbbellTop = HEAD + 8;
  const networkHead = dumbbellTop + dumbbell.height + GAP;
  const networkTop = networkHead + HEAD + 8;
  const bodyWidth = Math.max(dumbbell.width, network.width);
  // The network's key stays at the left edge with the chart's; its drawing is centred under the chart.
  const shift = (bodyWidth - network.width) / 2;
  const networkMarks = network.marks.map((m) =>
    translateMark(m, m.layer === 'legend' ? 0 : shift, networkTop),
  );
  return {
    width: bodyWidth,
    height: networkTop + network.height,
    background: dumbbell.background ?? '#ffffff',
    marks: [
      heading(rows.length < all.length ? words.changedOnly(rows.length, all.length) : words.load, 0),
      ...dumbbell.marks.map((m) => translateMark(m, 0, dumbbellTop)),
      heading(words.network, networkHead),
      ...networkMarks,
    ],
  };
}

export function comparisonTitle(options: Pick<ComparisonDiagramOptions, 'lang' | 'labelA' | 'labelB'>) {
  return WORDS[options.lang].title(options.labelA, options.labelB);
}

export function comparisonFrameText(
  comparison: NoticeComparison,
  options: Pick<ComparisonDiagramOptions, 'lang' | 'labelA' | 'labelB' | 'title' | 'date'>,
): FrameText {
  const words = WORDS[options.lang];
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  return {
    title: options.title?.trim() || comparisonTitle(options),
    subtitle: `${words.notice('A', comparison.a)}  ·  ${words.notice('B', comparison.b)}`,
    source: words.source(words.cite(comparison.a), words.cite(comparison.b), date),
  };
}

/** The whole framed comparison, as the app and the command line export it. */
export function comparisonDiagram(comparison: NoticeComparison, options: ComparisonDiagramOptions): Scene {
  return frameScene(comparisonBody(comparison, options), comparisonFrameText(comparison, options));
}
