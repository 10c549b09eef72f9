// A scene as a PNG without a browser: the SVG the exports write, drawn by resvg (WebAssembly, so no
// native build on install) with the scene's subset fonts — one face per weight — and no system fonts,
// so the picture is the same on every machine.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { nodeFontLoader } from '../export/font/load-node.ts';
import { FONT_WEIGHTS, sceneFonts } from '../export/font/scene-fonts.ts';
import { pngDpi, withPngDpi } from '../export/image/png-dpi.ts';
import { sceneToSvg } from '../export/image/svg.ts';
import type { Scene } from '../graph/scene.ts';

export interface PngOptions {
  /** Pixels per diagram unit. */
  readonly scale: number;
  /** Leave out the paper: transparent around the marks. */
  readonly transparent: boolean;
}

let ready: Promise<typeof import('@resvg/resvg-wasm')> | null = null;

/** resvg's module, its WebAssembly started once per process (a second start is an error). */
function resvg(): Promise<typeof import('@resvg/resvg-wasm')> {
  ready ??= (async () => {
    const module = await import('@resvg/resvg-wasm');
    const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await module.initWasm(await readFile(wasm));
    return module;
  })();
  return ready;
}

export async function scenePng(scene: Scene, options: PngOptions): Promise<Uint8Array> {
  const { Resvg } = await resvg();
  // One subset font per weight: resvg picks faces by family and weight, and drew boxes for whole
  // lines when many same-named font slices competed.
  const fonts = await sceneFonts([scene], nodeFontLoader);
  const drawn = options.transparent ? { ...scene, background: undefined } : scene;
  const renderer = new Resvg(sceneToSvg(drawn), {
    fitTo: { mode: 'zoom', value: options.scale },
    font: {
      fontBuffers: FONT_WEIGHTS.map((weight) => fonts[weight].bytes),
      defaultFontFamily: 'Noto Sans SC',
      loadSystemFonts: false,
    },
    background: drawn.background ?? 'rgba(0,0,0,0)',
  });
  return withPngDpi(renderer.render().asPng(), pngDpi(options.scale));
}
