// Parsed models kept between renders: a notice's source never changes, so its model is parsed once and
// kept while it is in view (and for a while after, so going back to it is instant). Pure.
import type { NoticeModel } from '../notice/model.ts';
import type { NoticeRecord } from '../workspace/records.ts';
import type { ParseInput } from '../worker/protocol.ts';

export function sourceSize(record: NoticeRecord): number {
  return record.source.kind === 'bytes' ? record.source.bytes.length : record.source.text.length * 2;
}

/** What identifies a notice's source: a workspace file imported over this one may reuse an id. */
export function modelKey(record: NoticeRecord): string {
  return `${record.id}|${record.addedAt}|${record.source.kind}|${sourceSize(record)}`;
}

export function parseInputOf(record: NoticeRecord): ParseInput {
  const input = record.source.kind === 'bytes' ? record.source.bytes : record.source.text;
  return {
    input,
    ...(record.reader ? { reader: record.reader } : {}),
  };
}

/** The cache with `added` put in, and without the least recently added models that are not in view
 *  beyond `spare`. Returns a new map: the cache is React state. */
export function withModels(
  cache: ReadonlyMap<string, NoticeModel>,
  added: readonly (readonly [string, NoticeModel])[],
  inView: ReadonlySet<string>,
  spare = 40,
): Map<string, NoticeModel> {
  const next = new Map(cache);
  for (const [key, model] of added) {
    next.delete(key);
    next.set(key, model);
  }
  const others = [...next.keys()].filter((k) => !inView.has(k));
  for (const key of others.slice(0, Math.max(0, others.length - spare))) next.delete(key);
  return next;
}
