// The projects of the briefing pack, condensed: grouped by kind (rail, roads, ports…), each project a
// short entry — its name, its task's number (as in the network's key) and lead, its cooperating
// agencies — flowing down three columns as a newspaper does, so a page fills before the next starts
// and the last page's columns come out even.
import { INK, MUTED_INK, PROJECT_KIND_APPEARANCE, PROJECT_KINDS, RULE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { joinList, textWidth } from '../../graph/scenes/text-fit.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import type { NoticeModel, Project } from '../../notice/model.ts';
import { projectResponsibility } from '../../projects/responsibility.ts';
import type { LabelLang } from '../diagram/diagram.ts';
import { wrapText } from '../diagram/table-scene.ts';

const COLUMNS = 3;
const COLUMN_GAP = 28;
const NAME_SIZE = 12.5;
const LINE_SIZE = 11;
const HEAD_SIZE = 13.5;
const NOTE_SIZE = 11.5;
const ENTRY_GAP = 9;
const HEAD_HEIGHT = 30;

const T = {
  zh: {
    note: (n: number, kinds: number) =>
      `通知点名的 ${n} 个项目，按 ${kinds} 类列出；由同一事项分工的项目合为一条；“任务”编号同任务分工网络的图例。`,
    continued: '（续）',
    task: (n: number) => `任务 ${n}`,
    lead: '牵头：',
    with: '配合：',
    then: '；',
    none: '未明确',
    sep: ' · ',
  },
  en: {
    note: (n: number, kinds: number) =>
      `The ${n} projects the notice names, in ${kinds} kinds; projects assigned alike share an entry; task numbers are those of the key to the agency–task network.`,
    continued: ' (continued)',
    task: (n: number) => `Task ${n}`,
    lead: 'Lead: ',
    with: 'with ',
    then: '; ',
    none: 'none named',
    sep: ' · ',
  },
} as const;

/** A piece of a column: a kind's heading or one project, drawn at its column's origin. */
interface Block {
  readonly kind: Project['kind'];
  readonly head: boolean;
  /** A project's kind heading, said again when a column or page opens on the project. */
  readonly continues?: Block;
  readonly height: number;
  readonly draw: (x: number, y: number, continued: boolean) => SceneMark[];
}

function entryBlocks(model: NoticeModel, lang: LabelLang, width: number, scale: number): Block[] {
  const t = T[lang];
  // Chinese names shortened as the diagrams label them (商务厅); English names are already short.
  const labels =
    lang === 'zh' ? agencyLabels(model.agencies) : new Map(model.agencies.map((a) => [a.id, a.name]));
  const name = (id: string) => labels.get(id as never) ?? id;
  const tasks = new Map(model.tasks.map((task) => [task.id as string, task.ordinal]));
  const blocks: Block[] = [];
  for (const kind of PROJECT_KINDS) {
    const projects = model.projects.filter((p) => p.kind === kind);
    if (projects.length === 0) continue;
    const look = PROJECT_KIND_APPEARANCE[kind];
    const heading: Block = {
      kind,
      head: true,
      height: HEAD_HEIGHT,
      draw: (x, y, continued) => [
        { type: 'circle', cx: x + 6, cy: y + 11, r: 5.5, fill: look.color },
        {
          type: 'text',
          x: x + 18,
          y: y + 11,
          text: `${look.label[lang]}${continued ? t.continued : ` ${projects.length}`}`,
          size: HEAD_SIZE,
          weight: 600,
          fill: look.color,
          baseline: 'middle',
        },
        { type: 'path', d: `M ${x} ${y + 23} H ${x + width}`, stroke: RULE, strokeWidth: 0.8 },
      ],
    };
    blocks.push(heading);
    // Projects one item assigns alike (the four seaports, the tourist sites of one task) share an
    // entry: their names together, who answers for them once.
    const entries = new Map<string, { names: string[]; who: string }>();
    for (const project of projects) {
      const who = projectResponsibility(model, project);
      const leads = joinList([...who.leads, ...who.responsible].map(name), lang) || t.none;
      const ordinals = [
        ...new Set(project.taskIds.map((id) => tasks.get(id)).filter((n) => n !== undefined)),
      ];
      const cooperators =
        who.cooperators.length > 0 ? `${t.then}${t.with}${joinList(who.cooperators.map(name), lang)}` : '';
      const task = ordinals.length > 0 ? `${t.task(ordinals[0] ?? 0)}${t.sep}` : '';
      const line = `${task}${t.lead}${leads}${cooperators}`;
      const entry = entries.get(line);
      if (entry) entry.names.push(project.name);
      else entries.set(line, { names: [project.name], who: line });
    }
    for (const entry of entries.values()) {
      const lines: { text: string; size: number; weight?: 600; fill: string }[] = [
        ...nameLines(entry.names, lang, NAME_SIZE * scale, width).map((text) => ({
          text,
          size: NAME_SIZE * scale,
          weight: 600 as const,
          fill: INK,
        })),
        // Who answers in one run of text: the lead in full, then the cooperating agencies.
        ...wrapText(entry.who, LINE_SIZE * scale, width).map((text) => ({
          text,
          size: LINE_SIZE * scale,
          fill: MUTED_INK,
        })),
      ];
      const height = lines.reduce((sum, l) => sum + l.size * 1.45, 0) + ENTRY_GAP;
      blocks.push({
        kind,
        head: false,
        continues: heading,
        height,
        draw: (x, y) => {
          let at = y;
          return lines.map((line) => {
            const mark: SceneMark = {
              type: 'text',
              x,
              y: at,
              text: line.text,
              size: line.size,
              fill: line.fill,
              baseline: 'top',
              ...(line.weight ? { weight: line.weight } : {}),
            };
            at += line.size * 1.45;
            return mark;
          });
        },
      });
    }
  }
  return blocks;
}

/** Several projects' names on lines that break between names, never inside one that fits a line:
 *  a reader (and a search in the PDF) finds each name whole. */
function nameLines(names: readonly string[], lang: LabelLang, size: number, width: number): string[] {
  const separator = lang === 'zh' ? '、' : ', ';
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const joined = line ? `${line}${separator}${name}` : name;
    if (textWidth(`${joined}${separator}`, size) <= width) line = joined;
    else {
      if (line) lines.push(`${line}${lang === 'zh' ? '、' : ','}`);
      const pieces = wrapText(name, size, width);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Blocks placed column by column, each column at most `height` tall; a heading never ends a column. */
interface Placed {
  readonly block: Block;
  readonly column: number;
  readonly y: number;
  readonly continued: boolean;
}

function flow(blocks: readonly Block[], height: number, columns: number): { placed: Placed[]; used: number } {
  const placed: Placed[] = [];
  let column = 0;
  let y = 0;
  /** Where the column's own content starts: below a kind's name said again at its top. */
  let start = 0;
  // A page that opens inside a kind says the kind's name again.
  const first = blocks[0];
  if (first && !first.head && first.continues) {
    placed.push({ block: first.continues, column, y, continued: true });
    y = start = first.continues.height;
  }
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    // A heading goes with its first project.
    const need = block.head && next && !next.head ? block.height + next.height : block.height;
    if (y > start && y + need > height) {
      column++;
      y = start = 0;
      if (column >= columns) break;
      // A kind that runs on into a new column says its name again.
      if (!block.head && block.continues) {
        placed.push({ block: block.continues, column, y, continued: true });
        y = start = block.continues.height;
      }
    }
    placed.push({ block, column, y, continued: false });
    y += block.height;
  }
  return { placed, used: i };
}

/** The type a little smaller when that saves a page (never below nine tenths: it must print legibly). */
const SCALES = [1, 0.95, 0.9];
/** A last page holding less than this share of a page is worth a try at the smaller type. */
const SPARSE = 0.4;

/** The projects as page bodies `width` wide, each at most `height` tall (the first with its note). */
export function projectBodies(model: NoticeModel, lang: LabelLang, width: number, height: number): Scene[] {
  if (model.projects.length === 0) return [];
  let best: Scene[] = [];
  for (const scale of SCALES) {
    const bodies = projectPages(model, lang, width, height, scale);
    if (best.length === 0 || bodies.length < best.length) best = bodies;
    const last = best.at(-1);
    if (best.length === 1 || (last && last.height >= height * SPARSE)) break;
  }
  return best;
}

function projectPages(
  model: NoticeModel,
  lang: LabelLang,
  width: number,
  height: number,
  scale: number,
): Scene[] {
  const t = T[lang];
  const columnWidth = (width - COLUMN_GAP * (COLUMNS - 1)) / COLUMNS;
  let blocks = entryBlocks(model, lang, columnWidth, scale);
  const kinds = blocks.filter((b) => b.head).length;
  const bodies: Scene[] = [];
  while (blocks.length > 0) {
    const first = bodies.length === 0;
    const note = first ? wrapText(t.note(model.projects.length, kinds), NOTE_SIZE, width) : [];
    const top = note.length > 0 ? note.length * NOTE_SIZE * 1.5 + 12 : 0;
    const room = height - top;
    const page = flow(blocks, room, COLUMNS);
    const used = page.used;
    let placed = page.placed;
    if (used === blocks.length) {
      // The last page: the shortest columns that still hold the rest, so they end level.
      for (let h = room - 10; h > 0; h -= 10) {
        const tighter = flow(blocks, h, COLUMNS);
        if (tighter.used < blocks.length) break;
        placed = tighter.placed;
      }
    }
    const marks: SceneMark[] = note.map((text, k) => ({
      type: 'text',
      x: 0,
      y: k * NOTE_SIZE * 1.5,
      text,
      size: NOTE_SIZE,
      fill: MUTED_INK,
      baseline: 'top',
    }));
    let bottom = top;
    for (const p of placed) {
      marks.push(...p.block.draw(p.column * (columnWidth + COLUMN_GAP), top + p.y, p.continued));
      bottom = Math.max(bottom, top + p.y + p.block.height);
    }
    bodies.push({ width, height: Math.ceil(bottom), background: '#ffffff', marks });
    blocks = blocks.slice(used);
  }
  return bodies;
}
