// Bold labels print bold in PNGs. The semibold font slices name their family "Noto Sans SC SemiBold",
// so resvg, which picks a face by family and weight, found no 600 face of "Noto Sans SC" and drew the
// heaviest agencies' names regular; the subsets now carry the typographic family (name ids 16/17).
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { scenePng } from '../../../src/cli/scene-png.ts';
import { nodeFontLoader } from '../../../src/export/font/load-node.ts';
import { subsetFont } from '../../../src/export/font/subset.ts';
import type { Scene } from '../../../src/graph/scene.ts';
import { decodePng } from '../../support/png.ts';

const TEXT = 'Development and Reform Commission 发展改革委';

describe('bold faces', () => {
  it('name both weights as faces of one family, Noto Sans SC', async () => {
    for (const [weight, style] of [
      [400, 'Regular'],
      [600, 'SemiBold'],
    ] as const) {
      const subset = await subsetFont(new Set(TEXT), weight, nodeFontLoader);
      const font = fontkit.create(Buffer.from(subset.bytes)) as unknown as {
        name: { records: Record<string, Record<string, string>> };
        postscriptName: string;
      };
      expect(font.name.records.preferredFamily?.en).toBe('Noto Sans SC');
      expect(font.name.records.preferredSubfamily?.en).toBe(style);
      // The PostScript name, which the PDF names the font by, is the slice's own.
      expect(font.postscriptName).toBe(`NotoSansSC-${style}`);
    }
  });

  it('draw a label at weight 700 with more ink than the same label at 400', async () => {
    const line = (y: number, weight: number) =>
      ({ type: 'text', x: 10, y, text: TEXT, size: 18, weight, fill: '#000000' }) as const;
    const scene = { width: 520, height: 80, background: '#ffffff', marks: [line(25, 700), line(60, 400)] };
    const png = decodePng(await scenePng(scene as unknown as Scene, { scale: 1, transparent: false }));
    const ink = (from: number, to: number) => {
      let sum = 0;
      for (let y = from; y < to; y++)
        for (let x = 0; x < png.width; x++) sum += 255 - (png.data[(y * png.width + x) * 4] ?? 255);
      return sum;
    };
    const bold = ink(5, 40);
    const regular = ink(42, 78);
    expect(regular).toBeGreaterThan(0);
    expect(bold / regular).toBeGreaterThan(1.2);
  });
});
