// A matrix in a scrolling window with sticky heads, drawn as SVG or, when large, on a canvas; it reports
// what the pointer is over (again when the matrix scrolls under a still pointer, as the wheel does) and
// what was clicked, and brings a row into view when asked.
import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { LayeredScene } from '../../graph/scenes/layered-scene.ts';
import { CanvasLayers } from './CanvasLayers.tsx';
import { hitTest, type MatrixHit } from './matrix-hit.ts';
import { SvgLayers } from './SvgLayers.tsx';
import './LayeredMatrix.css';

/** Above this many grid cells SVG gets slow to build and to scroll (about 0.8 s at 60,000 cells). */
export const CANVAS_CELLS = 20_000;

export interface LayeredMatrixProps {
  readonly scene: LayeredScene;
  readonly label: string;
  readonly onHover: (hit: MatrixHit, clientX: number, clientY: number) => void;
  readonly onPick: (hit: MatrixHit) => void;
  readonly onKeyDown?: (event: KeyboardEvent) => void;
  /** A row position to bring into view; a new seq brings it again. */
  readonly reveal?: { readonly position: number; readonly seq: number } | null;
  /** The scrolling window, for a view that reads what is in view (the export's "current view"). */
  readonly scrollerRef?: RefObject<HTMLDivElement | null>;
}

function revealRow(box: HTMLDivElement, scene: LayeredScene, position: number): void {
  const { top, cellHeight } = scene.frame;
  const y = top + position * cellHeight;
  const visibleTop = box.scrollTop + top;
  const visibleBottom = box.scrollTop + box.clientHeight;
  if (y >= visibleTop && y + cellHeight <= visibleBottom) return;
  box.scrollTop = Math.max(0, y - top - (box.clientHeight - top) / 3);
}

export function LayeredMatrix(props: LayeredMatrixProps) {
  const { scene, label, onHover, onPick, onKeyDown, reveal, scrollerRef } = props;
  const own = useRef<HTMLDivElement>(null);
  const scroller = scrollerRef ?? own;
  const { rows, columns } = scene.frame;
  const canvas = rows * columns > CANVAS_CELLS;

  useEffect(() => {
    if (reveal && scroller.current) revealRow(scroller.current, scene, reveal.position);
    // Only a new request moves the window; redrawing the scene must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.seq, reveal?.position]);

  const hitAt = (box: HTMLDivElement, clientX: number, clientY: number): MatrixHit => {
    const rect = box.getBoundingClientRect();
    const x = clientX - rect.left - box.clientLeft;
    const y = clientY - rect.top - box.clientTop;
    if (x > box.clientWidth || y > box.clientHeight) return null;
    return hitTest(scene.frame, x, y, box.scrollLeft, box.scrollTop);
  };
  const hitOf = (event: MouseEvent<HTMLDivElement>): MatrixHit =>
    hitAt(event.currentTarget, event.clientX, event.clientY);
  // Where the pointer rests over the matrix: a scroll moves the cells, not the pointer, and no pointer
  // event says so — without this the card would go on naming the row that was there before.
  const pointer = useRef<{ x: number; y: number } | null>(null);

  return (
    <div
      ref={scroller}
      className="layered-matrix"
      role="figure"
      aria-label={label}
      tabIndex={0}
      data-renderer={canvas ? 'canvas' : 'svg'}
      data-rows={rows}
      data-columns={columns}
      onPointerMove={(e) => {
        pointer.current = { x: e.clientX, y: e.clientY };
        onHover(hitOf(e), e.clientX, e.clientY);
      }}
      onPointerLeave={(e) => {
        pointer.current = null;
        onHover(null, e.clientX, e.clientY);
      }}
      onScroll={(e) => {
        const at = pointer.current;
        if (at) onHover(hitAt(e.currentTarget, at.x, at.y), at.x, at.y);
      }}
      onClick={(e) => onPick(hitOf(e))}
      onKeyDown={onKeyDown}
    >
      {canvas ? <CanvasLayers scene={scene} scroller={scroller} /> : <SvgLayers scene={scene} />}
    </div>
  );
}
