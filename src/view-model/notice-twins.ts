// Notices that share a title: two imports of one file, or two years' notices under one heading, look the
// same in a list. Each such notice gets its place among its twins (in the order they were added), and the
// views show what tells them apart — the file's name, the issuer and date of issue, the time it was added.

export interface Twin {
  /** 1 for the first added of the notices sharing the title. */
  readonly n: number;
  readonly of: number;
}

/** Titles compared as a reader sees them: spaces (full- or half-width) and letter case do not count. */
export function sameTitleKey(title: string): string {
  return title.replace(/[\s\u3000]+/gu, '').toLowerCase();
}

/** The items that share a title with another, each with its place among them; ordered by `added`
 *  (ISO 8601 text), ties kept in the items' order. Items with an empty title are nobody's twin. */
export function noticeTwins<T>(
  items: readonly T[],
  title: (item: T) => string,
  added: (item: T) => string,
): Map<T, Twin> {
  const groups = new Map<string, { item: T; index: number }[]>();
  items.forEach((item, index) => {
    const key = sameTitleKey(title(item));
    if (!key) return;
    const group = groups.get(key);
    if (group) group.push({ item, index });
    else groups.set(key, [{ item, index }]);
  });
  const twins = new Map<T, Twin>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => {
      const [x, y] = [added(a.item), added(b.item)];
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    });
    ordered.forEach(({ item }, i) => twins.set(item, { n: i + 1, of: ordered.length }));
  }
  return twins;
}

/** When a notice was added, to the minute in the reader's time zone (`2026-12-03 22:41`); the ISO text
 *  itself when it is not a time. */
export function addedMinute(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
