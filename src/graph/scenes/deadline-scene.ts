// Deadlines in time as a scene: one lane per agency, each item it leads or joins drawn at the date it
// falls due (a role mark: lead a filled square, cooperate a ring, responsible a diamond), a span such
// as `2024—2025年` or `第三季度` drawn as a bar up to its end; what is past due on the chosen day ringed
// in ink over a shaded past. Deadlines with no date (`长期坚持`, `持续推进`, `每年`, `定期`, and what
// could not be read) stand apart in columns of their own at the right, grouped by kind, never on the
// axis. Items due on the same day in one lane sit side by side in a small grid centred on the day.
import {
  RELATIVE_KINDS,
  type DeadlineKind,
  type ItemDeadline,
  type RelativeKind,
} from '../../analysis/deadlines.ts';
import type { AgencyId, Item, NoticeModel, Role } from '../../notice/model.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import { BAND, INK, MUTED_INK, PAPER, ROLE_APPEARANCE, RULE } from '../appearance.ts';
import type { Scene, SceneMark } from '../scene.ts';
import { roleMark } from './role-mark.ts';
import { fitText, textWidth, widestText } from './text-fit.ts';
import { timeAxis, timeTicks } from './time-axis.ts';

export type LaneOrder = 'earliest' | 'load';
export const LANE_ORDERS: readonly LaneOrder[] = ['earliest', 'load'];

export interface DeadlineSceneOptions {
  /** The day against which deadlines are past due, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly order: LaneOrder;
  readonly lang: 'zh' | 'en';
  readonly width?: number;
  /** The agency or item selected elsewhere: its lane outlined, its marks enlarged. */
  readonly highlight?: string | null;
  /** Only these agencies' lanes (those scrolled into view), in the order asked for. */
  readonly lanes?: ReadonlySet<string>;
}

export interface DeadlineLane {
  readonly agencyId: AgencyId;
  readonly y: number;
  readonly height: number;
}

export interface DeadlineScene extends Scene {
  /** Where the lanes start: above it, the key and the axis (a view keeps them in sight). */
  readonly top: number;
  readonly lanes: readonly DeadlineLane[];
  /** Items with a date past due on `asOf`. */
  readonly pastDue: number;
}

/** The columns at the right: deadlines with no date, and those that could not be read. */
type ApartKind = RelativeKind | 'unread';
const APART_KINDS: readonly ApartKind[] = [...RELATIVE_KINDS, 'unread'];

const WORDS = {
  zh: {
    roles: { lead: '牵头', cooperate: '配合', responsible: '负责' } as Record<Role, string>,
    span: '时段',
    pastDue: (asOf: string) => `已逾期（截至 ${asOf}）`,
    asOf: (asOf: string) => `截至 ${asOf}`,
    apart: '无固定日期',
    kinds: {
      'long-term': '长期',
      continuing: '持续',
      yearly: '每年',
      periodic: '定期',
      unread: '未识别',
    } as Record<DeadlineKind, string>,
    empty: '本通知的分工未写明时限。',
    dated: '有日期',
  },
  en: {
    roles: { lead: 'leads', cooperate: 'cooperates', responsible: 'responsible' } as Record<Role, string>,
    span: 'span',
    pastDue: (asOf: string) => `past due (as of ${asOf})`,
    asOf: (asOf: string) => `as of ${asOf}`,
    apart: 'No fixed date',
    kinds: {
      'long-term': 'Long-term',
      continuing: 'Continuing',
      yearly: 'Yearly',
      periodic: 'Periodic',
      unread: 'Unread',
    } as Record<DeadlineKind, string>,
    empty: 'This notice states no deadlines for its items.',
    dated: 'dated',
  },
};

const MARGIN = 16;
const LABEL = 13;
const LABEL_MAX = 220;
const STEP = 12;
const MARK = 9;
const LANE_PAD = 6;
const MIN_LANE = 26;
const APART_PER_ROW = 6;
const APART_GAP = 18;
const PAST = '#f3ece6';
const RANGE_OPACITY = 0.3;

interface Entry {
  readonly deadline: ItemDeadline;
  readonly role: Role;
}

interface Lane {
  readonly agencyId: AgencyId;
  readonly entries: Entry[];
  earliest: string | null;
}

const ROLE_ORDER: Record<Role, number> = { lead: 0, responsible: 1, cooperate: 2 };

function roleOf(item: Item, agency: AgencyId): Role | null {
  if (item.leads.includes(agency)) return 'lead';
  if (item.responsible.includes(agency)) return 'responsible';
  if (item.cooperators.includes(agency)) return 'cooperate';
  return null;
}

/** One lane per agency named on an item with a deadline, in the order asked for. */
export function deadlineLanes(deadlines: readonly ItemDeadline[], order: LaneOrder): Lane[] {
  const lanes = new Map<AgencyId, Lane>();
  for (const d of deadlines) {
    const named = [...d.item.leads, ...d.item.responsible, ...d.item.cooperators];
    for (const agencyId of new Set(named)) {
      const role = roleOf(d.item, agencyId);
      if (!role) continue;
      let lane = lanes.get(agencyId);
      if (!lane) lanes.set(agencyId, (lane = { agencyId, entries: [], earliest: null }));
      lane.entries.push({ deadline: d, role });
      if (d.due && (lane.earliest === null || d.due < lane.earliest)) lane.earliest = d.due;
    }
  }
  const byEarliest = (a: Lane, b: Lane) =>
    a.earliest === b.earliest
      ? 0
      : a.earliest === null
        ? 1
        : b.earliest === null
          ? -1
          : a.earliest < b.earliest
            ? -1
            : 1;
  const byLoad = (a: Lane, b: Lane) => b.entries.length - a.entries.length;
  const byName = (a: Lane, b: Lane) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0);
  return [...lanes.values()].sort((a, b) =>
    order === 'earliest'
      ? byEarliest(a, b) || byLoad(a, b) || byName(a, b)
      : byLoad(a, b) || byEarliest(a, b) || byName(a, b),
  );
}

function apartKind(d: ItemDeadline): ApartKind | null {
  if (d.reading.dates.length > 0) return null;
  return d.reading.kind === 'dated' ? 'unread' : (d.reading.kind as ApartKind);
}

/** Every day a deadline names, starts of spans included: what the axis must show. */
function axisDays(deadlines: readonly ItemDeadline[]): string[] {
  return deadlines.flatMap((d) => d.reading.dates.flatMap((x) => (x.start ? [x.start, x.end] : [x.end])));
}

function itemName(item: Item): string {
  const head = [item.number, item.title].filter(Boolean).join(' ');
  return head || item.id;
}

function hoverText(entry: Entry, lang: 'zh' | 'en'): string {
  const words = WORDS[lang];
  return `${itemName(entry.deadline.item)} · ${entry.deadline.reading.text} · ${words.roles[entry.role]}`;
}

interface Placed {
  readonly marks: SceneMark[];
  readonly rows: number;
}

/** The lane's dated marks: per day, a grid centred on it; a span's bar runs from its start. */
function datedMarks(
  lane: Lane,
  y: number,
  x: (iso: string) => number,
  c: { perRow: number; asOf: string; highlight: string | null; lang: 'zh' | 'en' },
): Placed & { pastDue: Set<string> } {
  const byDay = new Map<string, { entry: Entry; start: string | null }[]>();
  for (const entry of lane.entries)
    for (const date of entry.deadline.reading.dates) {
      const list = byDay.get(date.end) ?? [];
      list.push({ entry, start: date.start });
      byDay.set(date.end, list);
    }
  const bars: SceneMark[] = [];
  const marks: SceneMark[] = [];
  const pastDue = new Set<string>();
  let rows = 0;
  for (const [day, list] of byDay) {
    list.sort((a, b) => ROLE_ORDER[a.entry.role] - ROLE_ORDER[b.entry.role]);
    const cols = Math.min(list.length, c.perRow);
    rows = Math.max(rows, Math.ceil(list.length / c.perRow));
    const past = day < c.asOf;
    list.forEach(({ entry, start }, i) => {
      const cx = x(day) - ((cols - 1) * STEP) / 2 + (i % c.perRow) * STEP;
      const cy = y + LANE_PAD + STEP / 2 + Math.floor(i / c.perRow) * STEP;
      const item = entry.deadline.item;
      const tag = { ref: { kind: 'item' as const, id: item.id }, title: hoverText(entry, c.lang) };
      const chosen = c.highlight === item.id;
      const color = ROLE_APPEARANCE[entry.role].color;
      if (start)
        bars.push({
          type: 'rect',
          x: Math.min(x(start), cx),
          y: cy - 2,
          width: Math.max(0, cx - x(start)),
          height: 4,
          radius: 2,
          fill: color,
          opacity: RANGE_OPACITY,
          ...tag,
        });
      if (past) {
        pastDue.add(item.id);
        marks.push({
          type: 'circle',
          cx,
          cy,
          r: MARK / 2 + 2.6,
          fill: PAPER,
          stroke: INK,
          strokeWidth: 1.6,
          ...tag,
        });
      }
      marks.push(roleMark(entry.role, cx, cy, chosen ? MARK + 4 : MARK, tag));
    });
  }
  return { marks: [...bars, ...marks], rows, pastDue };
}

/** The lane's deadlines with no date, in their kind's column, a few to a row. */
function apartMarks(
  lane: Lane,
  y: number,
  columns: ReadonlyMap<ApartKind, number>,
  highlight: string | null,
  lang: 'zh' | 'en',
): Placed {
  const marks: SceneMark[] = [];
  let rows = 0;
  for (const [kind, left] of columns) {
    const entries = lane.entries
      .filter((e) => apartKind(e.deadline) === kind)
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    rows = Math.max(rows, Math.ceil(entries.length / APART_PER_ROW));
    entries.forEach((entry, i) => {
      const cx = left + STEP / 2 + (i % APART_PER_ROW) * STEP;
      const cy = y + LANE_PAD + STEP / 2 + Math.floor(i / APART_PER_ROW) * STEP;
      const item = entry.deadline.item;
      const tag = { ref: { kind: 'item' as const, id: item.id }, title: hoverText(entry, lang) };
      marks.push(roleMark(entry.role, cx, cy, highlight === item.id ? MARK + 4 : MARK, tag));
    });
  }
  return { marks, rows };
}

function keyMarks(
  x0: number,
  y: number,
  roles: readonly Role[],
  c: { asOf: string; spans: boolean; pastDue: boolean; lang: 'zh' | 'en' },
): SceneMark[] {
  const words = WORDS[c.lang];
  const marks: SceneMark[] = [];
  let at = x0;
  const entry = (draw: SceneMark[], text: string) => {
    marks.push(...draw, { type: 'text', x: at + 16, y, text, size: 12, fill: INK, baseline: 'middle' });
    at += 16 + textWidth(text, 12) + 20;
  };
  for (const role of roles) entry([roleMark(role, at + 5, y, MARK)], words.roles[role]);
  if (c.spans)
    entry(
      [
        {
          type: 'rect',
          x: at - 4,
          y: y - 2,
          width: 14,
          height: 4,
          radius: 2,
          fill: INK,
          opacity: RANGE_OPACITY,
        },
      ],
      words.span,
    );
  if (c.pastDue)
    entry(
      [
        { type: 'circle', cx: at + 5, cy: y, r: MARK / 2 + 2.6, fill: PAPER, stroke: INK, strokeWidth: 1.6 },
        { type: 'rect', x: at + 1.5, y: y - 3.5, width: 7, height: 7, fill: MUTED_INK },
      ],
      words.pastDue(c.asOf),
    );
  return marks;
}

export function deadlineScene(
  model: NoticeModel,
  deadlines: readonly ItemDeadline[],
  options: DeadlineSceneOptions,
): DeadlineScene {
  const width = options.width ?? 1080;
  const words = WORDS[options.lang];
  const highlight = options.highlight ?? null;
  if (deadlines.length === 0) {
    const marks: SceneMark[] = [
      {
        type: 'text',
        x: MARGIN,
        y: MARGIN + 10,
        text: words.empty,
        size: 14,
        fill: MUTED_INK,
        baseline: 'middle',
      },
    ];
    return {
      width,
      height: MARGIN * 2 + 20,
      background: PAPER,
      marks,
      top: MARGIN * 2 + 20,
      lanes: [],
      pastDue: 0,
    };
  }
  const labels = agencyLabels(model.agencies);
  const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id));
  const only = options.lanes;
  const lanes = deadlineLanes(deadlines, options.order).filter((l) => !only || only.has(l.agencyId));
  const left = Math.ceil(
    MARGIN +
      Math.min(
        LABEL_MAX,
        widestText(
          lanes.map((l) => labels.get(l.agencyId) ?? l.agencyId),
          LABEL,
        ),
      ) +
      16,
  );

  // The columns apart, for the kinds this notice uses, at the right.
  const kinds = APART_KINDS.filter((k) => deadlines.some((d) => apartKind(d) === k));
  const columnWidth = (k: ApartKind) =>
    Math.max(APART_PER_ROW * STEP + 8, textWidth(words.kinds[k], 12) + 10);
  const apartWidth = kinds.reduce((sum, k) => sum + columnWidth(k), 0);
  const columns = new Map<ApartKind, number>();
  let at = width - MARGIN - apartWidth;
  for (const k of kinds) {
    columns.set(k, at);
    at += columnWidth(k);
  }
  const apartLeft = width - MARGIN - apartWidth;
  const plotRight = kinds.length > 0 ? apartLeft - APART_GAP - 8 : width - MARGIN - 8;
  const shown = axisDays(deadlines);
  const hasDates = shown.length > 0;
  let axis = timeAxis(hasDates ? shown : [options.asOf], left + 8, Math.max(left + 200, plotRight));
  const x = (iso: string) => axis.x(iso);
  // Days closer than this share a grid's width: as many marks to a row as fit between two dates,
  // measured once the widest grid's reach is kept inside the plot (narrower grids reach less).
  const days = [...new Set(deadlines.flatMap((d) => d.reading.dates.map((x2) => x2.end)))].sort();
  const plot = axis;
  let perRow = 10;
  let reach = 0;
  for (let pass = 0; pass < 2; pass++) {
    let gap = Infinity;
    for (let i = 1; i < days.length; i++)
      gap = Math.min(gap, x(days[i] as string) - x(days[i - 1] as string));
    perRow = Math.max(2, Math.min(perRow, Math.floor((Number.isFinite(gap) ? gap : 200) / STEP) - 1));
    // The widest grid, centred on the first or last day, stays inside the plot.
    reach = ((perRow - 1) * STEP) / 2 + MARK;
    axis = plot.withRange(left + 8 + reach, Math.max(left + 200, plotRight - reach));
  }

  const roles = (['lead', 'cooperate', 'responsible'] as const).filter((r) =>
    lanes.some((l) => l.entries.some((e) => e.role === r)),
  );
  const spans = deadlines.some((d) => d.reading.dates.some((x2) => x2.start));
  const keyY = MARGIN + 8;
  const badgeY = keyY + 26;
  const axisY = keyY + 56;
  const top = axisY + 6;

  const back: SceneMark[] = [];
  const body: SceneMark[] = [];
  const out: DeadlineLane[] = [];
  const pastDue = new Set<string>();
  let y = top;
  lanes.forEach((lane, i) => {
    const dated = hasDates
      ? datedMarks(lane, y, x, { perRow, asOf: options.asOf, highlight, lang: options.lang })
      : null;
    const apart = apartMarks(lane, y, columns, highlight, options.lang);
    dated?.pastDue.forEach((id) => pastDue.add(id));
    const height = Math.max(MIN_LANE, Math.max(dated?.rows ?? 0, apart.rows) * STEP + LANE_PAD * 2);
    const selected = highlight === lane.agencyId;
    if (i % 2 === 1 || selected)
      back.push({
        type: 'rect',
        x: MARGIN / 2,
        y,
        width: width - MARGIN,
        height,
        fill: i % 2 === 1 ? BAND : PAPER,
        opacity: i % 2 === 1 ? 0.7 : 1,
        ...(selected ? { stroke: INK, strokeWidth: 1.5 } : {}),
      });
    const label = labels.get(lane.agencyId) ?? lane.agencyId;
    const ref = { kind: 'agency' as const, id: lane.agencyId };
    body.push({
      type: 'text',
      x: left - 10,
      y: y + Math.min(height, MIN_LANE) / 2,
      text: fitText(label, LABEL, LABEL_MAX),
      size: LABEL,
      fill: generic.has(lane.agencyId) ? MUTED_INK : INK,
      anchor: 'end',
      baseline: 'middle',
      ref,
      title: `${label}: ${lane.entries.length}`,
      ...(selected ? { weight: 700 as const } : {}),
    });
    if (dated) body.push(...dated.marks);
    body.push(...apart.marks);
    out.push({ agencyId: lane.agencyId, y, height });
    y += height;
  });
  const bottom = y;

  // The past, shaded up to the chosen day, and the day itself as a rule.
  const [x0, x1] = [left + 8, Math.max(left + 200 + reach, plotRight)];
  const asOfX = Math.max(x0, Math.min(x1, x(options.asOf)));
  const grid: SceneMark[] = [];
  if (hasDates && asOfX > x0)
    grid.push({
      type: 'rect',
      x: x0,
      y: top,
      width: asOfX - x0,
      height: bottom - top,
      fill: PAST,
      opacity: 0.75,
    });
  const head: SceneMark[] = [];
  if (hasDates) {
    let d = '';
    for (const tick of timeTicks(axis, options.lang)) {
      const tx = tick.x;
      d += `M${tx},${top}V${bottom}`;
      head.push({
        type: 'text',
        x: tx,
        y: axisY,
        text: tick.text,
        size: 12,
        fill: MUTED_INK,
        anchor: 'middle',
        baseline: 'bottom',
      });
    }
    grid.push({ type: 'path', d, stroke: RULE, strokeWidth: 1 });
    // The chosen day's badge; a day beyond the axis is pointed at from its end.
    const beyond = x(options.asOf) > x1 ? ' →' : x(options.asOf) < x0 ? '← ' : '';
    const asOfText = beyond === '← ' ? beyond + words.asOf(options.asOf) : words.asOf(options.asOf) + beyond;
    const boxWidth = textWidth(asOfText, 11) + 12;
    const boxX = Math.min(x1 - boxWidth, Math.max(x0, asOfX - boxWidth / 2));
    head.push(
      { type: 'path', d: `M${asOfX},${badgeY + 8}V${top}`, stroke: INK, strokeWidth: 1.5, dash: [5, 4] },
      { type: 'rect', x: boxX, y: badgeY - 8, width: boxWidth, height: 16, radius: 3, fill: INK },
      {
        type: 'text',
        x: boxX + 6,
        y: badgeY,
        text: asOfText,
        size: 11,
        fill: PAPER,
        baseline: 'middle',
        weight: 600,
      },
    );
    grid.push({ type: 'path', d: `M${asOfX},${top}V${bottom}`, stroke: INK, strokeWidth: 1.5, dash: [5, 4] });
  }
  if (kinds.length > 0) {
    head.push({
      type: 'text',
      x: apartLeft,
      y: badgeY,
      text: words.apart,
      size: 12,
      fill: INK,
      weight: 600,
      baseline: 'middle',
    });
    for (const [k, cx] of columns)
      head.push({
        type: 'text',
        x: cx,
        y: axisY,
        text: words.kinds[k],
        size: 12,
        fill: MUTED_INK,
        baseline: 'bottom',
      });
    grid.push({
      type: 'path',
      d: `M${apartLeft - APART_GAP / 2},${badgeY - 8}V${bottom}`,
      stroke: RULE,
      strokeWidth: 1.5,
    });
  }
  const key = keyMarks(MARGIN, keyY, roles, {
    asOf: options.asOf,
    spans,
    pastDue: pastDue.size > 0,
    lang: options.lang,
  });
  return {
    width,
    height: bottom + MARGIN,
    background: PAPER,
    marks: [...key, ...head, ...back, ...grid, ...body],
    top,
    lanes: out,
    pastDue: pastDue.size,
  };
}
