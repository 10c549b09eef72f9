// Short labels for agencies: the region prefix dropped (自治区商务厅 → 商务厅), the full name kept for
// hover and panels. A short label two agencies would share stays full, so no label is ambiguous.
import { regionPrefix } from './agency-names.ts';
import type { Agency, AgencyId } from './model.ts';

export function shortAgencyName(name: string): string {
  const prefix = regionPrefix(name);
  if (prefix === null) return name;
  const rest = name.slice(prefix.length);
  return rest.length >= 2 ? rest : name;
}

export function agencyLabels(agencies: readonly Agency[]): Map<AgencyId, string> {
  const short = new Map(agencies.map((a) => [a.id, shortAgencyName(a.name)]));
  const seen = new Map<string, number>();
  short.forEach((label) => seen.set(label, (seen.get(label) ?? 0) + 1));
  return new Map(
    agencies.map((a) => [
      a.id,
      (seen.get(short.get(a.id) as string) ?? 0) > 1 ? a.name : (short.get(a.id) as string),
    ]),
  );
}
