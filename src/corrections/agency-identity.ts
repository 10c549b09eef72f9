// Which agency a name means. Ids follow names exactly as the parser makes them (`ag:` + the name's key,
// see AgencyRegistry), so a renamed agency gets the id a newer parser would give that name.
import { agencyKey, agencyKind, isGenericActor, withoutInvisibles } from '../notice/agency-names.ts';
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

/** The longest name a correction gives an agency: the parser reads none longer than 40 characters,
 *  and a 5,000-character rename made a 16,218-pixel-wide PNG. */
export const MAX_NAME_LENGTH = 60;

/** `name` without control characters and surrounding space, or null if nothing is left. */
export function cleanName(name: string): string | null {
  const trimmed = withoutInvisibles(name).trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** What is wrong with a name a user gave, in words, or null. */
export function nameProblem(name: string): string | null {
  const clean = cleanName(name);
  if (clean === null) return 'a name is empty';
  if (clean.length > MAX_NAME_LENGTH)
    return `a name has at most ${MAX_NAME_LENGTH} characters (this one has ${clean.length})`;
  return null;
}

/** Ids for the op's names, with the agencies that had to be created for unknown ones. */
export function lookUpNames(model: NoticeModel, names: readonly string[], created: Agency[]): AgencyId[] {
  return names.map((given) => {
    const name = cleanName(given) ?? given;
    const known = agencyNamed(model, name) ?? created.find((a) => a.id === newAgency(name).id);
    if (known) return known.id;
    const agency = newAgency(name);
    created.push(agency);
    return agency.id;
  });
}
