// What one parse learns about the lists and names it reads, kept for the rest of that parse: a notice
// writes the same lists and names over and over (the seed: 231 lists, 98 distinct; 416 names, 67
// distinct), and each reading costs dozens of regex tests. Pure functions of their text, so a memo
// gives the same answers; one per parse, so nothing outlives the notice it was learnt from.
import { ListMemo, readAgencyList, type AgencyListReading, type NamedSpan } from './agency-list.ts';
import { lentPrefix, takesCarriedPrefix } from './agency-names.ts';
import { suspectName } from './unread.ts';

type Lent = ReturnType<typeof lentPrefix>;

/** Shared by every reading with nothing in it: frozen, since no reader may add to it. */
const NONE: readonly NamedSpan[] = Object.freeze([]);

function shift(spans: readonly NamedSpan[], by: number): readonly NamedSpan[] {
  if (spans.length === 0) return NONE;
  const out: NamedSpan[] = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as NamedSpan;
    out[i] = { name: s.name, start: s.start + by, end: s.end + by };
  }
  return out;
}

export class NameFacts {
  /** Readings at offset 0: a list's reading only moves with where it stands. */
  private readonly lists = new Map<string, AgencyListReading>();
  private readonly pieces = new ListMemo();
  private readonly lent = new Map<string, Lent>();
  /** Bit 1: takes a department's prefix; bit 2: a vertical body's. Absent bits are unknown. */
  private readonly takes = new Map<string, number>();
  private readonly suspects = new Map<string, ReturnType<typeof suspectName>>();

  list(text: string, start: number): { names: readonly NamedSpan[]; unread: readonly NamedSpan[] } {
    // A verb at the end of a clause leaves an empty list after it: nothing to look up.
    if (text.length === 0) return { names: NONE, unread: NONE };
    let reading = this.lists.get(text);
    if (reading === undefined) {
      reading = readAgencyList(text, 0, this.pieces);
      this.lists.set(text, reading);
    }
    return { names: shift(reading.names, start), unread: shift(reading.unread, start) };
  }

  lentPrefix(name: string): Lent {
    let lent = this.lent.get(name);
    if (lent === undefined) {
      lent = lentPrefix(name);
      this.lent.set(name, lent);
    }
    return lent;
  }

  takesCarriedPrefix(name: string, from: { readonly vertical: boolean }): boolean {
    const known = this.takes.get(name) ?? 0;
    const bit = from.vertical ? 4 : 1;
    if (known & bit) return (known & (bit << 1)) !== 0;
    const takes = takesCarriedPrefix(name, from);
    this.takes.set(name, known | bit | (takes ? bit << 1 : 0));
    return takes;
  }

  suspectName(name: string): ReturnType<typeof suspectName> {
    let why = this.suspects.get(name);
    if (why === undefined) {
      why = suspectName(name);
      this.suspects.set(name, why);
    }
    return why;
  }
}
