// The briefing's diagrams as pictures for slides: the same scenes the other exports draw, without
// the frame's title, subtitle and source line (the slide says those in editable text), as PNG —
// PowerPoint reads SVG pictures but LibreOffice and WPS need a bitmap. How a scene becomes a PNG is
// passed in: resvg in Node, the browser's canvas in the app, both drawing the one SVG writer's output.
import { RULE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { translateMark } from '../../graph/scene-translate.ts';
import type { FontLoader } from '../font/slices.ts';
import { sceneFontFaceCss } from '../font/font-face.ts';
import { sceneToSvg } from '../image/svg.ts';

/** Draws a scene as PNG bytes at `scale` pixels per scene unit, on white. */
export type ScenePng = (scene: Scene, scale: number) => Promise<Uint8Array>;

/** Draws an SVG of `width` × `height` units into a PNG: the app's canvas renderer. */
export type SvgRasterizer = (
  svg: string,
  width: number,
  height: number,
  options: { readonly scale: number; readonly background: 'white' | 'transparent' },
) => Promise<{ readonly blob: Blob }>;

/** A ScenePng for the browser: the SVG carries its font, as an SVG drawn as an image sees no web font. */
export function rasterPng(fonts: FontLoader, rasterize: SvgRasterizer): ScenePng {
  return async (scene, scale) => {
    const svg = sceneToSvg(scene, { fontFaceCss: await sceneFontFaceCss(scene, fonts) });
    const { blob } = await rasterize(svg, scene.width, scene.height, { scale, background: 'white' });
    return new Uint8Array(await blob.arrayBuffer());
  };
}

const isText = (mark: SceneMark | undefined): mark is Extract<SceneMark, { type: 'text' }> =>
  mark?.type === 'text';

/** The diagram inside a framed scene (frame.ts: title, subtitle, body, a rule, source lines), moved
 *  to the top; the scene as it is when it does not have that shape. */
export function unframed(scene: Scene): Scene {
  const [title, subtitle] = scene.marks;
  let rule = -1;
  scene.marks.forEach((m, i) => {
    if (m.type === 'path' && m.stroke === RULE && /^M [\d.]+ [\d.]+ H [\d.]+$/.test(m.d)) rule = i;
  });
  if (!isText(title) || !isText(subtitle) || rule < 2) return scene;
  const ruleY = Number((scene.marks[rule] as { d: string }).d.split(' ')[2]);
  const top = subtitle.y + subtitle.size + 8;
  const bottom = ruleY - 6;
  if (!(bottom > top)) return scene;
  return {
    ...scene,
    height: Math.ceil(bottom - top),
    marks: scene.marks.slice(2, rule).map((m) => translateMark(m, 0, -top)),
  };
}

const CJK = /[\u3400-\u9fff]/;
const GLOSSES: readonly RegExp[] = [
  /^[^A-Za-z]*[\u3400-\u9fff][^A-Za-z]*?\s+([A-Za-z].*)$/, // 牵头 leads · 大小 = 工作量 size = workload
  /^([^\u3400-\u9fff]*[A-Za-z][^\u3400-\u9fff]*?)\s*[(（][\u3400-\u9fff]+[)）]$/, // Leads (牵头)
  /^([A-Za-z][^\u3400-\u9fff]*?)\s+[\u3400-\u9fff]+$/, // agencies named 单位数
];

/** An English picture says its legends and heads in English only. The exported scenes now say them
 *  in the language asked for (the bilingual glosses, `牵头 leads`, are the screen's alone), so this
 *  finds nothing to strip in a diagram made with `lang: 'en'` (a test checks that) and can go once
 *  the deck stops calling it; it stays a guard for scenes made without a language. Text with no
 *  Latin letters (the notice's own titles and names) stays as written. */
export function englishOnly(scene: Scene): Scene {
  const english = (text: string): string => {
    if (!CJK.test(text) || !/[A-Za-z]/.test(text)) return text;
    for (const gloss of GLOSSES) {
      const kept = gloss.exec(text)?.[1];
      if (kept && !CJK.test(kept)) return kept;
    }
    return text;
  };
  return {
    ...scene,
    marks: scene.marks.map((m) => (m.type === 'text' ? { ...m, text: english(m.text) } : m)),
  };
}

/** Base64 for a data URL, in browsers and Node alike (btoa exists in both). */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
