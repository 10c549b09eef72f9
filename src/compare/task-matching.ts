// Tasks of the two notices paired: by their titles (a task keeps its title, or most of it, from one
// version to the next) or, when retitled, by the items that moved with them. What pairs with nothing
// was added or dropped. Pure.
import type { NoticeModel, TaskId } from '../notice/model.ts';
import type { ItemPair } from './item-matching.ts';
import { bigramIndex, bigrams, comparableText, diceCoefficient } from './text-similarity.ts';

/** Half the title's bigrams, or half the items, carried over. */
export const TASK_THRESHOLD = 0.5;

const CANDIDATES = 8;

export interface TaskSide {
  readonly id: TaskId;
  readonly ordinal: number;
  readonly title: string;
  readonly items: number;
  /** The section it stands in, as numbered and titled there. */
  readonly section: { readonly ordinal: number; readonly title: string } | null;
}

export interface TaskPair {
  readonly a: TaskSide;
  readonly b: TaskSide;
  readonly titleScore: number;
  /** Item pairs joining the two tasks. */
  readonly sharedItems: number;
  readonly explanation: string;
}

export interface TaskMatching {
  readonly pairs: readonly TaskPair[];
  readonly added: readonly TaskSide[];
  readonly dropped: readonly TaskSide[];
}

function taskSides(model: NoticeModel): TaskSide[] {
  const counts = new Map<TaskId, number>();
  for (const item of model.items)
    if (item.taskId) counts.set(item.taskId, (counts.get(item.taskId) ?? 0) + 1);
  const sections = new Map(model.sections.map((s) => [s.id, { ordinal: s.ordinal, title: s.title }]));
  return model.tasks.map((t) => ({
    id: t.id,
    ordinal: t.ordinal,
    title: t.title,
    items: counts.get(t.id) ?? 0,
    section: t.sectionId ? (sections.get(t.sectionId) ?? null) : null,
  }));
}

function explainTask(titleScore: number, same: boolean, shared: number): string {
  const title = same ? 'Same title' : `Titles alike (Dice ${titleScore.toFixed(2)})`;
  return `${title}; ${shared} item${shared === 1 ? '' : 's'} carried over.`;
}

export function matchTasks(a: NoticeModel, b: NoticeModel, itemPairs: readonly ItemPair[]): TaskMatching {
  const tasksA = taskSides(a);
  const tasksB = taskSides(b);
  const between = new Map<string, number>();
  const linkedTasks = new Map<TaskId, TaskId[]>();
  for (const p of itemPairs)
    if (p.a.taskId && p.b.taskId) {
      const key = `${p.a.taskId}|${p.b.taskId}`;
      between.set(key, (between.get(key) ?? 0) + 1);
      linkedTasks.set(p.a.taskId, [...(linkedTasks.get(p.a.taskId) ?? []), p.b.taskId]);
    }
  const gramsB = tasksB.map((t) => bigrams(t.title));
  const index = bigramIndex(gramsB);
  const indexOfB = new Map(tasksB.map((t, i) => [t.id, i]));
  const edges: { ia: number; ib: number; score: number; title: number; shared: number }[] = [];
  // A notice numbered item by item can have a thousand tasks: only tasks with title words or items
  // in common are scored.
  tasksA.forEach((ta, ia) => {
    const ga = bigrams(ta.title);
    const linked = (linkedTasks.get(ta.id) ?? []).map((id) => indexOfB.get(id) ?? -1);
    for (const ib of new Set([...index.candidates(ga, CANDIDATES), ...linked])) {
      const tb = tasksB[ib];
      if (!tb) continue;
      const title = diceCoefficient(ga, gramsB[ib] as ReadonlySet<string>);
      const shared = between.get(`${ta.id}|${tb.id}`) ?? 0;
      const itemShare = ta.items + tb.items > 0 ? (2 * shared) / (ta.items + tb.items) : 0;
      const score = Math.max(title, itemShare);
      if (score >= TASK_THRESHOLD) edges.push({ ia, ib, score, title, shared });
    }
  });
  edges.sort((x, y) => y.score - x.score || x.ia - y.ia || x.ib - y.ib);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: TaskPair[] = [];
  for (const e of edges) {
    if (takenA.has(e.ia) || takenB.has(e.ib)) continue;
    takenA.add(e.ia);
    takenB.add(e.ib);
    const ta = tasksA[e.ia] as TaskSide;
    const tb = tasksB[e.ib] as TaskSide;
    const same = comparableText(ta.title) === comparableText(tb.title);
    pairs.push({
      a: ta,
      b: tb,
      titleScore: e.title,
      sharedItems: e.shared,
      explanation: explainTask(e.title, same, e.shared),
    });
  }
  pairs.sort((x, y) => x.b.ordinal - y.b.ordinal);
  return {
    pairs,
    added: tasksB.filter((_, i) => !takenB.has(i)),
    dropped: tasksA.filter((_, i) => !takenA.has(i)),
  };
}
