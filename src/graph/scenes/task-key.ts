// The key to a network whose task boxes show numbers only: each section's title in its colour, and
// under it each task's number in the same chip as on the network, then its title. Laid in columns no
// taller than the network beside it, so a printed diagram says what "15" is without the app.
import { INK, MUTED_INK, sectionColor } from '../appearance.ts';
import { tint } from '../colors.ts';
import type { Scene, SceneMark } from '../scene.ts';
import { taggedNumber } from '../notice-letters.ts';
import { say, type SceneLang } from './scene-lang.ts';
import { textWidth, wrapLines } from './text-fit.ts';

export interface KeySection {
  readonly ordinal: number;
  readonly title: string;
  /** The section's notice's letter when several notices are in view (see notice-letters.ts). */
  readonly letter?: string | null;
  readonly tasks: readonly { readonly ordinal: number; readonly title: string }[];
}

const COLUMN = 300;
const GAP = 20;
const TEXT = 11.5;
const HEAD = 12;
const LINE = 16;
const CHIP = 22;
/** A chip for a lettered number (`B·12`). */
const WIDE_CHIP = 36;

const WORDS = { heading: { screen: 'Tasks 任务', en: 'Tasks', zh: '任务' } };

/** Entries as they stack: a section head, or a task with its title wrapped to at most two lines. */
type Entry =
  | { readonly kind: 'section'; readonly ordinal: number; readonly lines: readonly string[] }
  | {
      readonly kind: 'task';
      readonly section: number;
      /** As on the network's task box: `3`, or `B·3` with several notices. */
      readonly number: string;
      readonly chip: number;
      readonly lines: readonly string[];
    };

function entries(sections: readonly KeySection[]): Entry[] {
  const chip = sections.some((s) => s.letter) ? WIDE_CHIP : CHIP;
  return sections.flatMap((s): Entry[] => [
    {
      kind: 'section',
      ordinal: s.ordinal,
      lines: wrapLines(`${taggedNumber(s.letter ?? null, s.ordinal)}. ${s.title}`, HEAD, COLUMN, 2),
    },
    ...s.tasks.map((t): Entry => ({
      kind: 'task',
      section: s.ordinal,
      number: taggedNumber(s.letter ?? null, t.ordinal),
      chip,
      lines: wrapLines(t.title, TEXT, COLUMN - chip - 8, 2),
    })),
  ]);
}

const heightOf = (e: Entry) => e.lines.length * LINE + (e.kind === 'section' ? 8 : 3);

function entryMarks(e: Entry, x: number, y: number): SceneMark[] {
  if (e.kind === 'section')
    return e.lines.map((text, i) => ({
      type: 'text',
      x,
      y: y + 4 + i * LINE,
      text,
      size: HEAD,
      weight: 600,
      fill: sectionColor(e.ordinal),
      baseline: 'top',
      layer: 'legend',
    }));
  const color = sectionColor(e.section);
  return [
    {
      type: 'rect',
      x,
      y: y + 1,
      width: e.chip,
      height: LINE - 2,
      radius: 3,
      fill: tint(color, 0.72),
      stroke: color,
      strokeWidth: 1,
      layer: 'legend',
    },
    {
      type: 'text',
      x: x + e.chip / 2,
      y: y + LINE / 2,
      text: e.number,
      size: 10.5,
      weight: 600,
      fill: INK,
      anchor: 'middle',
      baseline: 'middle',
      layer: 'legend',
    },
    ...e.lines.map((text, i): SceneMark => ({
      type: 'text',
      x: x + e.chip + 8,
      y: y + LINE / 2 + i * LINE,
      text,
      size: TEXT,
      fill: INK,
      baseline: 'middle',
      layer: 'legend',
    })),
  ];
}

/** The key as a scene of its own, in columns at most `maxHeight` tall (a column holds at least one
 *  entry, so a very short network still gets its key). Empty when there are no tasks. */
export function taskKeyScene(sections: readonly KeySection[], maxHeight: number, lang?: SceneLang): Scene {
  const list = entries(sections.filter((s) => s.tasks.length > 0));
  if (list.length === 0) return { width: 0, height: 0, marks: [] };
  const heading = say(lang, WORDS.heading);
  const top = 22;
  const room = Math.max(maxHeight, top + 120);
  const marks: SceneMark[] = [
    {
      type: 'text',
      x: 0,
      y: 0,
      text: heading,
      size: 12,
      weight: 600,
      fill: MUTED_INK,
      baseline: 'top',
      layer: 'legend',
    },
  ];
  let column = 0;
  let y = top;
  let height = y;
  for (const [i, e] of list.entries()) {
    const h = heightOf(e);
    // A section head never ends a column: it moves on with its first task.
    const next = list[i + 1];
    const need = e.kind === 'section' && next?.kind === 'task' ? h + heightOf(next) : h;
    if (y + need > room && y > top) {
      column++;
      y = top;
    }
    marks.push(...entryMarks(e, column * (COLUMN + GAP), y));
    y += h;
    height = Math.max(height, y);
  }
  const width = (column + 1) * COLUMN + column * GAP;
  return { width: Math.max(width, textWidth(heading, 12)), height, marks };
}
