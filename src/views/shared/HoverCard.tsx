// A card that follows the pointer over a matrix or chart, kept inside the window: it goes to the
// pointer's left near the right edge, and moves up as far as it must to show its bottom.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './HoverCard.css';

const OFFSET = 16;
const WIDTH = 400;
const EDGE = 8;

export function HoverCard({ x, y, children }: { x: number; y: number; children: ReactNode }) {
  const card = useRef<HTMLDivElement>(null);
  const flipX = x + OFFSET + WIDTH > window.innerWidth;
  const style = {
    ...(flipX ? { right: window.innerWidth - x + OFFSET } : { left: x + OFFSET }),
    top: y + OFFSET,
    maxWidth: WIDTH,
  };
  // Its height is known only once drawn: lift it then, before the browser paints.
  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    const height = element.offsetHeight;
    const below = y + OFFSET + height > window.innerHeight - EDGE;
    element.style.top = `${below ? Math.max(EDGE, Math.min(y - OFFSET - height, window.innerHeight - EDGE - height)) : y + OFFSET}px`;
  });
  return (
    <div ref={card} className="hover-card" role="tooltip" style={style}>
      {children}
    </div>
  );
}
