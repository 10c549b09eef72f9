// The SVG export as other programs open it: marks in named groups a designer can pick out, and with
// --outline-text no <text> at all, the labels drawn as glyph paths — checked by rendering with resvg
// given no font whatever, as Inkscape or rsvg on a machine without Chinese fonts would draw it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { layeredPositions, NETWORK_FILE_PICTURE } from '../../../src/export/data/network-drawing.ts';
import { diagramScene } from '../../../src/export/diagram/diagram.ts';
import { nodeFontLoader } from '../../../src/export/font/load-node.ts';
import { sceneFonts } from '../../../src/export/font/scene-fonts.ts';
import { sceneToSvg } from '../../../src/export/image/svg.ts';
import { textOutliner } from '../../../src/export/image/text-outlines.ts';
import type { Scene, TextMark } from '../../../src/graph/scene.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';
import { descendants, parseXmlStrict } from '../xml-tree.ts';
import { decodePng, type Pixels } from './png-pixels.ts';

const SEED = new URL('../../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);
const model = parseNotice(readFileSync(SEED));
const scene: Scene = diagramScene(model, {
  view: 'graph',
  lang: 'zh',
  date: '2026-01-01',
  graph: { settings: NETWORK_FILE_PICTURE, positions: layeredPositions(model) },
});

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
});

/** Drawn with no font loaded: text needing one draws nothing. */
function fontless(svg: string): Pixels {
  const renderer = new Resvg(svg, { font: { loadSystemFonts: false }, background: '#ffffff' });
  return decodePng(renderer.render().asPng());
}

/** Share of non-white pixels in a box of the picture. */
function inkIn(p: Pixels, box: { x: number; y: number; width: number; height: number }): number {
  let inked = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(p.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(p.width, box.x + box.width); x++) {
      const at = (y * p.width + x) * 4;
      all++;
      if ((p.data[at] ?? 0) < 200 || (p.data[at + 1] ?? 0) < 200 || (p.data[at + 2] ?? 0) < 200) inked++;
    }
  }
  return all === 0 ? 0 : inked / all;
}

/** A text mark's box, for left-anchored, top-aligned text (the title) or centred labels. */
function textBox(mark: TextMark) {
  const width = [...mark.text].length * mark.size;
  const x = mark.anchor === 'middle' ? mark.x - width / 2 : mark.x;
  const y = mark.baseline === 'top' ? mark.y : mark.y - mark.size / 2;
  return { x, y, width, height: mark.size };
}

describe('SVG layers and outlined text', { timeout: 60_000 }, () => {
  it('groups the network diagram by layer: title, edges, nodes, labels, legend', () => {
    const root = parseXmlStrict(sceneToSvg(scene));
    const groups = root.children.filter((c) => c.name === 'g').map((g) => g.attributes.id);
    expect(groups).toEqual(['title', 'sections', 'edges', 'nodes', 'labels', 'legend', 'source']);
    const group = (id: string) => root.children.find((g) => g.attributes.id === id)!;
    expect(descendants(group('edges'), 'path').length).toBeGreaterThan(50);
    expect(descendants(group('nodes'), 'circle').length).toBe(model.agencies.length);
    expect(descendants(group('labels'), 'text').length).toBeGreaterThan(model.agencies.length);
    expect(descendants(group('title'), 'text').map((t) => t.text)[0]).toContain('任务分工网络');
  });

  it('with outlines has no <text>, a path per label, and draws the labels with no font installed', async () => {
    const outline = textOutliner(await sceneFonts([scene], nodeFontLoader));
    const outlined = sceneToSvg(scene, { outline });
    const root = parseXmlStrict(outlined);
    expect(descendants(root, 'text')).toHaveLength(0);
    expect(outlined).not.toContain('@font-face');
    const labels = root.children.find((g) => g.attributes.id === 'labels')!;
    const texts = scene.marks.filter((m): m is TextMark => m.type === 'text' && m.layer === 'labels');
    expect(descendants(labels, 'path').filter((p) => p.attributes['aria-label'])).toHaveLength(texts.length);

    const withText = fontless(sceneToSvg(scene));
    const withOutlines = fontless(outlined);
    const title = scene.marks.find((m): m is TextMark => m.type === 'text' && m.layer === 'title')!;
    // Without a font the text version leaves the title blank; the outlines draw it.
    expect(inkIn(withText, textBox(title))).toBeLessThan(0.01);
    expect(inkIn(withOutlines, textBox(title))).toBeGreaterThan(0.05);
    // And the agencies' names: more ink over the label boxes than the fontless text gives.
    const heavy = texts.filter((t) => t.weight === 600).slice(0, 5);
    expect(heavy.length).toBeGreaterThan(0);
    for (const label of heavy)
      expect(inkIn(withOutlines, textBox(label)), label.text).toBeGreaterThan(
        inkIn(withText, textBox(label)) + 0.03,
      );
  });
});
