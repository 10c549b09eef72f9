// What hovering a cell shows: the items behind it, each with the agency's role and the sentence the
// notice gives it (the paragraph from model.text), so a mark can be checked against the text. Pure.
import type { AgencyId, Item, ItemId, NoticeModel, Role } from '../../notice/model.ts';

export interface ItemSentence {
  readonly id: ItemId;
  /** `第16项 · 拓展国际金融业务`: the item's number in the notices in view, and its title (the views
   *  word the number in their language from `number` and `title`). */
  readonly label: string;
  readonly number: number;
  readonly title: string | null;
  /** The role of each agency asked about, in the order asked. */
  readonly roles: readonly (Role | null)[];
  readonly text: string;
}

export interface ItemSentences {
  readonly items: readonly ItemSentence[];
  /** Items left out to keep the tooltip short. */
  readonly more: number;
}

/** Paragraphs can run to hundreds of characters: the tooltip shows the opening of each. */
const MAX_TEXT = 180;

export function roleOf(item: Item, agency: AgencyId): Role | null {
  if (item.leads.includes(agency)) return 'lead';
  if (item.responsible.includes(agency)) return 'responsible';
  if (item.cooperators.includes(agency)) return 'cooperate';
  return null;
}

export function itemIndex(model: NoticeModel): Map<ItemId, { item: Item; number: number }> {
  return new Map(model.items.map((item, i) => [item.id, { item, number: i + 1 }]));
}

export function itemSentences(
  model: NoticeModel,
  index: ReadonlyMap<ItemId, { item: Item; number: number }>,
  ids: readonly ItemId[],
  agencies: readonly AgencyId[],
  limit = 4,
): ItemSentences {
  const items = ids.slice(0, limit).flatMap((id) => {
    const found = index.get(id);
    if (!found) return [];
    const { item, number } = found;
    const paragraph = model.text.slice(item.start, item.end).replace(/\s+/g, ' ').trim();
    const text = paragraph.length > MAX_TEXT ? `${paragraph.slice(0, MAX_TEXT)}…` : paragraph;
    const label = item.title ? `第${number}项 · ${item.title}` : `第${number}项`;
    const title = item.title ?? null;
    return [{ id, label, number, title, roles: agencies.map((a) => roleOf(item, a)), text }];
  });
  return { items, more: Math.max(0, ids.length - limit) };
}
