// Items of the older notice paired with items of the newer one by how alike their texts are: each A
// item's candidates come from a bigram index, are scored by Dice, and pairs above the threshold are
// taken best first, one partner each. A pair the user rejected is never taken. Each pair says why it
// was made and what changed: the words, the lead, the cooperators. Pure.
import { agenciesOf } from '../analysis/coordination.ts';
import type { AgencyId, Item, ItemId, NoticeModel, TaskId } from '../notice/model.ts';
import {
  bigramIndex,
  bigrams,
  comparableText,
  diceCoefficient,
  sharedCount,
  textChange,
  type TextChange,
} from './text-similarity.ts';

/** Below half its bigrams in common, an item is another item: in the Manzhouli notice no two different
 *  items reach 0.3, while an item with a clause rewritten stays above 0.7. */
export const DEFAULT_ITEM_THRESHOLD = 0.5;

/** Candidates scored per item: enough that a better-placed partner is never crowded out. */
const CANDIDATES = 8;

export interface ItemSide {
  readonly id: ItemId;
  /** Position in its notice's item list. */
  readonly index: number;
  /** The item's paragraph without its marker, as the notice writes it. */
  readonly text: string;
  readonly taskId: TaskId | null;
  readonly taskTitle: string | null;
  readonly leads: readonly string[];
  readonly others: readonly string[];
  readonly leadKeys: readonly string[];
  readonly otherKeys: readonly string[];
}

export interface RoleChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface ItemPair {
  /** `A item id|B item id`: what a rejection names. */
  readonly id: string;
  readonly a: ItemSide;
  readonly b: ItemSide;
  /** Dice coefficient of the two texts' bigrams, 0–1. */
  readonly score: number;
  readonly identical: boolean;
  readonly change: TextChange;
  readonly leads: RoleChange;
  readonly others: RoleChange;
  /** Character pairs the two texts share, and how many each has: what `score` is made of. */
  readonly bigrams: readonly [shared: number, a: number, b: number];
  /** In English; an interface words it from `identical`, `bigrams`, `score`, `leads` and `others`. */
  readonly explanation: string;
}

export interface ItemMatching {
  readonly threshold: number;
  readonly pairs: readonly ItemPair[];
  /** Items of A with no partner in B: dropped (or rewritten past recognition). */
  readonly removed: readonly ItemSide[];
  /** Items of B with no partner in A. */
  readonly added: readonly ItemSide[];
}

export interface ItemMatchOptions {
  readonly threshold?: number;
  /** Pair ids (`ItemPair.id`) the user said are not one item. */
  readonly rejected?: ReadonlySet<string>;
}

type KeyOf = ReadonlyMap<AgencyId, string>;

/** The paragraph before the marker, its leading numbering (（一） 1. （2）) taken off. */
function itemText(model: NoticeModel, item: Item): string {
  const body = model.text.slice(item.start, item.marker.start).trim();
  const text = body.length > 0 ? body : model.text.slice(item.start, item.end).trim();
  return text.replace(/^(?:[（(]?[一二三四五六七八九十百\d]+[）)、.．]\s*)+/, '');
}

function sides(model: NoticeModel, keyOf: KeyOf): ItemSide[] {
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const tasks = new Map(model.tasks.map((t) => [t.id, t.title]));
  const name = (id: AgencyId) => names.get(id) ?? id;
  const key = (id: AgencyId) => keyOf.get(id) ?? id;
  return model.items.map((item, index) => {
    const others = agenciesOf(item).filter((id) => !item.leads.includes(id));
    return {
      id: item.id,
      index,
      text: itemText(model, item),
      taskId: item.taskId,
      taskTitle: item.taskId ? (tasks.get(item.taskId) ?? null) : null,
      leads: item.leads.map(name),
      others: others.map(name),
      leadKeys: item.leads.map(key),
      otherKeys: others.map(key),
    };
  });
}

function roleChange(
  keysA: readonly string[],
  namesA: readonly string[],
  keysB: readonly string[],
  namesB: readonly string[],
): RoleChange {
  const inA = new Set(keysA);
  const inB = new Set(keysB);
  return {
    added: namesB.filter((_, i) => !inA.has(keysB[i] as string)),
    removed: namesA.filter((_, i) => !inB.has(keysA[i] as string)),
  };
}

function describeRoles(label: string, change: RoleChange): string | null {
  if (change.added.length === 0 && change.removed.length === 0) return null;
  const parts = [
    change.removed.length > 0 ? `no longer ${change.removed.join('、')}` : '',
    change.added.length > 0 ? `now also ${change.added.join('、')}` : '',
  ].filter(Boolean);
  return `${label}: ${parts.join('; ')}`;
}

function explainPair(
  pair: Omit<ItemPair, 'explanation' | 'id' | 'bigrams'>,
  shared: number,
  sizes: [number, number],
) {
  const words = pair.identical
    ? 'Same text.'
    : `${shared} of ${sizes[0]} / ${sizes[1]} character pairs in common (Dice ${pair.score.toFixed(2)}).`;
  const roles = [describeRoles('Lead', pair.leads), describeRoles('Others named', pair.others)].filter(
    Boolean,
  );
  return roles.length > 0 ? `${words} ${roles.join('. ')}.` : `${words} Same agencies.`;
}

function makePair(a: ItemSide, b: ItemSide, ga: ReadonlySet<string>, gb: ReadonlySet<string>): ItemPair {
  const ta = comparableText(a.text);
  const tb = comparableText(b.text);
  const identical = ta === tb;
  const base = {
    a,
    b,
    score: identical ? 1 : diceCoefficient(ga, gb),
    identical,
    change: textChange(a.text, b.text),
    leads: roleChange(a.leadKeys, a.leads, b.leadKeys, b.leads),
    others: roleChange(a.otherKeys, a.others, b.otherKeys, b.others),
  };
  const shared = sharedCount(ga, gb);
  const explanation = explainPair(base, shared, [ga.size, gb.size]);
  return { ...base, id: `${a.id}|${b.id}`, bigrams: [shared, ga.size, gb.size], explanation };
}

interface Edge {
  readonly ia: number;
  readonly ib: number;
  readonly score: number;
  /** How far apart the two items stand in their notices, 0–1: breaks ties between equal scores. */
  readonly drift: number;
}

export function matchItems(
  a: NoticeModel,
  b: NoticeModel,
  keyOfA: KeyOf,
  keyOfB: KeyOf,
  options: ItemMatchOptions = {},
): ItemMatching {
  const threshold = options.threshold ?? DEFAULT_ITEM_THRESHOLD;
  const rejected = options.rejected ?? new Set<string>();
  const itemsA = sides(a, keyOfA);
  const itemsB = sides(b, keyOfB);
  const gramsA = itemsA.map((i) => bigrams(i.text));
  const gramsB = itemsB.map((i) => bigrams(i.text));
  const index = bigramIndex(gramsB);
  const edges: Edge[] = [];
  itemsA.forEach((item, ia) => {
    const ga = gramsA[ia] as ReadonlySet<string>;
    for (const ib of index.candidates(ga, CANDIDATES)) {
      const other = itemsB[ib] as ItemSide;
      if (rejected.has(`${item.id}|${other.id}`)) continue;
      const score = diceCoefficient(ga, gramsB[ib] as ReadonlySet<string>);
      if (score < threshold) continue;
      const drift = Math.abs(ia / Math.max(1, itemsA.length) - ib / Math.max(1, itemsB.length));
      edges.push({ ia, ib, score, drift });
    }
  });
  edges.sort((x, y) => y.score - x.score || x.drift - y.drift || x.ia - y.ia);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: ItemPair[] = [];
  for (const e of edges) {
    if (takenA.has(e.ia) || takenB.has(e.ib)) continue;
    takenA.add(e.ia);
    takenB.add(e.ib);
    const ga = gramsA[e.ia] as ReadonlySet<string>;
    const gb = gramsB[e.ib] as ReadonlySet<string>;
    pairs.push(makePair(itemsA[e.ia] as ItemSide, itemsB[e.ib] as ItemSide, ga, gb));
  }
  pairs.sort((x, y) => x.b.index - y.b.index);
  return {
    threshold,
    pairs,
    removed: itemsA.filter((_, i) => !takenA.has(i)),
    added: itemsB.filter((_, i) => !takenB.has(i)),
  };
}
