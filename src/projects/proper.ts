// Whether the words before a suffix name something. A reader calls `满洲里西郊机场` a project and
// `国际物流中心` a goal: the first has a proper name (a place or a distinctive modifier) before its
// descriptive words, the second has only descriptive words.
import { segmentGeneric, stripQuotes } from './generic.ts';
import { LOCATORS } from './lexicon.ts';
import { isRoute } from './routes.ts';

export interface NamedOptions {
  /** The suffix is a line, whose name may run `A至B`. */
  readonly keepTo: boolean;
  /** The suffix is itself a port, so a port before it locates nothing (`公路口岸` is bare). */
  readonly portSuffix: boolean;
}

/**
 * Whether the words before a suffix name a project:
 * - a route (`二卡—阿巴该图`);
 * - a leading proper name of two characters or more (`满洲里西郊`, `满西工业产业`, `呼伦湖生态`);
 * - `新` before generic words (`新国际货场`): the genre names a facility's successor so;
 * - a locator facility first (`空港物流园`, `公路口岸国际物流贸易…`): the park at that port.
 * One character is never enough (`香港` is no seaport named 香).
 */
export function isNamed(specific: string, opts: NamedOptions): boolean {
  const plain = stripQuotes(specific);
  if (plain.length < 2) return false;
  if (isRoute(plain, opts.keepTo)) return true;
  if (!opts.portSuffix && LOCATORS.some((l) => plain.startsWith(l))) return true;
  const segments = segmentGeneric(plain);
  const first = segments[0];
  if (!first || first.generic) return false;
  if (first.text.length >= 2) return true;
  return first.text === '新' && segments.length > 1;
}
