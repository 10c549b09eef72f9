// Lists that share one suffix or one descriptive tail, and pairs joined into one works name:
//   大连港、营口港、秦皇岛港和天津港 / 大连、营口和天津港     → one seaport per member;
//   满洲里—后贝加尔斯克—…、满洲里—…—肯特山等精品旅游线路     → one line per route;
//   满洲里至俄罗斯红石、赤塔…等国际公路客货运输线路        → one project: lines from a hub;
//   呼伦湖综合整治和生态修复工程                          → one works (the pair names it).
import type { ProjectKind } from '../notice/model.ts';
import { separatorEndingAt } from './boundaries.ts';
import type { SuffixedPhrase } from './candidates.ts';
import { MAX_NAME_LENGTH, type FoundName } from './found.ts';
import { isBareName, leadingName } from './generic.ts';
import { stripCountry } from './lexicon.ts';
import { placesOf } from './places.ts';
import { isBareRoute } from './routes.ts';
import { scanNameStart } from './scan.ts';
import { endsWithSuffix, refineKind } from './suffixes.ts';

interface ListItem {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MAX_ITEM = 32;

/** A bare list member ending at `end`: a name with no generic word (大连, 满西) or a route of names. */
function readItem(text: string, end: number): ListItem | null {
  const start = scanNameStart(text, end, { keepTo: false, maxLength: MAX_ITEM });
  if (start === null || start === end) return null;
  const s = text.slice(start, end);
  if (endsWithSuffix(s)) return null;
  return isBareRoute(s) || (isBareName(s) && s.length <= 8) ? { start, end, text: s } : null;
}

/** The bare members of a list whose last member ends at `end`, in order. */
function readList(text: string, end: number): ListItem[] {
  const items: ListItem[] = [];
  for (let p = end; ;) {
    const item = readItem(text, p);
    if (!item) break;
    items.unshift(item);
    const sep = separatorEndingAt(text, item.start);
    if (!sep) break;
    p = item.start - sep.length;
  }
  return items;
}

function foundFor(item: ListItem, name: string, kind: ProjectKind, phrase: SuffixedPhrase): FoundName {
  const line = phrase.suffix.line === true;
  const places = placesOf({ specific: item.text, kind, line, section: null });
  return { name, kind, places, start: item.start, end: item.end };
}

/** Bare names listed before a named phrase share its suffix: `大连、营口和天津港`. */
export function shareSuffix(text: string, phrase: SuffixedPhrase, kind: ProjectKind): FoundName[] {
  const sep = separatorEndingAt(text, phrase.start);
  const lead = leadingName(phrase.specific);
  if (!sep || !lead || !phrase.specific.startsWith(lead)) return [];
  const tail = text.slice(phrase.start + lead.length, phrase.end);
  return readList(text, phrase.start - sep.length).map((item) =>
    foundFor(item, item.text + tail, kind, phrase),
  );
}

/**
 * A list before `等` gives examples of what follows it. A bare suffix after `等` is shared
 * (`满洲里、二连浩特等口岸` → 满洲里口岸…); a described category (`…等精品景区`) is what the members
 * are, and they keep their own names (`套娃广场`), routes taking the category as their line name
 * (`满洲里—…—肯特山精品旅游线路`, as the genre writes such lines). After `H至`, the genre means
 * lines from H to each member: one project named after the hub, the hub first among its places
 * (drawn as a star, see projectShape).
 */
export function shareTail(text: string, phrase: SuffixedPhrase, kind: ProjectKind): FoundName[] | null {
  if (!text.startsWith('等', phrase.start - 1)) return null;
  const items = readList(text, phrase.start - 1);
  const first = items[0];
  if (!first) return null;
  const tail = text.slice(phrase.start, phrase.end);
  const hub =
    phrase.suffix.line && text.startsWith('至', first.start - 1) ? readItem(text, first.start - 1) : null;
  if (hub && isBareName(hub.text)) {
    const places = [hub, ...items].map((i) => stripCountry(i.text));
    const name = hub.text + tail;
    return name.length > MAX_NAME_LENGTH ? [] : [{ name, kind, places, start: hub.start, end: phrase.end }];
  }
  const bareSuffix = tail === phrase.suffix.word;
  return items.map((item) =>
    foundFor(item, bareSuffix || isBareRoute(item.text) ? item.text + tail : item.text, kind, phrase),
  );
}

/** `呼伦湖综合整治和生态修复工程`: a named activity joined to a generic phrase names one works. */
export function joinPair(text: string, phrase: SuffixedPhrase): FoundName | null {
  const conjunction = ['和', '与', '及'].find((c) => text.startsWith(c, phrase.start - 1));
  if (!conjunction) return null;
  const leftEnd = phrase.start - 1;
  const start = scanNameStart(text, leftEnd, { keepTo: false, maxLength: 20 });
  if (start === null || start === leftEnd) return null;
  const left = text.slice(start, leftEnd);
  if (endsWithSuffix(left) || isBareName(left) || leadingName(left).length < 2) return null;
  const kind = refineKind(phrase.suffix, left + conjunction + phrase.specific);
  const name = text.slice(start, phrase.end);
  if (!kind || name.length > MAX_NAME_LENGTH) return null;
  const places = placesOf({ specific: left, kind, line: phrase.suffix.line === true, section: null });
  return { name, kind, places, start, end: phrase.end };
}
