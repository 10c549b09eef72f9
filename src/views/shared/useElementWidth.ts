// The width of an element as laid out, read at once and followed as it changes (window resized, a
// side panel opened), so the first drawing already has the right width. `measured` picks another
// element to follow from the one referred to (a panel follows its host, its parent).
import { useEffect, useState, type RefObject } from 'react';

export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  measured: (element: HTMLElement) => HTMLElement | null = (element) => element,
): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current ? measured(ref.current) : null;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
    // `measured` is a way of finding the element, fixed for a caller: following it would re-observe
    // on every render when it is written inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
  return width;
}
