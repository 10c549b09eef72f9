// Keeps a popover that hangs from its control inside the window: moved left as far as its right edge
// would run off (never past the left edge), and no taller than the room below it, scrolling instead.
// Measured after layout, before paint, and again when the window changes size.
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept between a popover and the window's edge. */
const MARGIN = 8;
/** A popover squeezed shorter than this is no use: below it, the window is simply too short. */
const MIN_HEIGHT = 160;

export function keepInWindow(element: HTMLElement): void {
  element.style.transform = '';
  element.style.maxHeight = '';
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const box = element.getBoundingClientRect();
  const shift = Math.max(Math.min(0, width - MARGIN - box.right), MARGIN - box.left);
  if (shift !== 0) element.style.transform = `translateX(${Math.round(shift)}px)`;
  const room = height - MARGIN - box.top;
  if (box.height > room) {
    element.style.maxHeight = `${Math.max(MIN_HEIGHT, Math.floor(room))}px`;
    element.style.overflowY = 'auto';
  }
}

/** Keeps `ref`'s element inside the window while `open`; `content` re-measures when what it shows changes. */
export function useKeptInWindow(ref: RefObject<HTMLElement | null>, open: boolean, content?: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!open || !element) return;
    const place = () => keepInWindow(element);
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [ref, open, content]);
}
