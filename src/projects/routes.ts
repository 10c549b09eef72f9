// Route names parsed into their stops, so lines can be drawn: `满洲里—阿拉坦额莫勒—阿木古郎—阿尔山`
// → four places; `满洲里—俄罗斯赤塔` → 满洲里, 赤塔 (the country is no part of the place).
import type { Project } from '../notice/model.ts';
import { ROUTE_DASH } from './boundaries.ts';
import { isBareName, leadingName } from './generic.ts';
import { stripCountry } from './lexicon.ts';

/**
 * The stops of a route, or null when `s` is no route. Every stop but the last must be a bare name;
 * the last may carry the name's descriptive words (`阿尔山精品旅游` → 阿尔山). `至` joins stops in
 * line names (`满洲里至赤塔铁路`) when `keepTo` is set.
 */
export function routeStops(s: string, keepTo = false): string[] | null {
  // Most phrases are no route: no split made to say so.
  if (!s.includes(ROUTE_DASH) && !(keepTo && s.includes('至'))) return null;
  const parts = s.split(keepTo ? /—|至/ : ROUTE_DASH);
  if (parts.length < 2) return null;
  const stops: string[] = [];
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (!last && !isBareName(part)) return null;
    const stop = leadingName(stripCountry(part));
    if (!/^[\u3400-\u9fff]{2,}$/.test(stop)) return null;
    stops.push(stop);
  }
  return stops;
}

export function isRoute(s: string, keepTo = false): boolean {
  return routeStops(s, keepTo) !== null;
}

/** A route that is all names (`满洲里—新巴尔虎右旗—乔巴山—肯特山`): a list member that shares
 *  the list's suffix. */
export function isBareRoute(s: string): boolean {
  const parts = s.split(ROUTE_DASH);
  return parts.length >= 2 && parts.every((p) => isBareName(p) && /^[\u3400-\u9fff]+$/.test(p));
}

export type ProjectShape = 'none' | 'point' | 'path' | 'star';

/**
 * How a project is drawn from its places: a route or a line with two ends is a path through them in
 * order; several places without a route in the name come from `A至B、C…等…线路` (lines from one hub
 * to each of the others) and are a star from the first; one place is a point.
 */
export function projectShape(project: Pick<Project, 'name' | 'places'>): ProjectShape {
  const n = project.places.length;
  if (n === 0) return 'none';
  if (n === 1) return 'point';
  if (n === 2 || project.name.includes(ROUTE_DASH)) return 'path';
  return 'star';
}
