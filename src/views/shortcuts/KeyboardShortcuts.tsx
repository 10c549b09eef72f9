// The app's keys and their list: a `?` button in the top bar, the shortcuts dialog, and the keys that
// work in every view (Esc clears the selection, `?` opens the list).
import { useCallback, useState } from 'react';
import { useAtlas } from '../atlas.tsx';
import { useMessages } from '../i18n/lang-context.tsx';
import type { GlobalAction } from './keys.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useGlobalKeys } from './useGlobalKeys.ts';

export function KeyboardShortcuts() {
  const { selection, select } = useAtlas();
  const [open, setOpen] = useState(false);
  const m = useMessages();
  const hasSelection = selection !== null;
  const act = useCallback(
    (action: GlobalAction) => {
      if (action === 'show-shortcuts') setOpen(true);
      else if (hasSelection) select(null, 'keys');
      else return false;
      return true;
    },
    [hasSelection, select],
  );
  useGlobalKeys(act);
  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-label={m.app.shortcuts}
        title={m.app.shortcutsTitle}
        aria-keyshortcuts="Shift+?"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      <ShortcutsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
