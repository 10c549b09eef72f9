// Strings the model keeps must not hold the normalised text alive. A title or note read from that
// text is, in V8, a slice of it (a pointer into the whole string, for strings of 13 code units or
// more), so one kept slice keeps all of it: on 20 MB of notices, a second 14 MB copy of the text
// beside `model.text` for as long as the model lives. The slices are made as before while parsing,
// where they are cheap; the few strings the model keeps are copied out as it is built.

/** V8 copies strings shorter than this when slicing them; longer ones may be slices of a parent. */
const SHORTEST_SLICE = 13;

/** `s` as a string of its own, holding no larger string alive. */
export function detached(s: string): string {
  // A JSON round trip makes one flat string of exactly `s`; the `(' ' + s).slice(1)` idiom would
  // leave a slice of a fresh parent, 32 bytes and a code unit more per string.
  return s.length < SHORTEST_SLICE ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Detached copies, one per distinct string: many items carry the same note or deadline, and a
 *  lookup is cheaper than a copy and keeps them sharing one string, as the slices often did. */
export class StringCopies {
  private readonly copies = new Map<string, string>();

  of(s: string): string {
    if (s.length < SHORTEST_SLICE) return s;
    let copy = this.copies.get(s);
    if (copy === undefined) {
      copy = detached(s);
      this.copies.set(copy, copy);
    }
    return copy;
  }

  /** `s` copied, `null` kept. */
  orNull(s: string | null): string | null {
    return s === null ? null : this.of(s);
  }

  /** Every string in `value` (plain objects and arrays, walked in place) copied: for the model's
   *  small parts, where naming each field is not worth the risk of missing one. */
  all<T>(value: T): T {
    return this.copyValue(value) as T;
  }

  private copyValue(value: unknown): unknown {
    if (typeof value === 'string') return this.of(value);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.copyValue(value[i]);
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = this.copyValue(record[key]);
    return value;
  }
}
