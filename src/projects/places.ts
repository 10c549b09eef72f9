// The places a project names, for the corridor map: a route's stops, a section's ends, a trunk
// line's ends, or the one place a port, base or lake stands at.
import type { ProjectKind } from '../notice/model.ts';
import { knownPlacePrefix } from '../notice/gazetteer.ts';
import { leadingName } from './generic.ts';
import { stripCountry } from './lexicon.ts';
import { routeStops } from './routes.ts';
import { isPortKind } from './suffixes.ts';
import { trunkLineEnds } from './trunk-lines.ts';

/** Endings of place names: a name so ending is a place even when the gazetteer does not know it. */
const TOPONYM_END = /[湖海淖泊河江山岭旗县市镇岛盟州]$/;
/** Lakes, rivers and mountains are often named after a town: 海拉尔 → 海拉尔河 is another place. */
const NATURAL_END = /[湖海淖泊河江山岭]$/;
/** A national route number before a line's name: `G10绥满高速公路`. */
const ROUTE_CODE = /^[GSX]\d+/;

export interface PlaceSource {
  /** The words before the suffix, or a list member (`大连`, `满洲里—海拉尔—阿尔山`). */
  readonly specific: string;
  readonly kind: ProjectKind;
  readonly line: boolean;
  readonly section: readonly string[] | null;
}

export function placesOf(source: PlaceSource): string[] {
  if (source.section) return [...source.section];
  const stops = routeStops(source.specific, source.line);
  if (stops) return stops;
  const name = stripCountry(leadingName(source.specific)).replace(ROUTE_CODE, '');
  if (name.length < 2) return [];
  const ends = source.line ? trunkLineEnds(name) : null;
  if (ends) return [...ends];
  const known = knownPlacePrefix(name);
  if (known && !(name.length === known.length + 1 && NATURAL_END.test(name))) return [known];
  if (TOPONYM_END.test(name)) return [name];
  // A port or airport is named after its place (大连港, 营口港); a park after anything (满西).
  return isPortKind(source.kind) ? [name] : [];
}
