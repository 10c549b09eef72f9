// Writing a list of agency names as notices do: a run of one government's departments joined by 、,
// the shared region prefix often dropped after the first (`省发展改革委、财政厅、省市场监管局`), and a
// ， wherever the prefix changes, so a reader never has to guess which prefix a bare name takes.
import type { SynthAgency } from './agency-pool.ts';
import type { Random } from './prng.ts';

/** How often a department in a run is written bare; the rest repeat the prefix, as notices do. */
const DROP_PREFIX = 0.7;

export function renderNameList(agencies: readonly SynthAgency[], random: Random): string {
  let out = '';
  let runPrefix: string | null = null;
  for (const agency of agencies) {
    if (runPrefix === null) {
      out = agency.name;
    } else if (agency.prefix === runPrefix) {
      const bare = agency.prefix !== '' && random.chance(DROP_PREFIX);
      out += `、${bare ? agency.name.slice(agency.prefix.length) : agency.name}`;
    } else {
      out += `，${agency.name}`;
    }
    runPrefix = agency.prefix;
  }
  return out;
}
