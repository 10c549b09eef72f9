// Several notices shown together, with the genre's rules of agency identity (compare/agency-identity):
// when the notices in view speak for different regions, a name that gives only a level (`市财政局`) is
// read as its notice's region's (`青岭市财政局`), so two cities' finance bureaus stay two agencies;
// names the rules take for one body written two ways (发展改革委 / 发展和改革委员会 of one region) are
// proposed as one agency for the user to confirm or reject, never merged silently. Pure.
import { identityKey, issuerRegion, qualifiedName } from '../compare/agency-identity.ts';
import { agencyKey, regionPrefix } from '../notice/agency-names.ts';
import { agencyIdFor } from '../corrections/index.ts';
import type { Agency, AgencyId } from '../notice/model.ts';
import {
  mergeNotices,
  type AgencySpelling,
  type MergedNotices,
  type ScopedNotice,
} from '../workspace/merge.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { noticesInScope, type NoticeScope } from '../workspace/scope.ts';
import { noticeLetters } from '../graph/notice-letters.ts';
import { noticeTags, type NoticeTag } from './notice-tags.ts';

/** Why the rules take two names for one body. `form`: full, short or old name of one body
 *  (发展和改革委员会 / 发改委); `region`: one name gives the region, the other leaves it to its notice
 *  (满洲里市财政局 in one notice, 市财政局 in another of 满洲里市). */
export type IdentityRule = 'form' | 'region';

/** Agencies of the union the rules take for one body, as the user is asked about them. */
export interface SameAgencyProposal {
  /** Stable for the set of names: React keys and tests. */
  readonly key: string;
  /** The agencies, the most loaded first (the one a confirmation keeps). */
  readonly agencies: readonly AgencyId[];
  readonly rule: IdentityRule;
}

export interface NoticeUnion extends MergedNotices {
  /** Each notice's region in the union (null when its issuer names none). */
  readonly regions: ReadonlyMap<NoticeId, string | null>;
  /** True when names that give only a level were qualified by their notice's region. */
  readonly qualified: boolean;
  readonly proposals: readonly SameAgencyProposal[];
  /** Each notice's letter, label and colour, in scope order. */
  readonly tags: ReadonlyMap<NoticeId, NoticeTag>;
  /** The name to write in a notice so that the union takes it for the agency `id` (a confirmation
   *  renames the other notice's spelling to it): one of the agency's spellings where one fits. */
  readonly nameIn: (noticeId: NoticeId, id: AgencyId) => string;
}

/** How high a level stands: 1 province or autonomous region, 2 city, prefecture or league, 3 county,
 *  district or banner; null for what is no level of government (示范区, 高新区). */
function levelRank(word: string): number | null {
  if (/(?:自治区|省)$/.test(word)) return 1;
  if (/(?:自治州|地区|市|州|盟)$/.test(word)) return 2;
  if (/(?:自治县|县|区|旗)$/.test(word)) return 3;
  return null;
}

/** The rank of the level a name gives without its place (市财政局 → 2, 自治区商务厅 → 1), or null. */
function bareRank(name: string): number | null {
  const prefix = regionPrefix(name)?.replace(/委$/, '');
  return prefix !== undefined && /^(?:省|市|区|县|州|盟|旗|地区|自治区|自治州|自治县)$/.test(prefix)
    ? levelRank(prefix)
    : null;
}

/** A name as the union reads it in a notice of `region`. The genre's rule (compare/agency-identity)
 *  writes the notice's region in; but a level above the notice's own (自治区商务厅 in 满洲里市's
 *  notice) is the higher government's body: it takes the one region of that level in view, if there
 *  is exactly one, and otherwise stays as written — never `满洲里市自治区商务厅`. */
function regionalName(agency: Agency, region: string | null, known: ReadonlySet<string>): string {
  const rank = bareRank(agency.name);
  const own = region === null ? null : levelRank(region);
  if (rank === null || own === null || rank >= own) return qualifiedName(agency, region);
  const above = [...known].filter((r) => levelRank(r) === rank);
  const [only] = above;
  return above.length === 1 && only !== undefined ? qualifiedName(agency, only) : agency.name;
}

/** Each notice's region; a notice whose issuer names none (a text pasted without its header) borrows
 *  the region when all the others agree on one — for proposals only, never to qualify its names. */
function regionsOf(notices: readonly ScopedNotice[]) {
  const own = new Map(notices.map((n) => [n.id, issuerRegion(n.model.notice.issuer)]));
  const known = new Set([...own.values()].filter((r): r is string => r !== null));
  const only = known.size === 1 ? ([...known][0] ?? null) : null;
  return { own, known, forIdentity: (id: NoticeId) => own.get(id) ?? only };
}

export function unionOfNotices(
  notices: readonly ScopedNotice[],
  scope: NoticeScope,
  keptApart: readonly (readonly string[])[] = [],
): NoticeUnion {
  const inScope = noticesInScope(notices, scope);
  const regions = regionsOf(inScope);
  // Qualifying changes nothing when every notice speaks for one region; names then stay as written.
  const qualified = regions.known.size >= 2;
  const readIn = (agency: Agency, noticeId: NoticeId) =>
    regionalName(agency, regions.own.get(noticeId) ?? null, regions.known);
  // A name is qualified where that tells bodies apart or joins one written with its region elsewhere;
  // where every notice in view would read it as the same body (自治区商务厅 beside a city of that
  // region), it stays as written, so the names, notes and links made on it hold.
  const written = new Set(inScope.flatMap((n) => n.model.agencies.map((a) => agencyKey(a.name))));
  const ambiguous = new Map<string, boolean>();
  const tellsApart = (agency: Agency) => {
    const known = ambiguous.get(agency.name);
    if (known !== undefined) return known;
    // A reading depends on the notice's region only: one per region in view, however many notices.
    const readings = new Set([...regions.known].map((r) => regionalName(agency, r, regions.known)));
    ambiguous.set(agency.name, readings.size > 1);
    return readings.size > 1;
  };
  const unionName = (agency: Agency, notice: ScopedNotice) => {
    if (!qualified) return agency.name;
    const read = readIn(agency, notice.id);
    return read !== agency.name && (tellsApart(agency) || written.has(agencyKey(read))) ? read : agency.name;
  };
  const merged = mergeNotices(inScope, ALL, unionName);
  const byId = new Map(merged.model.agencies.map((a) => [a.id, a]));
  const loads = itemLoads(merged);

  const nameIn = (noticeId: NoticeId, id: AgencyId): string => {
    const union = byId.get(id);
    const spellings = [...(merged.spellings.get(id) ?? [])].sort((a, b) => b.items - a.items);
    const candidates = [...spellings.map((s) => s.name), ...(union ? [union.name] : [])];
    const notice = inScope.find((n) => n.id === noticeId);
    const fits = (name: string) =>
      notice !== undefined && agencyIdFor(unionName(asAgency(name, union), notice)) === id;
    return candidates.find(fits) ?? union?.name ?? id.replace(/^ag:/, '');
  };

  const readAs = (agency: Agency, noticeId: NoticeId) =>
    regionalName(agency, regions.forIdentity(noticeId), regions.known);
  const proposals = proposalsOf(merged, readAs, loads).filter((p) => !isKeptApart(p, merged, keptApart));
  const tags = noticeTags(merged.parts, noticeLetters(merged.model));
  return { ...merged, regions: regions.own, qualified, proposals, tags, nameIn };
}

const ALL: NoticeScope = { kind: 'all' };

/** A name as an agency of the union's kind, to ask how the union would name it. */
function asAgency(name: string, like: Agency | undefined): Agency {
  return {
    id: agencyIdFor(name),
    name,
    aliases: [],
    generic: like?.generic ?? false,
    kind: like?.kind ?? 'regional',
  };
}

function itemLoads(merged: MergedNotices): Map<AgencyId, number> {
  const loads = new Map<AgencyId, number>();
  for (const [id, spellings] of merged.spellings)
    loads.set(
      id,
      spellings.reduce((sum, s) => sum + s.items, 0),
    );
  return loads;
}

/** Groups of union agencies sharing an identity key, named in at least two notices together. */
function proposalsOf(
  merged: MergedNotices,
  readAs: (agency: Agency, noticeId: NoticeId) => string,
  loads: ReadonlyMap<AgencyId, number>,
): SameAgencyProposal[] {
  const agencies = merged.model.agencies.filter((a) => !a.generic);
  const byKey = new Map<string, Set<AgencyId>>();
  const qualifiedKeys = new Map<AgencyId, Set<string>>();
  for (const agency of agencies) {
    for (const s of merged.spellings.get(agency.id) ?? []) {
      // Read with its region written in, the identity rule needs no region of its own (null).
      const read: Agency = {
        ...agency,
        id: s.agencyId,
        name: readAs({ ...agency, name: s.name }, s.noticeId),
      };
      const key = identityKey(read, null);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(agency.id));
      qualifiedKeys.set(agency.id, (qualifiedKeys.get(agency.id) ?? new Set()).add(agencyIdFor(read.name)));
    }
  }
  const groups = joinOverlapping([...byKey.values()].filter((g) => g.size >= 2));
  const proposals: SameAgencyProposal[] = [];
  for (const group of groups) {
    const notices = new Set([...group].flatMap((id) => merged.agencyNotices.get(id) ?? []));
    if (notices.size < 2) continue; // One notice's two spellings are the notice checks' business.
    const ids = [...group].sort((a, b) => (loads.get(b) ?? 0) - (loads.get(a) ?? 0));
    const exact = ids.map((id) => qualifiedKeys.get(id) ?? new Set<string>());
    const first = exact[0] ?? new Set<string>();
    const sameName = exact.every((keys) => [...keys].some((k) => first.has(k)));
    proposals.push({ key: [...ids].sort().join('|'), agencies: ids, rule: sameName ? 'region' : 'form' });
  }
  return proposals;
}

/** Sets that share a member, joined (an agency with two spellings may link two keys). */
function joinOverlapping(sets: readonly Set<AgencyId>[]): Set<AgencyId>[] {
  const groups: Set<AgencyId>[] = [];
  for (const set of sets) {
    const touching = groups.filter((g) => [...set].some((id) => g.has(id)));
    const joined = new Set([...set, ...touching.flatMap((g) => [...g])]);
    for (const g of touching) groups.splice(groups.indexOf(g), 1);
    groups.push(joined);
  }
  return groups;
}

/** Every name an agency of the union goes by: its name, its notices' spellings and their aliases. */
function handles(merged: MergedNotices, id: AgencyId): Set<string> {
  const agency = merged.model.agencies.find((a) => a.id === id);
  const spellings: readonly AgencySpelling[] = merged.spellings.get(id) ?? [];
  return new Set([...(agency ? [agency.name, ...agency.aliases] : []), ...spellings.map((s) => s.name)]);
}

/** True when the user kept these agencies apart: a stored decision names every one of them. */
function isKeptApart(
  proposal: SameAgencyProposal,
  merged: MergedNotices,
  keptApart: readonly (readonly string[])[],
): boolean {
  const named = proposal.agencies.map((id) => handles(merged, id));
  return keptApart.some((names) => named.every((h) => names.some((n) => h.has(n))));
}

/** The names a rejection stores: each agency's name in the union. */
export function keepApartNames(proposal: SameAgencyProposal, agencies: readonly Agency[]): string[] {
  return proposal.agencies.map((id) => agencies.find((a) => a.id === id)?.name ?? id.replace(/^ag:/, ''));
}
