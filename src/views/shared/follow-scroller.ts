// Following a scroller for what it shows: a view that draws only what is in view (or paints a canvas of
// it) reads the scroller when it scrolls or changes size — at most once a frame, however fast the
// scroll, since each read may force a layout of the page.

export interface ScrollerFollow {
  /** Asks for a read in the next frame (one read however many ask). */
  readonly schedule: () => void;
  /** Stops following: no more reads, the pending one dropped. */
  readonly stop: () => void;
}

/** Follows `box`: `read` runs now (`first: 'now'`) or in the next frame, then once a frame while it
 *  scrolls or resizes, until `stop`. */
export function followScroller(
  box: HTMLElement,
  read: () => void,
  first: 'now' | 'next frame',
): ScrollerFollow {
  let frame = 0;
  const run = () => {
    frame = 0;
    read();
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(run);
  };
  if (first === 'now') run();
  else schedule();
  box.addEventListener('scroll', schedule, { passive: true });
  const resize = new ResizeObserver(schedule);
  resize.observe(box);
  return {
    schedule,
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
      box.removeEventListener('scroll', schedule);
      resize.disconnect();
    },
  };
}
