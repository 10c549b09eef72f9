import { describe, expect, it } from 'vitest';
import { pagesToText, type PageText, type Rule, type TextPiece } from './pdf-layout.ts';

// A synthetic A4 page: body text 12 pt, lines 20 pt apart, the text block from x 72 to 72 + 38 em.
const SIZE = 12;
const LEFT = 72;
const RIGHT = LEFT + 38 * SIZE;
const TOP = 760;

/** A run of text as PDF producers write them: ideographs an em wide, Latin letters half. */
function run(text: string, x: number, y: number, size = SIZE): TextPiece {
  const width = [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * size, 0);
  return { text, x, y, width, size };
}

/** Body lines, top down; `indent` in ems. A line of 38 ideographs fills the block. */
function body(lines: readonly (string | [string, number])[], top = TOP): TextPiece[] {
  return lines.map((line, i) => {
    const [text, indent] = typeof line === 'string' ? [line, 0] : line;
    return run(text, LEFT + indent * SIZE, top - i * 20);
  });
}

const page = (pieces: readonly TextPiece[], rules?: readonly Rule[]): PageText => ({ pieces, rules });

const FILLER =
  '推进体制机制改革创新优化口岸通关服务环境深化海关分类通关改革支持利用俄蒙资源和国内周边地区资源开展合作';

/** `n` ideographs of filler, from the `k`th on, so lines can be made full or short. */
function chars(n: number, k = 0): string {
  return Array.from({ length: n }, (_, i) => FILLER[(k + i) % FILLER.length]).join('');
}

describe('pagesToText: paragraphs', () => {
  it('runs a paragraph over lines that reach the right margin and ends it at a short line', () => {
    const text = pagesToText([
      page(body([[chars(36), 2], chars(38), chars(10), [chars(36), 2], chars(20), chars(38), chars(38)])),
    ]);
    expect(text.split('\n')).toEqual([
      chars(36) + chars(38) + chars(10),
      chars(36) + chars(20),
      chars(38) + chars(38),
      '',
    ]);
  });

  it('starts a paragraph at an indented line or a numbering even after a full line', () => {
    const lines = [
      chars(38),
      '（二）创新产业促进体系。' + chars(26),
      chars(38),
      '2.做大做强一批法人金融机构。' + chars(24),
      '1.5万亿元以上的项目' + chars(28),
      '①第一项' + chars(34),
      [chars(36), 2] as [string, number],
      '第三条 办法' + chars(32),
      chars(5),
    ];
    const text = pagesToText([page(body(lines))]);
    expect(text.split('\n').map((l) => l.slice(0, 6))).toEqual([
      chars(6),
      '（二）创新产',
      '2.做大做强',
      '①第一项推进',
      chars(6),
      '第三条办法推',
      '',
    ]);
    // `1.5万亿元` is a number going on, not a numbering.
    expect(text).toContain('机构。' + chars(24) + '1.5万亿元以上的项目');
  });

  it('starts a paragraph at a label line (牵头单位：, 责任单位:) and at a wide gap between lines', () => {
    const pieces = [
      ...body([chars(38), '牵头单位：市金融局' + chars(29), '责任单位:市财政局' + chars(29), chars(38)]),
      run(chars(38), LEFT, TOP - 4 * 20 - 30),
      run(chars(12), LEFT, TOP - 5 * 20 - 30),
    ];
    expect(pagesToText([page(pieces)]).split('\n')).toEqual([
      chars(38),
      '牵头单位：市金融局' + chars(29),
      '责任单位:市财政局' + chars(29) + chars(38),
      chars(38) + chars(12),
      '',
    ]);
  });

  it('joins a centred title set larger than the body over its lines, not a body line', () => {
    const title = (text: string, y: number) => {
      const piece = run(text, 0, y, 18);
      return { ...piece, x: LEFT + (RIGHT - LEFT - piece.width) / 2 };
    };
    const text = pagesToText([
      page([
        title(chars(25), TOP + 60),
        title('重点工作分工方案的通知', TOP + 32),
        ...body([[chars(36), 2], chars(38), chars(38), chars(38), chars(3)]),
      ]),
    ]);
    expect(text.split('\n')[0]).toBe(chars(25) + '重点工作分工方案的通知');
  });
});

describe('pagesToText: lines', () => {
  it('joins Chinese runs without spaces and keeps a space between Latin words the gap separates', () => {
    const y = TOP;
    const pieces = [
      run('推进', LEFT, y),
      run('ATA', LEFT + 24 + 3, y),
      run('carnet', LEFT + 27 + 18 + 4, y),
      run('单证册', LEFT + 49 + 36 + 1, y),
      run('通', LEFT + 122, y),
      run('知', LEFT + 134 + 12, y),
    ];
    expect(pagesToText([page(pieces)])).toBe('推进ATA carnet单证册通知\n');
  });

  it('reads Kangxi radicals as the ideographs they stand for and bold drawn twice once', () => {
    expect(pagesToText([page([run('⼀、总体要求', LEFT, TOP)])])).toBe('一、总体要求\n');
    const bold = [run('⼀、总体', LEFT, TOP), run('要求', LEFT + 48, TOP), run('要求', LEFT + 48.5, TOP)];
    expect(pagesToText([page(bold)])).toBe('一、总体要求\n');
  });

  it('groups runs by baseline within a fraction of the font size, whatever their order', () => {
    const pieces = [
      run('第二行比第一行长', LEFT, TOP - 20),
      run('一行', LEFT + 12, TOP + 1.5),
      run('第', LEFT, TOP),
    ];
    expect(pagesToText([page(pieces)])).toBe('第一行\n第二行比第一行长\n');
  });

  it('separates cells of a table drawn without rules with tabs, one row a line', () => {
    const row = (cells: string[], y: number) =>
      cells.map((c, i) => run(c, LEFT + [0, 48, 250, 340, 420][i]!, y));
    const text = pagesToText([
      page([
        ...row(['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], TOP),
        ...row(['1', '推进口岸建设', '市商务局', '市财政局', '2024年底'], TOP - 20),
      ]),
    ]);
    expect(text).toBe(
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进口岸建设\t市商务局\t市财政局\t2024年底\n',
    );
  });

  it('takes spaces that indent a line for an indent, and keeps wide spaces inside a line', () => {
    const indented = run('\u3000\u3000（二）创新产业促进体系。' + chars(26), LEFT, TOP - 20);
    const text = pagesToText([
      page([run(chars(38), LEFT, TOP), indented, run('序号  任务  牵头单位', LEFT, TOP - 40)]),
    ]);
    expect(text.split('\n')).toEqual([
      chars(38),
      '（二）创新产业促进体系。' + chars(26),
      '序号  任务  牵头单位',
      '',
    ]);
    const spaced = pagesToText([
      page([run(chars(38), LEFT, TOP), run('\u3000\u3000' + chars(10), LEFT, TOP - 20)]),
    ]);
    expect(spaced.split('\n')).toEqual([chars(38), chars(10), '']);
  });

  it('reads a letter-spaced word as one word, not as cells', () => {
    const pieces = [run('通', LEFT + 200, TOP, 22), run('知', LEFT + 200 + 22 * 3, TOP, 22)];
    expect(pagesToText([page(pieces)])).toBe('通知\n');
  });

  it('gives nothing for pages without text', () => {
    expect(pagesToText([])).toBe('');
    expect(pagesToText([page([]), page([run('   ', LEFT, TOP)])])).toBe('');
  });
});

describe('pagesToText: running headers, footers and page numbers', () => {
  const lines = (p: number) => [chars(38, p * 3), chars(38, p * 3 + 1), chars(38, p * 3 + 2)];
  const pages = (number: (n: number) => string, header: string | null, count = 3) =>
    Array.from({ length: count }, (_, p) =>
      page([
        ...(header ? [run(header, LEFT + 100, TOP + 40, 9)] : []),
        ...body(lines(p)),
        run(number(p + 1), LEFT + 200, 60, 10),
      ]),
    );
  const all = (count: number) => Array.from({ length: count }, (_, p) => lines(p).join('')).join('');

  it.each([
    ['— 3 —', (n: number) => `— ${n} —`],
    ['-3-', (n: number) => `-${n}-`],
    ['第3页', (n: number) => `第${n}页`],
    ['第 3 页 共 12 页', (n: number) => `第 ${n} 页 共 12 页`],
    ['3 / 12', (n: number) => `${n} / 12`],
  ])('drops page numbers like %s and runs the paragraph on over the page break', (_, number) => {
    expect(pagesToText(pages(number, null))).toBe(all(3) + '\n');
  });

  it('drops a running header repeated at the top of most pages, and a footer repeated at the bottom', () => {
    const text = pagesToText(pages((n) => `河南省人民政府办公厅 ${n}`, '满洲里试验区重点工作分工方案', 4));
    expect(text).toBe(all(4) + '\n');
  });

  it('keeps a first line that appears on one page only', () => {
    const text = pagesToText([
      page([run('关于印发分工方案的通知', LEFT + 100, TOP + 40), ...body([[chars(36), 2], chars(5)])]),
      page(body([[chars(36), 2], chars(5)])),
    ]);
    expect(text.split('\n')[0]).toBe('关于印发分工方案的通知');
  });
});

describe('pagesToText: ruled tables', () => {
  // Columns 序号 | 重点任务 | 牵头单位 | 配合单位 at these x; rows between these y.
  const COLUMNS = [72, 110, 330, 430, 540];
  const rule = (x0: number, y0: number, x1: number, y1: number): Rule => ({ x0, y0, x1, y1 });

  /** A grid's rules, one rectangle per cell border as Chromium draws them. */
  function gridRules(rows: readonly number[]): Rule[] {
    const rules: Rule[] = [];
    for (const y of rows)
      for (let c = 0; c + 1 < COLUMNS.length; c++)
        rules.push(rule(COLUMNS[c]!, y - 0.4, COLUMNS[c + 1]!, y + 0.4));
    for (let r = 0; r + 1 < rows.length; r++)
      for (const x of COLUMNS) rules.push(rule(x - 0.4, rows[r + 1]!, x + 0.4, rows[r]!));
    return rules;
  }

  /** Cell text as wrapped lines, 10.5 pt, set from the cell's top left; middle-aligned cells are
   *  given their own top. */
  function cell(column: number, top: number, lines: readonly string[]): TextPiece[] {
    return lines.map((l, i) => run(l, COLUMNS[column]! + 4, top - 13 - i * 15, 10.5));
  }

  const header = (top: number) => [
    ...cell(0, top, ['序号']),
    ...cell(1, top, ['重点任务']),
    ...cell(2, top, ['牵头单位']),
    ...cell(3, top, ['配合单位']),
  ];

  it('reads a row a line, cells tab-separated, a wrapped cell joined and a list of names with 、', () => {
    const rows = [700, 680, 620, 600];
    const pieces = [
      ...header(700),
      ...cell(0, 665, ['1']),
      ...cell(1, 680, [
        '创新口岸管理服务体系。优化口岸通关服务',
        '环境，推进联检联运监管改革和能力建设，',
        '深化海关分类通关改革。',
      ]),
      ...cell(2, 672, ['自治区商务厅']),
      ...cell(3, 680, ['满洲里海关', '自治区外事办', '自治区交通运输厅']),
      ...cell(0, 600, ['2']),
      ...cell(1, 600, ['创新产业促进体系。']),
      ...cell(2, 600, ['自治区发展改革委']),
      ...cell(3, 600, ['自治区科技厅']),
      run('附：说明', LEFT, 560),
    ];
    const text = pagesToText([page(pieces, gridRules(rows))]);
    expect(text.split('\n')).toEqual([
      '序号\t重点任务\t牵头单位\t配合单位',
      '1\t创新口岸管理服务体系。优化口岸通关服务环境，推进联检联运监管改革和能力建设，深化海关分类通关改革。\t自治区商务厅\t满洲里海关、自治区外事办、自治区交通运输厅',
      '2\t创新产业促进体系。\t自治区发展改革委\t自治区科技厅',
      '附：说明',
      '',
    ]);
  });

  it('keeps an empty cell in its place and drops the header row repeated on the next page', () => {
    const first = page(
      [
        ...header(700),
        ...cell(0, 680, ['1']),
        ...cell(1, 680, ['推进口岸建设。']),
        ...cell(2, 680, ['市商务局']),
      ],
      gridRules([700, 680, 660]),
    );
    const second = page(
      [
        ...header(700),
        ...cell(0, 680, ['2']),
        ...cell(1, 680, ['扩大开放。']),
        ...cell(2, 680, ['市发展改革委']),
        ...cell(3, 680, ['市财政局']),
      ],
      gridRules([700, 680, 660]),
    );
    expect(pagesToText([first, second]).split('\n')).toEqual([
      '序号\t重点任务\t牵头单位\t配合单位',
      '1\t推进口岸建设。\t市商务局\t',
      '2\t扩大开放。\t市发展改革委\t市财政局',
      '',
    ]);
  });

  it('rejoins a row broken over a page: the continued part has an empty first cell', () => {
    const first = page(
      [
        ...header(700),
        ...cell(0, 680, ['1']),
        ...cell(1, 680, ['推进口岸建设，']),
        ...cell(2, 680, ['市商务局']),
      ],
      gridRules([700, 680, 660]),
    );
    const second = page(
      [...header(700), ...cell(1, 680, ['完善通关服务。']), ...cell(3, 680, ['市财政局'])],
      gridRules([700, 680, 660]),
    );
    expect(pagesToText([first, second]).split('\n')).toEqual([
      '序号\t重点任务\t牵头单位\t配合单位',
      '1\t推进口岸建设，完善通关服务。\t市商务局\t市财政局',
      '',
    ]);
  });

  it('tells names listed a line each from a wrapped cell by the cell width, whatever their length', () => {
    const rows = [700, 680, 630];
    const pieces = [
      ...header(700),
      ...cell(0, 680, ['1']),
      ...cell(1, 680, ['推进口岸建设。']),
      ...cell(2, 680, ['市商务局', '市财政局']),
      ...cell(3, 680, ['市发展改革委、市自然', '资源和规划局']),
    ];
    expect(pagesToText([page(pieces, gridRules(rows))]).split('\n')[1]).toBe(
      '1\t推进口岸建设。\t市商务局、市财政局\t市发展改革委、市自然资源和规划局',
    );
  });

  it('takes a box drawn round a passage for no table', () => {
    const box = [
      rule(60, 700, 540, 701),
      rule(60, 600, 540, 601),
      rule(60, 600, 61, 701),
      rule(539, 600, 540, 701),
    ];
    const pieces = body([[chars(36), 2], chars(38), chars(5)], 680);
    expect(pagesToText([page(pieces, box)])).toBe(chars(36) + chars(38) + chars(5) + '\n');
  });

  it('takes a lone rule (under a running header) for no table', () => {
    const pieces = [
      run('满洲里试验区重点工作分工方案', LEFT, TOP + 40, 9),
      ...body([[chars(36), 2], chars(5)]),
    ];
    const text = pagesToText([page(pieces, [rule(LEFT, TOP + 35, RIGHT, TOP + 35.5)])]);
    expect(text.split('\n')).toEqual(['满洲里试验区重点工作分工方案', chars(36) + chars(5), '']);
  });
});
