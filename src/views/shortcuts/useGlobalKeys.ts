// The app-wide keys: Esc clears the selection in every view, `?` opens the shortcuts. Listens on the
// window, after the views and fields have had the key (they prevent what they handle).
import { useEffect } from 'react';
import { globalAction, isTypingTarget, type GlobalAction } from './keys.ts';

function targetOf(event: KeyboardEvent) {
  const target = event.target;
  return target instanceof HTMLElement
    ? {
        tagName: target.tagName,
        type: target instanceof HTMLInputElement ? target.type : undefined,
        isContentEditable: target.isContentEditable,
      }
    : null;
}

export function useGlobalKeys(act: (action: GlobalAction) => boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = globalAction(event, {
        typing: isTypingTarget(targetOf(event)),
        dialogOpen: document.querySelector('dialog[open]') !== null,
      });
      if (action && act(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);
}
