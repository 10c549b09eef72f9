// The agencies of two notices side by side: one row per body (its spellings in each notice grouped by
// identity key), with its load, items led and joined before and after, and how the match was made.
import { computeWorkload, type Workload } from '../analysis/workload.ts';
import { agencyKey } from '../notice/agency-names.ts';
import type { Agency, AgencyId, NoticeModel } from '../notice/model.ts';
import { identityKey, noticeRegions, qualifiedName, type NoticeRegions } from './agency-identity.ts';

/** How a row's agencies were found to be one: the same name; the same once the issuer's region is
 *  written in; one body written two ways; or named in one notice only. */
export type AgencyMatchRule = 'same-name' | 'same-region' | 'same-body' | 'new' | 'gone';

export interface AgencyFigures {
  readonly load: number;
  readonly led: number;
  readonly joined: number;
  readonly items: number;
}

export interface ComparedAgency {
  readonly key: string;
  /** The name to show: as the newer notice writes it, else as the older one did. */
  readonly name: string;
  /** Its spellings in A and in B (more than one when a notice itself writes it two ways). */
  readonly namesA: readonly string[];
  readonly namesB: readonly string[];
  readonly idsA: readonly AgencyId[];
  readonly idsB: readonly AgencyId[];
  readonly rule: AgencyMatchRule;
  readonly explanation: string;
  readonly generic: boolean;
  readonly a: AgencyFigures;
  readonly b: AgencyFigures;
  /** Load in B minus load in A. */
  readonly change: number;
}

export interface AgencyMatching {
  readonly regions: NoticeRegions;
  readonly rows: readonly ComparedAgency[];
  /** Each agency id of A and of B to its row's key. */
  readonly keyOfA: ReadonlyMap<AgencyId, string>;
  readonly keyOfB: ReadonlyMap<AgencyId, string>;
}

const NONE: AgencyFigures = { load: 0, led: 0, joined: 0, items: 0 };

function figures(ids: readonly AgencyId[], workloads: ReadonlyMap<AgencyId, Workload>): AgencyFigures {
  return ids.reduce<AgencyFigures>((sum, id) => {
    const w = workloads.get(id);
    if (!w) return sum;
    return {
      load: sum.load + w.load,
      led: sum.led + w.led,
      joined: sum.joined + w.joined,
      items: sum.items + w.items,
    };
  }, NONE);
}

/** Agencies named by at least one item: a name only in the header lists carries no load to compare. */
function namedAgencies(model: NoticeModel, workloads: ReadonlyMap<AgencyId, Workload>): Agency[] {
  return model.agencies.filter((a) => (workloads.get(a.id)?.items ?? 0) > 0);
}

function groupByKey(agencies: readonly Agency[], region: string | null) {
  const groups = new Map<string, Agency[]>();
  const keyOf = new Map<AgencyId, string>();
  for (const agency of agencies) {
    const key = identityKey(agency, region);
    keyOf.set(agency.id, key);
    groups.set(key, [...(groups.get(key) ?? []), agency]);
  }
  return { groups, keyOf };
}

function matchRule(a: readonly Agency[], b: readonly Agency[], regions: NoticeRegions): AgencyMatchRule {
  if (a.length === 0) return 'new';
  if (b.length === 0) return 'gone';
  const written = new Set([...a, ...b].map((x) => agencyKey(x.name)));
  if (written.size === 1) return 'same-name';
  const qualified = new Set([
    ...a.map((x) => agencyKey(qualifiedName(x, regions.a))),
    ...b.map((x) => agencyKey(qualifiedName(x, regions.b))),
  ]);
  return qualified.size === 1 ? 'same-region' : 'same-body';
}

function explain(rule: AgencyMatchRule, namesA: readonly string[], namesB: readonly string[]): string {
  const a = namesA.join(' / ');
  const b = namesB.join(' / ');
  switch (rule) {
    case 'same-name':
      return `Same name in both notices: ${b}.`;
    case 'same-region':
      return `${a} (A) and ${b} (B) name the same body once the issuer's region is read into the name.`;
    case 'same-body':
      return `${a} (A) and ${b} (B) are one body written two ways (the genre's short and full forms).`;
    case 'new':
      return `${b} is named in B only.`;
    case 'gone':
      return `${a} is named in A only.`;
  }
}

/** Rows heaviest-changed first is the view's choice; here they come in B's order, then A's gone ones. */
export function matchAgencies(a: NoticeModel, b: NoticeModel): AgencyMatching {
  const regions = noticeRegions(a, b);
  const workA = computeWorkload(a);
  const workB = computeWorkload(b);
  const sideA = groupByKey(namedAgencies(a, workA), regions.a);
  const sideB = groupByKey(namedAgencies(b, workB), regions.b);
  const keys = [...new Set([...sideB.groups.keys(), ...sideA.groups.keys()])];
  const rows = keys.map((key): ComparedAgency => {
    const inA = sideA.groups.get(key) ?? [];
    const inB = sideB.groups.get(key) ?? [];
    const rule = matchRule(inA, inB, regions);
    const namesA = inA.map((x) => x.name);
    const namesB = inB.map((x) => x.name);
    const figA = figures(
      inA.map((x) => x.id),
      workA,
    );
    const figB = figures(
      inB.map((x) => x.id),
      workB,
    );
    return {
      key,
      name: namesB[0] ?? namesA[0] ?? key,
      namesA,
      namesB,
      idsA: inA.map((x) => x.id),
      idsB: inB.map((x) => x.id),
      rule,
      explanation: explain(rule, namesA, namesB),
      generic: [...inA, ...inB].some((x) => x.generic),
      a: figA,
      b: figB,
      change: figB.load - figA.load,
    };
  });
  return { regions, rows, keyOfA: sideA.keyOf, keyOfB: sideB.keyOf };
}
