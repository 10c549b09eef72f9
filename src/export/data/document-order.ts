// Records sorted by where they start in the text: the order a reader meets them, whatever order a
// producer (parser, corrections) happened to append them in.
import type { Span } from '../../notice/model.ts';

export function inDocumentOrder<T extends Span>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => a.start - b.start || a.end - b.end);
}
