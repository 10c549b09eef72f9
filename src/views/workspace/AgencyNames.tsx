// The names of the agencies in view, offered wherever the user types one (merge, split, item roles).
import type { Agency, NoticeModel } from '../../notice/model.ts';

export const AGENCY_NAMES_LIST = 'agency-names-in-view';

/** Every name and alias in view, to the agency it names. */
export function agencyNameIndex(model: NoticeModel): Map<string, Agency> {
  const index = new Map<string, Agency>();
  for (const agency of model.agencies) {
    for (const alias of agency.aliases) if (!index.has(alias)) index.set(alias, agency);
    index.set(agency.name, agency);
  }
  return index;
}

export function AgencyNames({ model }: { model: NoticeModel }) {
  return (
    <datalist id={AGENCY_NAMES_LIST}>
      {model.agencies.map((a) => (
        <option key={a.id} value={a.name} />
      ))}
    </datalist>
  );
}
