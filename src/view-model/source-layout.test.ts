// The source view's layout: every character drawn once, each item's paragraph one block, lines as the parser counts them.
import { describe, expect, it } from 'vitest';
import { sampleText, seedBytes } from '../../tests/support/seed.ts';
import type { NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import {
  buildSourceLayout,
  markerRuns,
  sourceLayoutOf,
  sourceLayoutSteps,
  splitSourceLines,
} from './source-layout.ts';

const seed = parseNotice(seedBytes());

function drawnText(model: NoticeModel): string {
  const layout = buildSourceLayout(model);
  return layout.blocks
    .flatMap((b) => b.lines)
    .map((line) => line.segments.map((s) => model.text.slice(s.start, s.end)).join(''))
    .join('\n');
}

describe('buildSourceLayout on the Manzhouli notice', () => {
  const layout = buildSourceLayout(seed);

  it('draws every character of the text exactly once, in order', () => {
    expect(drawnText(seed)).toBe(seed.text.replace(/\r\n?/g, '\n'));
  });

  it('gives each of the 77 items a block of its own that covers its paragraph', () => {
    expect(layout.blockOfItem.size).toBe(77);
    for (const item of seed.items) {
      const block = layout.blocks[layout.blockOfItem.get(item.id) ?? -1];
      expect(block?.items).toEqual([item.id]);
      expect(block?.start).toBeLessThanOrEqual(item.start);
      expect(block?.end).toBeGreaterThanOrEqual(item.end);
    }
  });

  it('groups each marker into one run whose text is the marker', () => {
    const runs = layout.blocks.flatMap((b) => b.lines.flatMap((l) => markerRuns(l.segments)));
    const markers = runs.filter((r) => r.marker !== null);
    expect(markers).toHaveLength(77);
    const first = markers[0];
    const text = first?.segments.map((s) => seed.text.slice(s.start, s.end)).join('');
    expect(text).toBe(
      '（自治区商务厅牵头，满洲里海关、内蒙古出入境检验检疫局，自治区外事办、交通运输厅、公安边防总队、贸促会等部门配合）',
    );
  });

  it('tags every agency mention with its role and agency', () => {
    const segments = layout.blocks.flatMap((b) => b.lines.flatMap((l) => l.segments));
    const mentions = segments.filter((s) => s.role !== null);
    expect(mentions).toHaveLength(seed.items.reduce((n, a) => n + a.mentions.length, 0));
    const lead = mentions[0];
    expect(lead && seed.text.slice(lead.start, lead.end)).toBe('自治区商务厅');
    expect(lead?.role).toBe('lead');
    expect(lead?.agency).toBe(seed.items[0]?.leads[0]);
  });

  it('marks section and task headings', () => {
    const segments = layout.blocks.flatMap((b) => b.lines.flatMap((l) => l.segments));
    const heading = (level: string) =>
      segments.filter((s) => s.heading === level).map((s) => seed.text.slice(s.start, s.end));
    expect(heading('section')[0]).toBe('一、推进体制机制改革创新');
    expect(heading('task')[0]).toBe('（一）创新口岸管理服务体系');
    expect(heading('task')).toHaveLength(29);
  });

  it('finds the block of the line a diagnostic names', () => {
    const alias = seed.diagnostics.find((d) => d.code === 'ALIAS');
    expect(alias).toBeDefined();
    const block = layout.blocks[layout.blockOfLine(alias?.line ?? 0)];
    expect(block?.lines.map((l) => l.number)).toContain(alias?.line);
    expect(block && block.start <= (alias?.offset ?? -1) && (alias?.offset ?? 0) <= block.end).toBe(true);
  });
});

describe('buildSourceLayout on other forms', () => {
  it('keeps an item whose marker stands on its own lines in one block, blank lines included', () => {
    const model = parseNotice(sampleText('lishan-2023-fragment.txt'));
    const layout = buildSourceLayout(model);
    const first = model.items[0];
    expect(first).toBeDefined();
    const block = layout.blocks[layout.blockOfItem.get(first!.id) ?? -1];
    expect(block?.lines.length).toBeGreaterThan(1);
    expect(drawnText(model)).toBe(model.text.replace(/\r\n?/g, '\n'));
  });

  it('counts lines as the parser does when lines end in \\r\\n', () => {
    const model = parseNotice(seed.text.replace(/\n/g, '\r\n'));
    const layout = buildSourceLayout(model);
    const alias = model.diagnostics.find((d) => d.code === 'ALIAS');
    const block = layout.blocks[layout.blockOfLine(alias?.line ?? 0)];
    expect(block && block.start <= (alias?.offset ?? -1) && (alias?.offset ?? 0) <= block.end).toBe(true);
  });

  it('draws an empty notice as nothing', () => {
    const layout = buildSourceLayout(parseNotice(''));
    expect(layout.blocks.flatMap((b) => b.lines.flatMap((l) => l.segments))).toEqual([]);
  });
});

describe('buildSourceLayout speed', () => {
  it('lays out three copies of the seed (about 150 KB of UTF-8) in under 100 ms', () => {
    const big = parseNotice([seed.text, seed.text, seed.text].join('\n'));
    expect(big.items.length).toBeGreaterThanOrEqual(3 * 77);
    buildSourceLayout(big);
    const started = performance.now();
    const layout = buildSourceLayout(big);
    const elapsed = performance.now() - started;
    expect(layout.blockOfItem.size).toBe(big.items.length);
    expect(elapsed).toBeLessThan(100);
  });
});

describe('splitSourceLines', () => {
  it('splits on \\n, \\r\\n and a lone \\r', () => {
    expect(splitSourceLines('a\nb\r\nc\rd')).toEqual([
      { start: 0, end: 1, next: 2 },
      { start: 2, end: 3, next: 5 },
      { start: 5, end: 6, next: 7 },
      { start: 7, end: 8, next: 8 },
    ]);
  });
});

describe('sourceLayoutOf', () => {
  it("builds a model's layout once and hands the same one back", () => {
    const model = parseNotice('一、总则\n1.做好工作。（商务厅牵头）\n');
    const first = sourceLayoutOf(model);
    expect(sourceLayoutOf(model)).toBe(first);
    expect(first.blocks).toEqual(buildSourceLayout(model).blocks);
    expect(sourceLayoutOf(parseNotice('一、总则\n'))).not.toBe(first);
  });
});

describe('sourceLayoutSteps', () => {
  it('pauses along a long notice, ends with the layout buildSourceLayout gives, and keeps it', () => {
    const lines = Array.from({ length: 450 }, (_, i) => `${i + 1}.做好第${i + 1}项工作。（商务厅牵头）`);
    const model = parseNotice(`一、总则\n${lines.join('\n')}\n`);
    const steps = sourceLayoutSteps(model);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(next.value.blocks).toEqual(buildSourceLayout(model).blocks);
    expect(sourceLayoutOf(model)).toBe(next.value);
    expect(sourceLayoutSteps(model).next()).toEqual({ done: true, value: next.value });
  });
});
