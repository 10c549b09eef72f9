// A diagram for export, built from the notice by the same code as the views: the network (with the
// positions the screen or the layout gives), the agency × task matrix, the co-assignment matrix or
// the load ranking, framed with a title, the notice's name and date, and a source line.
import { overloadStats, overloadVerdicts, DEFAULT_OVERLOAD_THRESHOLD } from '../../analysis/overload.ts';
import {
  computeWorkload,
  DEFAULT_WEIGHTS,
  rankByLoad,
  type Workload,
  type WorkloadWeights,
} from '../../analysis/workload.ts';
import type { GraphClass } from '../../graph/classes.ts';
import type { GraphLook } from '../../graph/look.ts';
import { DEFAULT_PICTURE, legendSpec, type GraphPictureSettings } from '../../graph/picture.ts';
import { graphPicture } from '../../graph/whole-picture.ts';
import { graphScene } from '../../graph/scenes/network-scene.ts';
import { taskKeyScene, type KeySection } from '../../graph/scenes/task-key.ts';
import { letterOf, noticeColouring, noticeLetters } from '../../graph/notice-letters.ts';
import { translateMark } from '../../graph/scene-translate.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import type { Positions } from '../../graph/positions.ts';
import { agencyEnglish, withEnglishAgencyNames } from '../../notice/agency-english.ts';
import {
  agencyTaskMatrix,
  coassignmentMatrix,
  keepColumns,
  type ColumnMode,
  type RowOrder,
} from '../../graph/matrix.ts';
import type { GraphData } from '../../graph/network.ts';
import type { Scene } from '../../graph/scene.ts';
import { coassignmentScene } from '../../graph/scenes/coassignment-scene.ts';
import { matrixScene } from '../../graph/scenes/matrix-scene.ts';
import { rankingScene } from '../../graph/scenes/ranking-scene.ts';
import { deadlineScene, type LaneOrder } from '../../graph/scenes/deadline-scene.ts';
import { itemDeadlines, type NoticeStretch } from '../../analysis/deadlines.ts';
import { blocColor } from '../../graph/bloc-colouring.ts';
import type { BlocColor } from '../../graph/scenes/bloc-marks.ts';
import { arrangeAgencyTask, arrangeCoassignment } from '../../graph/sort-by-agency.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { frameScene, type FrameText } from './frame.ts';

export type DiagramView = 'graph' | 'matrix' | 'coassignment' | 'ranking' | 'deadlines';
export type LabelLang = 'zh' | 'en';
export const DIAGRAM_VIEWS: readonly DiagramView[] = [
  'graph',
  'matrix',
  'coassignment',
  'ranking',
  'deadlines',
];

export interface DiagramOptions {
  readonly view: DiagramView;
  readonly lang: LabelLang;
  /** The user's title; by default one made from the view and the notice. */
  readonly title?: string;
  /** Required for the network: what to draw and where its nodes stand. */
  readonly graph?: {
    readonly settings?: Partial<GraphPictureSettings>;
    readonly positions: Positions;
    /** The state on screen (hidden, dimmed…) by element id, as the view's classes name it. */
    readonly classes?: ReadonlyMap<string, readonly string[]>;
  };
  readonly matrixOrder?: RowOrder;
  readonly matrixColumns?: ColumnMode;
  /** The agency whose row sorts a matrix (its id). */
  readonly sortBy?: string | null;
  /** Bloc colours, when a matrix ordered by bloc bands its blocs (the network's palette by default). */
  readonly blocColor?: BlocColor;
  readonly weights?: WorkloadWeights;
  readonly threshold?: number;
  /** The deadlines in time: the day items are past due on (the diagram's date by default) and the
   *  lanes' order. */
  readonly deadlines?: {
    readonly asOf?: string;
    readonly order?: LaneOrder;
    /** In a workspace of several notices, where each lies: items are read against their own year. */
    readonly parts?: readonly NoticeStretch[];
  };
  readonly highlight?: string | null;
  /** Only these agencies' rows, in the view's order (the rows on screen). */
  readonly rows?: readonly string[];
  /** Only these columns of the agency × task matrix, by id (the columns on screen). */
  readonly columns?: readonly string[];
  /** The date the diagram is made, `YYYY-MM-DD`, for the source line; today by default. */
  readonly date?: string;
  /** Whether an English diagram's source line says that titles stay as the notice writes them (yes
   *  by default; the briefing says it once, on its cover). */
  readonly titlesNote?: boolean;
}

/** Lays a graph out: the app's layout client, or the command line's. */
export type LayoutFn = (
  graph: GraphData,
  look: GraphLook,
  context: { readonly agencySection: ReadonlyMap<string, number>; readonly centre: string | null },
) => Promise<Positions>;

const VIEW_NAMES: Record<DiagramView, Record<LabelLang, string>> = {
  graph: { zh: '任务分工网络', en: 'Who does what: the agency–task network' },
  matrix: { zh: '机构 × 任务分工矩阵', en: 'Agencies × tasks: who leads and who cooperates' },
  coassignment: { zh: '机构协同矩阵', en: 'Agencies × agencies: who works with whom' },
  ranking: { zh: '机构工作量排名', en: 'Agencies ranked by workload' },
  deadlines: { zh: '分工事项时限', en: 'Deadlines in time: who is due when' },
};

const COORDINATION_NAME: Record<LabelLang, string> = {
  zh: '机构协同网络',
  en: 'Who must coordinate with whom: the coordination network',
};

export function viewName(
  view: DiagramView,
  lang: LabelLang,
  settings?: Partial<GraphPictureSettings>,
): string {
  if (view === 'graph' && settings?.mode === 'coordination') return COORDINATION_NAME[lang];
  return VIEW_NAMES[view][lang];
}

/** A short name for the notice: the plan it divides (the 《…》 in the title), else the title. */
export function noticeShortName(model: NoticeModel): string {
  const quoted = /《([^》]+)》/.exec(model.notice.title)?.[1];
  return quoted ?? model.notice.title;
}

export function diagramTitle(
  model: NoticeModel,
  view: DiagramView,
  lang: LabelLang,
  settings?: Partial<GraphPictureSettings>,
): string {
  const name = viewName(view, lang, settings);
  const notice = noticeShortName(model);
  if (!notice) return name;
  return lang === 'zh' ? `《${notice}》${name}` : `${name} — ${notice}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Said once in an English document that shows the notice's own headings. */
export const TITLES_NOTE = 'Titles of sections and tasks are as the notice writes them.';

/** The issuer as an English source line names it: in English where the lexicon reads the name. */
export function issuerName(issuer: string | null, lang: LabelLang): string | null {
  if (!issuer || lang === 'zh') return issuer;
  return agencyEnglish(issuer) ?? issuer;
}

export function frameText(
  model: NoticeModel,
  title: string,
  lang: LabelLang,
  date = today(),
  /** An English note after the source line (the titles note). */
  note = '',
): FrameText {
  const { notice } = model;
  const bits = [
    notice.title || (lang === 'zh' ? '（无标题）' : '(untitled notice)'),
    issuerName(notice.issuer, lang),
    notice.published,
  ]
    .filter(Boolean)
    .join(lang === 'zh' ? '，' : ', ');
  const counts =
    lang === 'zh'
      ? `${model.sections.length} 个部分 · ${model.tasks.length} 项任务 · ${model.items.length} 个事项 · ${model.agencies.length} 个机构`
      : `${model.sections.length} sections · ${model.tasks.length} tasks · ${model.items.length} items · ${model.agencies.length} agencies`;
  const source =
    lang === 'zh'
      ? `资料来源：${bits}。每条连线均可追溯至通知原文中的责任分工语句。分工图谱 Fengong Atlas 制图，${date}。`
      : `Source: ${bits}. Every link traces to the sentence of the notice that assigns it.${note ? ` ${note}` : ''} Drawn with Fengong Atlas, ${date}.`;
  return { title, subtitle: `${notice.published ?? ''}${notice.published ? '  ·  ' : ''}${counts}`, source };
}

function workloadsFor(
  model: NoticeModel,
  weights: WorkloadWeights | undefined,
): ReadonlyMap<AgencyId, Workload> {
  return computeWorkload(model, weights ?? DEFAULT_WEIGHTS);
}

/** The order's row indices kept to the agencies asked for, in the order's sequence. */
function keptRows(
  rows: readonly { agencyId: AgencyId }[],
  order: readonly number[],
  only: readonly string[] | undefined,
): readonly number[] {
  if (!only) return order;
  const keep = new Set<string>(only);
  return order.filter((i) => keep.has(rows[i]?.agencyId ?? ''));
}

function bodyScene(model: NoticeModel, options: DiagramOptions): Scene {
  const workloads = workloadsFor(model, options.weights);
  const order = options.matrixOrder ?? 'load';
  const highlight = options.highlight ?? null;
  switch (options.view) {
    case 'graph': {
      if (!options.graph) throw new Error('A network diagram needs the positions of its nodes.');
      const settings = { ...DEFAULT_PICTURE, ...options.graph.settings };
      const { graph, look, blocs } = graphPicture(model, workloads, settings);
      const sections = model.sections.map((s) => ({ ordinal: s.ordinal, title: s.title }));
      const network = graphScene(graph, options.graph.positions, {
        look,
        legend: {
          ...legendSpec(
            graph,
            settings,
            sections,
            blocs,
            settings.colorBy === 'notice' ? noticeColouring(model) : null,
          ),
          lang: options.lang,
        },
        ...(options.graph.classes
          ? { classes: options.graph.classes as ReadonlyMap<string, readonly GraphClass[]> }
          : {}),
      });
      // Task boxes that show numbers only need their key beside them.
      const numbered = settings.mode !== 'coordination' && !settings.taskTitles;
      const hidden = (id: string) => options.graph?.classes?.get(id)?.includes('hidden') ?? false;
      return numbered ? withTaskKey(network, model, graph, options.lang, hidden) : network;
    }
    case 'matrix': {
      const whole = agencyTaskMatrix(model, workloads, options.matrixColumns ?? 'task');
      const sortBy = options.sortBy ?? null;
      const shared = coassignmentMatrix(model, whole);
      const { matrix: arranged, rowOrder } = arrangeAgencyTask(whole, shared, order, sortBy);
      const matrix = options.columns ? keepColumns(arranged, options.columns) : arranged;
      return matrixScene(matrix, keptRows(matrix.rows, rowOrder, options.rows), {
        highlight,
        wholeColumns: whole.columns.length,
        sortedBy: whole.rows.find((r) => r.agencyId === sortBy)?.label ?? null,
        ...(order === 'bloc' && !sortBy ? { blocColor: options.blocColor ?? blocColor } : {}),
        lang: options.lang,
      });
    }
    case 'coassignment': {
      const matrix = coassignmentMatrix(model, agencyTaskMatrix(model, workloads, 'task'));
      const sortBy = options.sortBy ?? null;
      const rowOrder = arrangeCoassignment(matrix, order, sortBy);
      return coassignmentScene(matrix, keptRows(matrix.rows, rowOrder, options.rows), {
        highlight,
        sortedBy: matrix.rows.find((r) => r.agencyId === sortBy)?.label ?? null,
        ...(order === 'bloc' && !sortBy ? { blocColor: options.blocColor ?? blocColor } : {}),
        lang: options.lang,
      });
    }
    case 'ranking': {
      const only = options.rows ? new Set<string>(options.rows) : null;
      const shown = only ? new Map([...workloads].filter(([id]) => only.has(id))) : workloads;
      const ranked = rankByLoad(workloads);
      const stats = overloadStats(ranked, model.agencies, options.threshold ?? DEFAULT_OVERLOAD_THRESHOLD);
      const verdicts = overloadVerdicts(ranked, model.agencies, stats);
      const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id));
      return rankingScene(shown, stats, verdicts, agencyLabels(model.agencies), {
        weights: options.weights ?? DEFAULT_WEIGHTS,
        totalSections: model.sections.length,
        generic,
        highlight,
        lang: options.lang,
      });
    }
    case 'deadlines': {
      const only = options.rows ? new Set<string>(options.rows) : null;
      return deadlineScene(model, itemDeadlines(model, options.deadlines?.parts), {
        asOf: options.deadlines?.asOf ?? options.date ?? today(),
        order: options.deadlines?.order ?? 'earliest',
        lang: options.lang,
        highlight,
        ...(only ? { lanes: only } : {}),
      });
    }
  }
}

/** The sections and tasks drawn in the network: those an ego view keeps, none the view hides. */
function keySections(model: NoticeModel, graph: GraphData, hidden: (id: string) => boolean): KeySection[] {
  const drawn = new Set(graph.nodes.filter((n) => n.kind === 'task' && !hidden(n.id)).map((n) => n.id));
  const tasks = model.tasks.filter((t) => drawn.has(t.id));
  const letters = noticeLetters(model);
  const sections: KeySection[] = model.sections.map((s) => ({
    ordinal: s.ordinal,
    title: s.title,
    letter: letterOf(letters, s.id),
    tasks: tasks.filter((t) => t.sectionId === s.id),
  }));
  const loose = tasks.filter((t) => t.sectionId === null);
  return loose.length > 0 ? [...sections, { ordinal: 0, title: '—', tasks: loose }] : sections;
}

const KEY_GAP = 28;

/** The network with its task key to the right, top-aligned, as tall as the network allows. */
function withTaskKey(
  network: Scene,
  model: NoticeModel,
  graph: GraphData,
  lang: LabelLang,
  hidden: (id: string) => boolean,
): Scene {
  const key = taskKeyScene(keySections(model, graph, hidden), network.height, lang);
  if (key.marks.length === 0) return network;
  const dx = network.width + KEY_GAP;
  return {
    ...network,
    width: dx + key.width,
    height: Math.max(network.height, key.height),
    marks: [...network.marks, ...key.marks.map((m) => translateMark(m, dx, 0))],
  };
}

/** The whole framed diagram, as the app and the command line export it. */
export function diagramScene(model: NoticeModel, options: DiagramOptions): Scene {
  const title =
    options.title?.trim() || diagramTitle(model, options.view, options.lang, options.graph?.settings);
  const named = options.lang === 'en' ? withEnglishAgencyNames(model) : model;
  // The network and the agency × task matrix show the notice's headings, in Chinese.
  const showsTitles = options.view === 'graph' || options.view === 'matrix';
  const note = options.lang === 'en' && showsTitles && options.titlesNote !== false ? TITLES_NOTE : '';
  return frameScene(bodyScene(named, options), frameText(model, title, options.lang, options.date, note));
}

/** Positions for the network a setting asks for, laid out by the given layout (fcose in the app). */
export async function graphPositions(
  model: NoticeModel,
  settings: Partial<GraphPictureSettings>,
  layout: LayoutFn,
  options: { readonly weights?: WorkloadWeights; readonly lang?: LabelLang } = {},
): Promise<Positions> {
  const { weights, lang = 'zh' } = options;
  const full = { ...DEFAULT_PICTURE, ...settings };
  // Laid out round the labels as they will be drawn: English names take more room than Chinese.
  const named = lang === 'en' ? withEnglishAgencyNames(model) : model;
  const { graph, look, agencySection, ego } = graphPicture(named, workloadsFor(model, weights), full);
  return layout(graph, look, { agencySection, centre: ego });
}
