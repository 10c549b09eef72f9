// How many of the view tabs fit in the top bar, the rest going behind a "More" button. English labels
// are longer than Chinese: at 1280–1366 px (most laptops) nine tabs and the actions ran past the
// window's edge, and the help and language buttons were out of reach. Pure, so it is tested alone.

export interface TabWidths {
  /** Each tab's width, in the order shown. */
  readonly tabs: readonly number[];
  /** The More button's width when it reads "More". */
  readonly more: number;
  /** What the More button adds to a tab's label (its caret) when it names the current view instead. */
  readonly arrow: number;
}

/** The number of tabs shown in `room` px: all when they fit, else the most that fit beside the More
 *  button — which names the current view when that view is behind it, so its width is that label's.
 *  At least none: on a very small window every view is behind More. */
export function tabsThatFit(widths: TabWidths, room: number, current: number): number {
  const { tabs, more, arrow } = widths;
  const total = tabs.reduce((sum, w) => sum + w, 0);
  if (total <= room) return tabs.length;
  let shown = 0;
  for (let count = tabs.length - 1; count >= 0; count--) {
    const label = current >= count ? (tabs[current] ?? 0) + arrow : more;
    const used = tabs.slice(0, count).reduce((sum, w) => sum + w, 0) + Math.max(label, more);
    if (used <= room) {
      shown = count;
      break;
    }
  }
  return shown;
}
