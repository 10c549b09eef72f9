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
  const carry = new PrefixCarry(facts);
  const carriedNames: NamedSpan[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) carriedNames[i] = carry.next(names[i] as NamedSpan);
  return carriedNames;
}

const DEPARTMENT = { vertical: false } as const;
const VERTICAL_BODY = { vertical: true } as const;

/** The prefixes carried so far along one list of names, taking each name in turn. */
export class PrefixCarry {
  private department: string | null = null;
  private vertical: string | null = null;

  constructor(private readonly facts: NameRules = { lentPrefix, takesCarriedPrefix }) {}

  /** The next name, with the prefix it takes; a name that lends one carries it on. */
  next(span: NamedSpan): NamedSpan {
    const lent = this.facts.lentPrefix(span.name);
    if (lent !== null) {
      if (lent.vertical) this.vertical = lent.prefix;
      else this.department = lent.prefix;
      return span;
    }
    // A department's prefix first, then a vertical body's.
    const prefix =
      this.department !== null && this.facts.takesCarriedPrefix(span.name, DEPARTMENT)
        ? this.department
        : this.vertical !== null && this.facts.takesCarriedPrefix(span.name, VERTICAL_BODY)
          ? this.vertical
          : null;
    if (prefix === null) return span;
    // 市委 lends itself to the party's departments (市委宣传部) and its level to the others.
    const own = prefix.endsWith('委') && !isPartyDepartment(span.name) ? prefix.slice(0, -1) : prefix;
    return { name: own + span.name, start: span.start, end: span.end };
  }
}
