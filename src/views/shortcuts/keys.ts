// Which keys do what outside any one view: pure decisions from a key and where it was pressed, so they
// are tested without a browser. Keys are never taken from someone typing in a field.

/** What a key lands on, as far as typing is concerned. */
export interface KeyTarget {
  readonly tagName: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
}

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  /** A view or a field already handled it (the search box clears itself on Esc). */
  readonly defaultPrevented?: boolean;
}

/** Inputs that take no typed text: keys pressed on them may still be shortcuts. */
const KEYLESS_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file']);

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !KEYLESS_INPUTS.has((target.type ?? 'text').toLowerCase());
}

export type GlobalAction = 'clear-selection' | 'show-shortcuts';

/** The app-wide action of a key, or null. A modal dialog owns its keys (Esc closes it). */
export function globalAction(
  press: KeyPress,
  where: { readonly typing: boolean; readonly dialogOpen: boolean },
): GlobalAction | null {
  if (press.defaultPrevented || where.typing || where.dialogOpen) return null;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Escape') return 'clear-selection';
  // `?` is Shift+/ on most layouts; the key's value is what was typed, whatever the layout.
  if (press.key === '?') return 'show-shortcuts';
  return null;
}

/** The tab a key moves to in a row of `count` tabs (WAI-ARIA tabs: arrows wrap, Home and End go to the
 *  ends), or null when the key is not for the tabs. */
export function tabMove(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
