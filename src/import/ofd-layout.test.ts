import { describe, expect, it } from 'vitest';
import { glyphWidth, pagesText, type Glyph, type LaidPage } from './ofd-layout.ts';

const SIZE = 5.6;
const LEFT = 28;
const RIGHT = 184;

/** A line of text set from `x` on baseline `y`, each glyph at its own width (plus `spacing`). */
function line(text: string, x: number, y: number, size = SIZE, spacing = 0): Glyph[] {
  const glyphs: Glyph[] = [];
  let at = x;
  for (const char of Array.from(text)) {
    glyphs.push({ text: char, x: at, y, size });
    at += glyphWidth(char, size) + spacing;
  }
  return glyphs;
}

/** A full line: justified from the left margin to the right one. */
function full(text: string, y: number, indent = 0): Glyph[] {
  const chars = Array.from(text);
  const natural = chars.reduce((w, c) => w + glyphWidth(c, SIZE), 0);
  const spacing = (RIGHT - LEFT - indent - natural) / (chars.length - 1);
  return line(text, LEFT + indent, y, SIZE, spacing);
}

const page = (...lines: Glyph[][]): LaidPage => ({ width: 210, height: 297, glyphs: lines.flat() });

describe('pagesText', () => {
  it('joins the lines of a paragraph wrapped mid-sentence, without spaces between Chinese', () => {
    const text = pagesText([
      page(
        full('推进口岸通关便利化，优化口岸通关服务环境，推进联检', 50, 2 * SIZE),
        full('联运监管改革和能力建设，深化海关分类通关改革，支持海关、检验', 60),
        line('检疫等监管模式创新。', LEFT, 70),
        full('加强口岸基础设施建设，提高口岸查验设备、基础设施等保', 80, 2 * SIZE),
        line('障水平。', LEFT, 90),
      ),
    ]);
    expect(text).toBe(
      '推进口岸通关便利化，优化口岸通关服务环境，推进联检联运监管改革和能力建设，深化海关分类通关改革，支持海关、检验检疫等监管模式创新。\n' +
        '加强口岸基础设施建设，提高口岸查验设备、基础设施等保障水平。\n',
    );
  });

  it('reads glyphs in reading order whatever order they are drawn in', () => {
    const glyphs = [
      ...full('第二行的文字写在这里，排在后面的是第一行的那一行文字。', 60),
      ...line('第一行', LEFT, 50),
    ];
    const text = pagesText([{ width: 210, height: 297, glyphs: glyphs.reverse() }]);
    expect(text.startsWith('第一行')).toBe(true);
  });

  it('starts a paragraph at numbering, at a label and at an indented line, even after a full line', () => {
    const text = pagesText([
      page(
        full('一、推进体制机制改革创新，全面扩大对外开放水平，打造增长极', 50),
        full('（一）创新口岸管理服务体系，优化口岸通关服务环境和监管', 60),
        full('牵头单位：自治区商务厅；配合单位：满洲里海关、自治区外事办', 70),
        full('拓展国际金融业务，在金融业务、金融产品等方面加强创新工作', 80, 2 * SIZE),
      ),
    ]);
    expect(text.trimEnd().split('\n')).toHaveLength(4);
  });

  it('continues a paragraph across a page break, and drops page numbers and a running header', () => {
    const header = (n: number) => line(`满洲里试验区分工方案（第${n}稿）`, 60, 24, 3.7);
    const text = pagesText([
      page(
        header(1),
        full('开行国际联运铁路班列，为国内电子信息等高科技产品出口提供', 50),
        line('— 1 —', 160, 270, 4.94),
      ),
      page(header(2), line('便捷服务。', LEFT, 50), line('— 2 —', 35, 270, 4.94)),
    ]);
    expect(text).toBe('开行国际联运铁路班列，为国内电子信息等高科技产品出口提供便捷服务。\n');
  });

  it('keeps a line in the top band that is not repeated on other pages', () => {
    const text = pagesText([
      page(
        line('内蒙古自治区人民政府办公厅文件', 50, 30, 7.76),
        full('正文第一行的文字，写满整个版心的宽度，一直写到右边的边', 60),
      ),
      page(full('正文第二页的文字，写满整个版心的宽度，一直写到右边的边', 50)),
    ]);
    expect(text.split('\n')[0]).toBe('内蒙古自治区人民政府办公厅文件');
  });

  it('writes cells on one baseline with large gaps as a tab-separated row', () => {
    const row = (cells: string[], y: number) => [
      ...line(cells[0] as string, LEFT, y),
      ...line(cells[1] as string, LEFT + 20, y),
      ...line(cells[2] as string, LEFT + 110, y),
    ];
    const text = pagesText([
      page(row(['序号', '工作任务', '牵头单位'], 50), row(['1', '居民消费价格涨幅3%左右', '发展改革委'], 60)),
    ]);
    expect(text).toBe('序号\t工作任务\t牵头单位\n1\t居民消费价格涨幅3%左右\t发展改革委\n');
  });

  it('spaces Latin words set apart, and keeps a title wrapped over centred lines as one paragraph', () => {
    const title = 7.76;
    const text = pagesText([
      page(
        line('关于印发重点开发开放试验区建设总体', 38, 40, title),
        line('规划分工方案的通知', 71, 52, title),
        [...line('ATA', LEFT, 70), ...line('carnet', LEFT + 10, 70)],
        full('正文第一行的文字，写满整个版心的宽度，一直写到右边的边', 80),
        full('正文第二行的文字，写满整个版心的宽度，一直写到右边的边', 90),
        full('正文第三行的文字，写满整个版心的宽度，一直写到右边的边', 100),
      ),
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('关于印发重点开发开放试验区建设总体规划分工方案的通知');
    expect(lines[1]).toBe('ATA carnet');
  });

  it('counts a glyph drawn twice at one place once', () => {
    const glyphs = line('加粗标题', LEFT, 50);
    expect(
      pagesText([
        page(
          glyphs,
          glyphs.map((g) => ({ ...g, x: g.x + 0.05 })),
        ),
      ]),
    ).toBe('加粗标题\n');
  });

  it('gives nothing for pages without glyphs', () => {
    expect(pagesText([])).toBe('');
    expect(pagesText([page()])).toBe('');
  });
});
