// The rule that a bare department name in a list belongs to the government named before it:
// `自治区商务厅、发展改革委` → 自治区发展改革委. Markers and table rows carry prefixes with it.
import type { NamedSpan } from './agency-list.ts';
import { isPartyDepartment, lentPrefix, takesCarriedPrefix } from './agency-names.ts';

/** The two rules, or a per-parse memo of them (name-facts.ts). */
interface NameRules {
  lentPrefix: typeof lentPrefix;
  takesCarriedPrefix: typeof takesCarriedPrefix;
}

/** Carry the region prefix along a marker's names, in order: a bare department name takes the prefix
 *  of the nearest name before it that lends one (`省发展改革委、商务厅` → 省商务厅; `各区消防部门、
 *  商务部门` → 各区商务部门). Vertical bodies, enterprises and places neither take nor break it. */
export function carryRegionPrefix(
  names: readonly NamedSpan[],
  facts: NameRules = { lentPrefix, takesCarriedPrefix },
): NamedSpan[] {
  const carried = { department: null as string | null, vertical: null as string | null };
  const carriedNames: NamedSpan[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const span = names[i] as NamedSpan;
    carriedNames[i] = carry(span, carried, facts);
  }
  return carriedNames;
}

const DEPARTMENT = { vertical: false } as const;
const VERTICAL_BODY = { vertical: true } as const;
/** A department's prefix first, then a vertical body's. */
const CARRIERS = [DEPARTMENT, VERTICAL_BODY] as const;

function carry(
  span: NamedSpan,
  carried: { department: string | null; vertical: string | null },
  facts: NameRules,
): NamedSpan {
  const lent = facts.lentPrefix(span.name);
  if (lent !== null) {
    if (lent.vertical) carried.vertical = lent.prefix;
    else carried.department = lent.prefix;
    return span;
  }
  for (const from of CARRIERS) {
    const prefix = from.vertical ? carried.vertical : carried.department;
    if (prefix === null || !facts.takesCarriedPrefix(span.name, from)) continue;
    // 市委 lends itself to the party's departments (市委宣传部) and its level to the others.
    const own = /委$/.test(prefix) && !isPartyDepartment(span.name) ? prefix.slice(0, -1) : prefix;
    return { name: own + span.name, start: span.start, end: span.end };
  }
  return span;
}
