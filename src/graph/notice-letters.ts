// Which notice a section, task or item of a view of several notices comes from, as a letter: A for the
// first notice in view, B for the next… Read off the scoped ids (`n2/task-3`, see workspace/scoped-id)
// in the order the union lays the notices, so every diagram and export marks tasks the same way
// (`B·3`) without being told. One notice in view: no letters, numbers as the notice writes them. Pure.
import type { NoticeModel } from '../notice/model.ts';

/** Colours for notices: saturated and apart from each other (ColorBrewer Dark2), cycled beyond eight. */
const NOTICE_COLORS = [
  '#1B9E77',
  '#D95F02',
  '#7570B3',
  '#E7298A',
  '#66A61E',
  '#E6AB02',
  '#A6761D',
  '#666666',
];

/** The colour of agencies named in several notices (bridges) when agencies are coloured by notice. */
export const BRIDGE_COLOR = '#1F2933';

export function noticeColor(index: number): string {
  return NOTICE_COLORS[index % NOTICE_COLORS.length] as string;
}

export function noticeLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : noticeLetter(Math.floor(index / 26) - 1) + letter;
}

/** The notice part of a scoped id, or null. */
function noticePart(id: string): string | null {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : null;
}

/** Each notice's letter, by notice id, when the model holds records of two notices or more. The union
 *  lays the notices' texts end to end in scope order, so where a notice's records start gives it. */
export function noticeLetters(
  model: Pick<NoticeModel, 'sections' | 'tasks' | 'items'>,
): ReadonlyMap<string, string> {
  const starts = new Map<string, number>();
  for (const record of [...model.sections, ...model.tasks, ...model.items]) {
    const notice = noticePart(record.id);
    if (notice !== null) starts.set(notice, Math.min(starts.get(notice) ?? Infinity, record.start));
  }
  if (starts.size < 2) return new Map();
  const order = [...starts].sort((a, b) => a[1] - b[1]);
  return new Map(order.map(([notice], i) => [notice, noticeLetter(i)]));
}

/** The letter of the notice a scoped id belongs to, or null (one notice in view). */
export function letterOf(letters: ReadonlyMap<string, string>, id: string): string | null {
  const notice = noticePart(id);
  return notice === null ? null : (letters.get(notice) ?? null);
}

/** A number as a view of several notices writes it: `B·3`; as the notice does when alone. */
export function taggedNumber(letter: string | null, number: number | string): string {
  return letter === null ? String(number) : `${letter}·${number}`;
}

/** Each agency's colour by the notices whose items name it: its notice's colour, or the bridge colour
 *  when several notices name it. Empty with one notice in view. */
export function agencyNoticeColors(
  model: Pick<NoticeModel, 'sections' | 'tasks' | 'items'>,
): ReadonlyMap<string, string> {
  const letters = noticeLetters(model);
  if (letters.size === 0) return new Map();
  const index = new Map([...letters.keys()].map((n, i) => [n, i]));
  const named = new Map<string, Set<string>>();
  for (const item of model.items) {
    const notice = noticePart(item.id);
    if (notice === null) continue;
    for (const id of [...item.leads, ...item.cooperators, ...item.responsible])
      named.set(id, (named.get(id) ?? new Set()).add(notice));
  }
  return new Map(
    [...named].map(([id, notices]) => {
      const [only] = notices;
      return [id, notices.size > 1 || only === undefined ? BRIDGE_COLOR : noticeColor(index.get(only) ?? 0)];
    }),
  );
}

/** What colouring by notice shows: each notice's letter and colour (words, when the caller knows
 *  them), and the colour of each agency. */
export interface NoticeColouring {
  readonly notices: readonly { readonly letter: string; readonly label: string; readonly color: string }[];
  readonly agencyNotice: ReadonlyMap<string, string>;
}

export function noticeColouring(
  model: Pick<NoticeModel, 'sections' | 'tasks' | 'items'>,
  labels: ReadonlyMap<string, string> = new Map(),
): NoticeColouring {
  const notices = [...noticeLetters(model)].map(([id, letter], i) => ({
    letter,
    label: labels.get(id) ?? '',
    color: noticeColor(i),
  }));
  return { notices, agencyNotice: agencyNoticeColors(model) };
}
