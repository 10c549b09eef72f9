// A scene written as a standalone SVG document: vector marks, labels as real text (searchable,
// selectable, extractable), styles inline so Inkscape and browsers draw it the same. The same
// writer serves the graph, the matrices and the ranking. Marks are grouped by their layer
// (`<g id="edges">`, `nodes`, `labels`, `legend`, `title`…), and labels can be written as outlines
// for viewers that lack a Chinese font.
import { FONT_FAMILY } from '../../graph/appearance.ts';
import type { Scene, SceneMark, TextMark } from '../../graph/scene.ts';
import { escapeXml } from '../data/xml.ts';
import { baselineShift } from '../font/metrics.ts';
import { arrowLength } from '../pdf/path-end.ts';
import type { TextOutliner } from './text-outlines.ts';

export interface SvgOptions {
  /** The document's <title>, for screen readers and file browsers. */
  readonly title?: string;
  /** An @font-face rule (with the font as a data URL) so the SVG renders on machines without the font. */
  readonly fontFaceCss?: string;
  /** Draw every label as the outline of its glyphs (see text-outlines.ts): no <text> is left, so
   *  no font is needed to view the file, and no @font-face is written. */
  readonly outline?: TextOutliner;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, ''));

function styleAttributes(mark: SceneMark): string {
  if (mark.type === 'text') return '';
  const parts: string[] = [];
  parts.push(`fill="${mark.fill ?? 'none'}"`);
  if (mark.stroke) parts.push(`stroke="${mark.stroke}"`, `stroke-width="${num(mark.strokeWidth ?? 1)}"`);
  if (mark.dash && mark.dash.length > 0) parts.push(`stroke-dasharray="${mark.dash.map(num).join(' ')}"`);
  if (mark.opacity !== undefined && mark.opacity < 1) parts.push(`opacity="${num(mark.opacity)}"`);
  return parts.join(' ');
}

/** A label as a filled path, named by its text for screen readers. */
function outlinedText(mark: TextMark & { title?: string }, d: string | null, rotate: string): string {
  if (!d) return '';
  const title = mark.title ? `<title>${escapeXml(mark.title)}</title>` : '';
  const attrs = `d="${d}" fill="${mark.fill ?? '#1f2933'}" aria-label="${escapeXml(mark.text)}"${rotate}`;
  return title ? `<path ${attrs}>${title}</path>` : `<path ${attrs}/>`;
}

function markXml(mark: SceneMark, arrowIds: Map<string, string>, outline?: TextOutliner): string {
  const title = mark.title ? `<title>${escapeXml(mark.title)}</title>` : '';
  const close = (tag: string, attrs: string) =>
    title ? `<${tag} ${attrs}>${title}</${tag}>` : `<${tag} ${attrs}/>`;
  switch (mark.type) {
    case 'rect':
      return close(
        'rect',
        `x="${num(mark.x)}" y="${num(mark.y)}" width="${num(mark.width)}" height="${num(mark.height)}"${mark.radius ? ` rx="${num(mark.radius)}"` : ''} ${styleAttributes(mark)}`,
      );
    case 'circle':
      return close(
        'circle',
        `cx="${num(mark.cx)}" cy="${num(mark.cy)}" r="${num(mark.r)}" ${styleAttributes(mark)}`,
      );
    case 'path': {
      const arrow = mark.arrow && mark.stroke ? ` marker-end="url(#${arrowIds.get(arrowKey(mark))})"` : '';
      return close(
        'path',
        `d="${escapeXml(mark.d)}" ${styleAttributes(mark)}${arrow} stroke-linecap="round"`,
      );
    }
    case 'text': {
      const rotate = mark.rotate
        ? ` transform="rotate(${num(mark.rotate)} ${num(mark.x)} ${num(mark.y)})"`
        : '';
      if (outline) return outlinedText(mark, outline(mark), rotate);
      // The baseline placed by the font's metrics rather than `dominant-baseline`, which Inkscape
      // and other editors ignore; browsers put it in the same place.
      const y = mark.y + baselineShift(mark.baseline) * mark.size;
      const attrs = [
        `x="${num(mark.x)}"`,
        `y="${num(y)}"`,
        `font-size="${num(mark.size)}"`,
        `fill="${mark.fill ?? '#1f2933'}"`,
        mark.weight && mark.weight !== 400 ? `font-weight="${mark.weight}"` : '',
        mark.anchor && mark.anchor !== 'start' ? `text-anchor="${mark.anchor}"` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `<text ${attrs}${rotate}>${title}${escapeXml(mark.text)}</text>`;
    }
  }
}

const arrowKey = (mark: { stroke?: string; strokeWidth?: number }) =>
  `${mark.stroke}|${num(mark.strokeWidth ?? 1)}`;

/** One arrowhead marker per stroke colour and width, sized in user space by the width: visible on a
 *  hairline, not a blot on a thick link (a marker in stroke-width units grows with the square). */
function arrowMarkers(scene: Scene): { defs: string; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const defs: string[] = [];
  for (const mark of scene.marks) {
    if (mark.type !== 'path' || !mark.arrow || !mark.stroke || ids.has(arrowKey(mark))) continue;
    const id = `arrow-${ids.size + 1}`;
    ids.set(arrowKey(mark), id);
    const length = arrowLength(mark.strokeWidth ?? 1);
    // The head's tip sits on the path's end; the path runs into it by the stroke's half width.
    defs.push(
      `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="${num(length)}" markerHeight="${num(length)}" orient="auto-start-reverse"><path d="M0,1 L9,5 L0,9 z" fill="${mark.stroke}"/></marker>`,
    );
  }
  return { defs: defs.join(''), ids };
}

/** Runs of marks in the same layer, each a named group; marks with no layer are the `diagram`.
 *  Painting order is kept, so a layer met twice gets a second group (`labels-2`). */
function layerGroups(scene: Scene, markText: (mark: SceneMark) => string): string[] {
  const runs: { layer: string; marks: string[] }[] = [];
  for (const mark of scene.marks) {
    const layer = mark.layer ?? 'diagram';
    const last = runs.at(-1);
    if (last?.layer === layer) last.marks.push(markText(mark));
    else runs.push({ layer, marks: [markText(mark)] });
  }
  const seen = new Map<string, number>();
  return runs.flatMap(({ layer, marks }) => {
    const n = (seen.get(layer) ?? 0) + 1;
    seen.set(layer, n);
    return [`<g id="${n === 1 ? layer : `${layer}-${n}`}">`, ...marks.filter(Boolean), '</g>'];
  });
}

export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const { defs, ids } = arrowMarkers(scene);
  const fontFace = options.outline ? '' : (options.fontFaceCss ?? '');
  const style = `${fontFace}text{font-family:${FONT_FAMILY};}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" font-family="${escapeXml(FONT_FAMILY)}" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : '',
    `<defs><style>${escapeXml(style)}</style>${defs}</defs>`,
    scene.background ? `<rect width="100%" height="100%" fill="${scene.background}"/>` : '',
    ...layerGroups(scene, (m) => markXml(m, ids, options.outline)),
    '</svg>',
  ];
  return lines.filter(Boolean).join('\n') + '\n';
}
