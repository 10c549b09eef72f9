// How many of the view tabs fit in the top bar, the rest going behind a "More" button. English labels
// are longer than Chinese: at 1280–1366 px (most laptops) nine tabs and the actions ran past the
// window's edge, and the help and language buttons were out of reach. Pure, so it is tested alone.

export interface TabWidths {
  /** Each tab's width, in the order shown. */
  readonly tabs: readonly number[];
  /** The More button's width when it reads "More". */
  readonly more: number;
  /** What the More button adds to a tab's label (its caret) when it names the current view instead. */
  readonly caret: number;
  /** The space between two tabs. */
  readonly gap: number;
}

/** The number of tabs shown in `room` px: all when they fit, else the most that fit beside the More
 *  button — which names the current view when that view is behind it, so its width is that label's.
 *  At least none: on a very small window every view is behind More. */
export function tabsThatFit(widths: TabWidths, room: number, current: number): number {
  const { tabs, more, caret, gap } = widths;
  const row = (count: number) =>
    tabs.slice(0, count).reduce((sum, w) => sum + w, 0) + Math.max(0, count - 1) * gap;
  if (row(tabs.length) <= room) return tabs.length;
  for (let count = tabs.length - 1; count > 0; count--) {
    const label = current >= count ? (tabs[current] ?? 0) + caret : more;
    if (row(count) + Math.max(label, more) <= room) return count;
  }
  return 0;
}
