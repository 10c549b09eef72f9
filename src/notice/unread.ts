// The safety net: passages that look like responsibility markers but were not read, and names that
// look wrong. Each becomes a diagnostic with its place, so the user sees what the parser did not read.
import { endsAsName, isOnlyPlace } from './agency-names.ts';
import type { SuspectReason } from './diagnostics.ts';
import { LABEL, mayHoldLabel, ROLE_WORD } from './marker-words.ts';

const HAS_LABEL = new RegExp(LABEL.source);

/** Something shaped like an agency name: two or more Chinese characters and a body's ending. */
const AGENCY_LIKE =
  /[\u4e00-\u9fff]{2,}(?:人民政府|政府|管委会|委员会|办公室|中心|集团|公司|银行|海关|部门|单位|厅|局|委|办)(?![\u4e00-\u9fff]{0,1}[的])/;

/** A role word or a label together with something that looks like an agency: a marker, read or not. */
export function looksLikeMarker(content: string): boolean {
  return (
    (ROLE_WORD.test(content) || (mayHoldLabel(content) && HAS_LABEL.test(content))) &&
    AGENCY_LIKE.test(content)
  );
}

/** Verbs and labels that have no place inside an agency's name. */
const VERB_IN_NAME = /牵头(?!单位|部门)|配合(?!单位|部门)|负责|会同|协助|参与|落实|督促|单位[:：]|部门[:：]/;

/** Why a name read from a marker looks wrong, as the arguments of a `SUSPECT_NAME` finding (reason,
 *  name, and the length for a long one), or null when it looks like a name. */
export function suspectName(name: string): readonly [SuspectReason, string, ...string[]] | null {
  if (VERB_IN_NAME.test(name)) return ['verb', name];
  const bare = name.replace(/(?:[(（〔〈<【][^)）〕〉>】]*[)）〕〉>】])+$/, '');
  if (bare.length > 30) return ['long', name, `${bare.length}`];
  if (isOnlyPlace(name)) return ['place', name];
  if (!endsAsName(name)) return ['ending', name];
  return null;
}

const NAME_TOKEN =
  /[\u4e00-\u9fff]{2,14}?(?:人民政府|政府|管委会|委员会|办公室|中心|集团|公司|银行|海关|厅|局|委|办)/g;

/** Agency-shaped names in a passage, in order, for a correction to start from (`（市商务局牵头研究）`
 *  → 市商务局). A suggestion for the user to edit, not a reading. */
export function namesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(NAME_TOKEN)) {
    const name = m[0].replace(/^(?:由|请|和|及|与|会同|牵头|配合|负责)+/, '');
    if (name.length >= 3 && !found.includes(name)) found.push(name);
  }
  return found;
}
