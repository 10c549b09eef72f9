// Framed diagrams of the Manzhouli notice: the title, the notice's date and counts, the source line,
// each view's own marks inside the frame, and the rows on screen when only those are asked for.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import type { Scene } from '../../graph/scene.ts';
import { diagramScene, diagramTitle, graphPositions, noticeShortName, type LayoutFn } from './diagram.ts';

const model = parseNotice(seedBytes());
const texts = (scene: Scene) => scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));

describe('diagramScene', () => {
  it('titles a diagram by its view and the plan, in either language', () => {
    expect(noticeShortName(model)).toBe('内蒙古满洲里重点开发开放试验区建设总体规划');
    expect(diagramTitle(model, 'ranking', 'zh')).toBe(
      '《内蒙古满洲里重点开发开放试验区建设总体规划》机构工作量排名',
    );
    expect(diagramTitle(model, 'graph', 'en', { mode: 'coordination' })).toMatch(
      /^Who must coordinate with whom/,
    );
  });

  it('frames the matrix with the title, date, counts and source line around every agency row', () => {
    const scene = diagramScene(model, { view: 'matrix', lang: 'zh', date: '2026-11-28' });
    const words = texts(scene);
    expect(words[0]).toBe(diagramTitle(model, 'matrix', 'zh'));
    expect(words[1]).toBe('2014-02-26  ·  7 个部分 · 29 项任务 · 77 个事项 · 45 个机构');
    const source = words.slice(words.findIndex((w) => w.startsWith('资料来源'))).join('');
    expect(source).toMatch(/^资料来源：内蒙古自治区人民政府办公厅关于印发/);
    expect(source).toMatch(/2026-11-28。$/);
    expect(words).toContain('发展改革委');
    expect(scene.background).toBe('#ffffff');
    for (const m of scene.marks) if (m.type === 'text') expect(m.x).toBeLessThan(scene.width);
  });

  it('puts no paper of its own behind the body, so a transparent PNG is transparent there too', () => {
    const scene = diagramScene(model, { view: 'coassignment', lang: 'zh', date: '2026-11-28' });
    const papers = scene.marks.filter(
      (m) => m.type === 'rect' && m.fill === scene.background && m.width * m.height > scene.width * 100,
    );
    expect(papers).toEqual([]);
  });

  it("takes the user's title and draws only the rows asked for", () => {
    const rows = ['ag:自治区发展改革委', 'ag:自治区商务厅'];
    const scene = diagramScene(model, { view: 'ranking', lang: 'en', title: 'Load, Manzhouli', rows });
    const words = texts(scene);
    expect(words[0]).toBe('Load, Manzhouli');
    expect(words).toContain('Development and Reform Commission');
    expect(words).toContain('Department of Commerce');
    expect(words).not.toContain('Department of Finance');
  });

  it('draws only the rows and columns of a matrix scrolled both ways, and says how much it shows', () => {
    const rows = ['ag:自治区发展改革委', 'ag:自治区商务厅'];
    const columns = model.tasks.slice(12, 15).map((t) => t.id);
    const whole = texts(diagramScene(model, { view: 'matrix', lang: 'en' }));
    expect(whole).toContain('45 agencies × 29 tasks');
    const words = texts(diagramScene(model, { view: 'matrix', lang: 'en', rows, columns }));
    expect(words).toContain('2 of 45 agencies × 3 of 29 tasks');
    expect(words).toContain('Department of Commerce');
    expect(words).not.toContain('Department of Finance');
    // The heads of tasks 13–15, and no other task's.
    expect(words.filter((w) => /^\d+ \p{Script=Han}/u.test(w))).toEqual([
      '13 完善欧亚陆路大通道建设',
      '14 加快国际物流中心建设',
      '15 建设国际贸易基地',
    ]);
  });

  it("writes the ranking's explanations and the network's kind names in the language asked for", async () => {
    const zh = texts(diagramScene(model, { view: 'ranking', lang: 'zh', date: '2026-11-28' }));
    expect(zh).toContain('发展改革委：牵头9项，参与51项，覆盖全部7个部分——负荷78，为一般单位（7）的11倍');
    const en = texts(diagramScene(model, { view: 'ranking', lang: 'en', date: '2026-11-28' }));
    expect(en).toContain(
      "Development and Reform Commission: 9 led, 51 joined, in all 7 sections — load 78, 11 times the typical agency's 7",
    );
    // No agency keeps its Chinese name on an English diagram of this notice.
    const chinese = model.agencies.map((a) => a.name.replace(/^(自治区|内蒙古)/, ''));
    expect(en.filter((w) => chinese.some((name) => w.includes(name)) && !w.startsWith('Source'))).toEqual([]);
    const layout: LayoutFn = async (graph) =>
      new Map(graph.nodes.map((n, i) => [n.id, { x: (i % 10) * 80, y: Math.floor(i / 10) * 80 }]));
    const positions = await graphPositions(model, {}, layout);
    const graph = (lang: 'zh' | 'en') =>
      texts(diagramScene(model, { view: 'graph', lang, graph: { positions } }));
    expect(graph('zh')).toContain('地方部门');
    expect(graph('en')).toContain('Regional department');
    expect(graph('en')).not.toContain('地方部门');
  });

  it('keys the numbered task boxes of the network beside it: every task, under its section', async () => {
    const layout: LayoutFn = async (graph) =>
      new Map(graph.nodes.map((n, i) => [n.id, { x: (i % 10) * 80, y: Math.floor(i / 10) * 80 }]));
    const positions = await graphPositions(model, {}, layout);
    const scene = diagramScene(model, { view: 'graph', lang: 'en', graph: { positions } });
    const key = scene.marks
      .filter((m) => m.type === 'text' && m.layer === 'legend')
      .map((m) => (m.type === 'text' ? m.text : ''));
    expect(key).toContain('Tasks');
    for (const task of model.tasks)
      expect(key.some((t) => task.title.startsWith(t.replace(/…$/, '')))).toBe(true);
    for (const section of model.sections) expect(key).toContain(`${section.ordinal}. ${section.title}`);
    // With titles in the boxes, the key would say it twice: there is none.
    const titled = diagramScene(model, {
      view: 'graph',
      lang: 'en',
      graph: { positions, settings: { taskTitles: true } },
    });
    expect(texts(titled)).not.toContain('Tasks');
  });

  it('needs positions for the network', () => {
    expect(() => diagramScene(model, { view: 'graph', lang: 'zh' })).toThrow(/positions/);
  });
});

describe('wrapText', () => {
  it('keeps English words whole and breaks Chinese anywhere', async () => {
    const { wrapText } = await import('./table-scene.ts');
    const lines = wrapText('Drawn with Fengong Atlas (分工图谱), 2026-11-28.', 10, 120);
    expect(lines.join(' ')).toBe('Drawn with Fengong Atlas (分工图谱), 2026-11-28.');
    expect(lines.length).toBeGreaterThan(1);
    for (const word of ['Drawn', 'with', 'Fengong', 'Atlas'])
      expect(lines.some((l) => l.split(' ').includes(word))).toBe(true);
    expect(wrapText('自治区发展改革委牵头', 10, 50)).toEqual(['自治区发展', '改革委牵头']);
  });
});

describe('tableScenes', () => {
  it('puts the note above the column heads and says "continued" on the pages after the first', async () => {
    const { tableScenes } = await import('./table-scene.ts');
    const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), `机构${i + 1}`]);
    const pages = tableScenes({
      heading: '',
      note: '负荷 = 牵头 ×3 + 配合 ×1',
      columns: [
        { head: '#', width: 40, align: 'end' },
        { head: '机构', width: 200 },
      ],
      rows,
      pageHeight: 300,
      continued: '（续）',
    });
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      const [first] = page.marks;
      const band = page.marks.find((m) => m.type === 'rect');
      if (first?.type !== 'text' || band?.type !== 'rect')
        throw new Error('a page without its line or heads');
      expect(first.text).toBe(i === 0 ? '负荷 = 牵头 ×3 + 配合 ×1' : '（续）');
      expect(first.y + first.size).toBeLessThanOrEqual(band.y);
    });
    const numbers = pages.flatMap((p) => texts(p)).filter((t) => /^\d+$/.test(t));
    expect(numbers).toEqual(rows.map((r) => r[0]));
  });
});
