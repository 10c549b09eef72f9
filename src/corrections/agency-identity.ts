// Which agency a name means. Ids follow names exactly as the parser makes them (`ag:` + the name's key,
// see AgencyRegistry), so a renamed agency gets the id a newer parser would give that name.
import { agencyKey, agencyKind, isGenericActor } from '../notice/agency-names.ts';
import type { Agency, AgencyId, NoticeModel } from '../notice/model.ts';

export function agencyIdFor(name: string): AgencyId {
  return `ag:${agencyKey(name)}` as AgencyId;
}

/** The agency of the model a name refers to: by its id, else by one of its other spellings. */
export function agencyNamed(model: NoticeModel, name: string): Agency | null {
  const id = agencyIdFor(name);
  const byId = model.agencies.find((a) => a.id === id);
  if (byId) return byId;
  const key = agencyKey(name);
  return model.agencies.find((a) => a.aliases.some((alias) => agencyKey(alias) === key)) ?? null;
}

/** A new agency record for a name the user gave, classified as the parser would classify it. */
export function newAgency(name: string): Agency {
  const generic = isGenericActor(name);
  return { id: agencyIdFor(name), name, aliases: [], generic, kind: agencyKind(name, generic) };
}

/** `name` with surrounding space removed, or null if nothing is left. */
export function cleanName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** Ids for the op's names, with the agencies that had to be created for unknown ones. */
export function lookUpNames(model: NoticeModel, names: readonly string[], created: Agency[]): AgencyId[] {
  return names.map((name) => {
    const known = agencyNamed(model, name) ?? created.find((a) => a.id === newAgency(name).id);
    if (known) return known.id;
    const agency = newAgency(name);
    created.push(agency);
    return agency.id;
  });
}
