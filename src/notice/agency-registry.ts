// The agencies of one notice: one entry per agency however many ways it is written.
import { agencyKey, agencyKind, isGenericActor, regionPrefix, withoutInvisibles } from './agency-names.ts';
import { detached } from './detach.ts';
import type { Agency, AgencyId } from './model.ts';

interface Entry {
  id: AgencyId;
  name: string;
  aliases: string[];
  generic: boolean;
}

export class AgencyRegistry {
  private readonly byKey = new Map<string, Entry>();
  private readonly bySpelling = new Map<string, { name: string; key: string }>();
  /** Spellings merged into an existing agency, in the order they were met. */
  readonly merged: { alias: string; name: string; offset: number }[] = [];

  /** The id for `name`, creating the agency on first sight; `offset` locates the spelling. */
  register(written: string, offset: number): AgencyId {
    // A notice names few agencies many times: clean and key each spelling once.
    let spelled = this.bySpelling.get(written);
    if (spelled === undefined) {
      // Copied out of the text it was read from: the model keeps the name (see detach.ts).
      const clean = detached(withoutInvisibles(written));
      spelled = { name: clean, key: agencyKey(clean) };
      this.bySpelling.set(written, spelled);
    }
    const { name, key } = spelled;
    const found = this.byKey.get(key);
    if (found) {
      if (found.name !== name && !found.aliases.includes(name)) {
        found.aliases.push(name);
        this.merged.push({ alias: name, name: found.name, offset });
      }
      return found.id;
    }
    const entry: Entry = { id: `ag:${key}` as AgencyId, name, aliases: [], generic: isGenericActor(name) };
    this.byKey.set(key, entry);
    return entry.id;
  }

  list(): Agency[] {
    const agencies = [...this.byKey.values()].map((e) => ({
      id: e.id,
      name: e.name,
      aliases: [...e.aliases],
      generic: e.generic,
      kind: agencyKind(e.name, e.generic),
    }));
    return inferCentralBareNames(agencies);
  }
}

/** In a notice whose unprefixed agencies are mostly central ministries (a State Council notice),
 *  an unprefixed bureau such as 医保局 is central too. */
function inferCentralBareNames(agencies: Agency[]): Agency[] {
  const bare = agencies.filter((a) => !a.generic && regionPrefix(a.name) === null);
  const central = bare.filter((a) => a.kind === 'central').length;
  if (bare.length < 3 || central < bare.length * 0.6) return agencies;
  return agencies.map((a) => (bare.includes(a) && a.kind === 'regional' ? { ...a, kind: 'central' } : a));
}
