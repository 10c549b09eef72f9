// The SVG writer: well-formed XML, labels as text, styles inline, arrowheads per colour.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../graph/scene.ts';
import { sceneToSvg } from './svg.ts';

const scene: Scene = {
  width: 200,
  height: 120,
  background: '#ffffff',
  marks: [
    {
      type: 'rect',
      x: 10,
      y: 10,
      width: 20,
      height: 20,
      fill: '#D55E00',
      title: '牵头：自治区商务厅 & 海关',
    },
    { type: 'circle', cx: 60, cy: 20, r: 8, fill: 'none', stroke: '#0072B2', strokeWidth: 1.5 },
    { type: 'path', d: 'M10,60 L100,60', stroke: '#D55E00', strokeWidth: 3, arrow: true },
    { type: 'path', d: 'M10,80 L100,80', stroke: '#0072B2', strokeWidth: 1.4, dash: [4, 3], arrow: true },
    {
      type: 'text',
      x: 100,
      y: 100,
      text: '自治区发展改革委 <首位>',
      size: 14,
      anchor: 'middle',
      baseline: 'middle',
      weight: 600,
    },
  ],
};

function parse(xml: string): { elements: string[]; texts: string[] } {
  const parser = new SaxesParser();
  const elements: string[] = [];
  const texts: string[] = [];
  parser.on('opentag', (tag) => elements.push(tag.name));
  parser.on('text', (t) => texts.push(t));
  parser.write(xml).close();
  return { elements, texts };
}

describe('sceneToSvg', () => {
  const svg = sceneToSvg(scene, { title: '满洲里试验区 协调网络' });

  it('writes well-formed XML with every mark', () => {
    const { elements } = parse(svg);
    expect(elements.filter((e) => e === 'rect')).toHaveLength(2);
    expect(elements.filter((e) => e === 'circle')).toHaveLength(1);
    expect(elements.filter((e) => e === 'text')).toHaveLength(1);
    expect(elements.filter((e) => e === 'marker')).toHaveLength(2);
  });

  it('keeps labels as text, escaped', () => {
    const { texts } = parse(svg);
    expect(texts).toContain('自治区发展改革委 <首位>');
    expect(texts).toContain('满洲里试验区 协调网络');
    expect(svg).toContain('&lt;首位&gt;');
  });

  it('inlines styles and dashes, and points arrows at a marker of their colour', () => {
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg).toMatch(
      /<path d="M10,60 L100,60" fill="none" stroke="#D55E00" stroke-width="3" marker-end="url\(#arrow-1\)"/,
    );
    expect(svg).toContain('font-family');
    expect(svg).toContain('text-anchor="middle"');
  });

  it('places the baseline itself rather than by dominant-baseline, which Inkscape ignores', () => {
    expect(svg).not.toContain('dominant-baseline');
    // 'middle' at y = 100, 14 px: the baseline (1.16 − 0.288) / 2 em lower, as Chromium puts it.
    expect(svg).toMatch(/<text x="100" y="106.1\d*" font-size="14"/);
    expect(svg).toMatch(/<svg [^>]*font-family="&apos;Noto Sans SC&apos;/);
  });

  it('embeds a font face when given one', () => {
    const withFont = sceneToSvg(scene, {
      fontFaceCss: "@font-face{font-family:'Noto Sans SC';src:url(data:font/woff2;base64,AAAA)}",
    });
    expect(withFont).toContain('@font-face');
  });
});
