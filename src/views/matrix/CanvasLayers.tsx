// A layered scene on one canvas the size of the window: each frame paints only the marks in view, so a
// matrix of 500 agencies × 3,000 items opens at once and scrolls smoothly. The canvas sticks to the
// window while a sheet of the scene's full size gives the scroll bars their range.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { FONT_FAMILY } from '../../graph/appearance.ts';
import { sceneCharacters } from '../../graph/scene.ts';
import type { LayeredScene } from '../../graph/scenes/layered-scene.ts';
import { indexLayers, paintLayered } from './canvas-paint.ts';
import { followScroller } from '../shared/follow-scroller.ts';

/** Canvas text uses only fonts already loaded: ask for the scene's characters, then paint again. */
function loadFonts(scene: LayeredScene): Promise<unknown> {
  const text = [...sceneCharacters(scene)].join('');
  const loads = [400, 600, 700].map((w) => document.fonts.load(`${w} 13px ${FONT_FAMILY}`, text));
  return Promise.all(loads).catch(() => undefined);
}

export function CanvasLayers({
  scene,
  scroller,
}: {
  scene: LayeredScene;
  scroller: RefObject<HTMLDivElement | null>;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const indexes = useMemo(() => indexLayers(scene), [scene]);

  useEffect(() => {
    const box = scroller.current;
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!box || !element || !ctx) return;
    const paint = () => {
      const ratio = window.devicePixelRatio || 1;
      const width = box.clientWidth;
      const height = box.clientHeight;
      if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
        element.style.width = `${width}px`;
        element.style.height = `${height}px`;
      }
      paintLayered(ctx, scene, indexes, {
        scrollX: box.scrollLeft,
        scrollY: box.scrollTop,
        width,
        height,
        pixelRatio: ratio,
      });
      element.dataset.painted = String(Number(element.dataset.painted ?? 0) + 1);
    };
    const following = followScroller(box, paint, 'now');
    let live = true;
    // Asked for a task later: gathering a large scene's characters would lengthen this one.
    const fonts = setTimeout(() => void loadFonts(scene).then(() => live && following.schedule()), 0);
    return () => {
      live = false;
      clearTimeout(fonts);
      following.stop();
    };
  }, [scene, indexes, scroller]);

  return (
    <div className="layered-sheet" style={{ width: scene.width, height: scene.height }}>
      <canvas ref={canvas} className="layered-canvas" />
    </div>
  );
}
