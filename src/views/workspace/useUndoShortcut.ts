// Ctrl+Z (⌘Z on a Mac) undoes the last correction in view — except while typing, where it
// belongs to the text field.
import { useEffect } from 'react';
import type { CorrectionActions } from './useCorrectionActions.ts';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useUndoShortcut({ canUndo, undoLast }: CorrectionActions): void {
  useEffect(() => {
    if (!canUndo) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || event.shiftKey || !(event.ctrlKey || event.metaKey)) return;
      if (typing(event.target)) return;
      event.preventDefault();
      void undoLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canUndo, undoLast]);
}
