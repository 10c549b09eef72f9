// A scroller followed once a frame: many scroll events in one frame make one read, and a stopped
// follow reads nothing more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followScroller } from './follow-scroller.ts';

let frames: (() => void)[] = [];
const observed: Element[] = [];

beforeEach(() => {
  frames = [];
  observed.length = 0;
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(target: Element) {
        observed.push(target);
      }
      disconnect() {
        observed.length = 0;
      }
    },
  );
});

afterEach(() => vi.unstubAllGlobals());

const nextFrame = () => {
  const due = frames;
  frames = [];
  due.forEach((run) => run());
};

describe('followScroller', () => {
  it('reads at once or in the next frame, then once a frame however many scrolls come', () => {
    const box = new EventTarget() as HTMLElement;
    const read = vi.fn();
    const following = followScroller(box, read, 'now');
    expect(read).toHaveBeenCalledTimes(1);
    expect(observed).toEqual([box]);
    for (let i = 0; i < 5; i++) box.dispatchEvent(new Event('scroll'));
    expect(read).toHaveBeenCalledTimes(1);
    nextFrame();
    expect(read).toHaveBeenCalledTimes(2);
    following.schedule();
    following.schedule();
    nextFrame();
    expect(read).toHaveBeenCalledTimes(3);
    following.stop();

    const later = vi.fn();
    followScroller(box, later, 'next frame');
    expect(later).not.toHaveBeenCalled();
    nextFrame();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('reads nothing once stopped, not even a read already asked for', () => {
    const box = new EventTarget() as HTMLElement;
    const read = vi.fn();
    const following = followScroller(box, read, 'next frame');
    following.stop();
    box.dispatchEvent(new Event('scroll'));
    nextFrame();
    expect(read).not.toHaveBeenCalled();
    expect(observed).toEqual([]);
  });
});
