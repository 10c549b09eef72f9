// An item's text as the project rules read it: its marker cut out, spaces dropped (Chinese has
// none; the notices' stray ones split names: `满洲里 —俄罗斯赤塔`), dashes made one.
import type { Item } from '../notice/model.ts';
import { ROUTE_DASH } from './boundaries.ts';

const DASHES = /[—–―─－‐‑‒]+/g;
/** An ASCII hyphen between Chinese characters is a route dash typed on a Latin keyboard. */
const HYPHEN_IN_CJK = /(?<=[\u3400-\u9fff])-(?=[\u3400-\u9fff])/g;

export function readableText(s: string): string {
  const joined = s
    .replace(/\n[ \t\u3000]*\n/g, '。')
    .replace(/\s+/g, '')
    .replace(DASHES, ROUTE_DASH);
  // The look-behind is slow and Latin hyphens are rare in the genre.
  return joined.includes('-') ? joined.replace(HYPHEN_IN_CJK, ROUTE_DASH) : joined;
}

/** The item's paragraph without its responsibility marker, which names agencies, not projects; the
 *  marker's note is read (`适用范围：浙江自贸试验区` names the zone a measure applies to). */
export function itemText(
  text: string,
  item: Pick<Item, 'start' | 'end' | 'marker'> & { readonly note?: string | null },
): string {
  const before = text.slice(item.start, Math.max(item.start, item.marker.start));
  const after = text.slice(Math.min(item.end, item.marker.end), item.end);
  return readableText(item.note ? `${before}。${after}。${item.note}` : `${before}。${after}`);
}

/** Two spellings of one name compare equal: spaces, quotes, `至` for the route dash, and a country
 *  before a foreign stop (`满洲里—俄罗斯赤塔` = `满洲里至赤塔`) do not matter. */
export function nameKey(name: string): string {
  return readableText(name)
    .replace(/[“”"‘’']/g, '')
    .replace(/(?<=[\u3400-\u9fff])至(?=[\u3400-\u9fff])/g, ROUTE_DASH)
    .replace(/(^|—)(俄罗斯联邦|俄罗斯|蒙古国|蒙古)/g, '$1');
}
