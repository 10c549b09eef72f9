// The comparison written as a diagram file, as `npm run compare -- A B --format svg|pdf` writes it:
// the seed against a copy with one item taken out and 自治区统计局 added. The SVG carries its layers as
// groups and the network's key in words; the PDF's text reads back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../tests/support/seed.ts';
import { compareNotices } from '../compare/compare-notices.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { comparisonFile } from './compare-diagram.ts';

const text = seedText();
const older = parseNotice(text);
const removed = older.items[12]!;
const copy = (text.slice(0, removed.start) + text.slice(removed.end)).replace(
  '等部门配合',
  '、自治区统计局等部门配合',
);
const comparison = compareNotices(older, parseNotice(copy));
const labels = { labelA: '满洲里 2014', labelB: '满洲里 2014 改', date: '2026-12-01' };

describe('comparisonFile', () => {
  it('writes an SVG with the layers as groups and the key in English', async () => {
    const svg = new TextDecoder().decode(
      await comparisonFile(comparison, { format: 'svg', lang: 'en', ...labels }),
    );
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
    for (const group of ['title', 'legend', 'edges', 'nodes', 'labels', 'source'])
      expect(svg).toContain(`<g id="${group}`);
    for (const words of [
      'link kept',
      'link gained',
      'link lost',
      'agency new',
      "Agencies' load, before and after",
    ])
      expect(svg).toContain(words.replace("'", '&apos;')); // the SVG escapes ' as XML does
    expect(svg).toContain('Comparing two notices: 满洲里 2014 and 满洲里 2014 改');
    expect(svg).toContain('Drawn with Fengong Atlas, 2026-12-01.');
  }, 60_000);

  it('writes a PDF whose text reads back, in Chinese', async () => {
    const bytes = await comparisonFile(comparison, { format: 'pdf', lang: 'zh', ...labels });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const path = join(mkdtempSync(join(tmpdir(), 'compare-')), 'c.pdf');
    writeFileSync(path, bytes);
    const read = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    for (const words of ['满洲里 2014 与 满洲里 2014 改 比较', '新增的联系', '消失的联系', '自治区统计局'])
      expect(read.replace(/\s+/g, ' ')).toContain(words);
  }, 60_000);
});
