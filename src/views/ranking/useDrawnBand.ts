// Follows a scroller: the band of its content to keep drawn (view-model/drawn-band.ts), read once a
// frame at most and changed only when the scroll crosses a step, so scrolling re-renders rarely.
import { useEffect, useState, type RefObject } from 'react';
import { drawnBand, sameBand, type Band } from '../../view-model/drawn-band.ts';
import { followScroller } from '../shared/follow-scroller.ts';

/** Before the scroller is measured: a tall band, so a first paint is never empty. */
const FIRST_BAND = drawnBand(0, 1200);

/** `follow` false: nothing is read (each read may force a layout of the page) and the band stays put. */
export function useDrawnBand(scroller: RefObject<HTMLElement | null>, follow: boolean): Band {
  const [band, setBand] = useState(FIRST_BAND);
  useEffect(() => {
    const box = scroller.current;
    if (!box || !follow) return;
    const following = followScroller(
      box,
      () => {
        const next = drawnBand(box.scrollTop, box.clientHeight);
        setBand((was) => (sameBand(was, next) ? was : next));
      },
      'now',
    );
    return following.stop;
  }, [scroller, follow]);
  return band;
}
