// The genre's grammar, one rule at a time, each on sentences written for the test (none is taken
// from a real notice). The README's table "Words and forms the parser knows" lists the same rules.
import { describe, expect, it } from 'vitest';
import type { NoticeModel } from './model.ts';
import { parseNoticeStructure as parseNotice } from './parse.ts';

interface Read {
  leads: string[];
  cooperators: string[];
  responsible: string[];
}

function rolesOf(model: NoticeModel): Read[] {
  const name = new Map(model.agencies.map((a) => [a.id, a.name]));
  const names = (ids: readonly string[]) => ids.map((id) => name.get(id as never) ?? '?');
  return model.items.map((a) => ({
    leads: names(a.leads),
    cooperators: names(a.cooperators),
    responsible: names(a.responsible),
  }));
}

/** One task closed by `marker`, in a small notice. */
function readOne(marker: string): Read {
  const model = parseNotice(`一、重点任务\n（一）推进示范建设。完善工作机制，加强统筹协调。${marker}\n`);
  expect(model.items).toHaveLength(1);
  return rolesOf(model)[0] as Read;
}

const codes = (model: NoticeModel) => model.diagnostics.map((d) => d.code);
const genericNames = (model: NoticeModel) => model.agencies.filter((a) => a.generic).map((a) => a.name);

describe('verbs beyond 牵头, 配合, 负责 and 会同', () => {
  it.each([
    ['指导', '（市教育局、市科技局指导）'],
    ['落实', '（市教育局、市科技局落实）'],
    ['实施', '（市教育局、市科技局组织实施）'],
    ['督促', '（市教育局、市科技局督促）'],
    ['具体负责', '（市教育局、市科技局具体负责）'],
    ['负责落实', '（市教育局、市科技局负责落实）'],
  ])('%s alone makes those named responsible', (_verb, marker) => {
    expect(readOne(marker)).toEqual({ leads: [], cooperators: [], responsible: ['市教育局', '市科技局'] });
  });

  it.each([
    ['参与', '（市教育局指导，市科技局参与）'],
    ['协助', '（市教育局负责，市科技局协助）'],
    ['协同', '（市教育局负责，市科技局协同）'],
    ['支持', '（市教育局负责，市科技局支持）'],
    ['配合', '（市教育局落实，市科技局配合）'],
  ])('a responsible clause leads when %s names cooperators', (_verb, marker) => {
    expect(readOne(marker)).toEqual({ leads: ['市教育局'], cooperators: ['市科技局'], responsible: [] });
  });

  it('主责 names a lead', () => {
    expect(readOne('（市教育局主责，市科技局配合）')).toEqual({
      leads: ['市教育局'],
      cooperators: ['市科技局'],
      responsible: [],
    });
  });

  it('a lead makes 按职责分工负责 cooperators', () => {
    expect(readOne('（市教育局牵头，市科技局、市财政局按职责分工负责）')).toEqual({
      leads: ['市教育局'],
      cooperators: ['市科技局', '市财政局'],
      responsible: [],
    });
  });

  it('reads 会同: A会同B负责', () => {
    expect(readOne('（市教育局会同市科技局负责）')).toEqual({
      leads: ['市教育局'],
      cooperators: ['市科技局'],
      responsible: [],
    });
  });

  it('keeps each verb out of the names in a marker of several clauses', () => {
    const read = readOne('（市教育局牵头，市科技局配合，市财政局参与，市民政局协助）');
    expect(read).toEqual({
      leads: ['市教育局'],
      cooperators: ['市科技局', '市财政局', '市民政局'],
      responsible: [],
    });
  });

  it('never reads a verb as an agency', () => {
    const model = parseNotice(
      '一、任务\n（一）推进建设。加强统筹。（市教育局指导，市科技局、市财政局负责落实，各区政府具体实施）\n',
    );
    const names = model.agencies.map((a) => a.name);
    expect(names).not.toContain('落实');
    expect(names.some((n) => /指导|落实|实施|负责/.test(n))).toBe(false);
  });
});

describe('labels', () => {
  it.each([
    ['牵头部门', 'lead'],
    ['牵头单位', 'lead'],
    ['牵头责任单位', 'lead'],
    ['主责单位', 'lead'],
    ['主办单位', 'lead'],
    ['牵头负责单位', 'lead'],
    ['牵头', 'lead'],
  ])('%s names the lead', (label) => {
    for (const colon of ['：', ':']) {
      expect(readOne(`（${label}${colon}市教育局；配合部门${colon}市科技局）`)).toEqual({
        leads: ['市教育局'],
        cooperators: ['市科技局'],
        responsible: [],
      });
    }
  });

  it.each(['配合部门', '配合单位', '参与单位', '协办单位', '协助单位', '协同责任单位', '配合'])(
    '%s names cooperators',
    (label) => {
      expect(readOne(`（牵头单位：市教育局；${label}：市科技局、市财政局）`)).toEqual({
        leads: ['市教育局'],
        cooperators: ['市科技局', '市财政局'],
        responsible: [],
      });
    },
  );

  it.each([
    '责任单位',
    '责任部门',
    '落实单位',
    '实施单位',
    '责任主体',
    '主体责任单位',
    '属地责任',
    '负责部门',
  ])('%s alone names those responsible', (label) => {
    expect(readOne(`（${label}：市教育局、市科技局）`)).toEqual({
      leads: [],
      cooperators: [],
      responsible: ['市教育局', '市科技局'],
    });
  });

  it('beside a lead label every other label names cooperators', () => {
    expect(readOne('（牵头部门：市教育局；配合部门：市科技局；落实单位：各区政府）')).toEqual({
      leads: ['市教育局'],
      cooperators: ['市科技局', '各区政府'],
      responsible: [],
    });
  });

  it('never reads a label word as an agency', () => {
    const model = parseNotice(
      '一、任务\n（一）推进建设。加强统筹。（责任单位：市教育局；落实单位：市科技局）\n',
    );
    expect(model.agencies.map((a) => a.name)).toEqual(['市教育局', '市科技局']);
  });
});

describe('joining words in lists', () => {
  it.each(['和', '及', '以及', '与'])('%s joins two names', (word) => {
    expect(readOne(`（市教育局${word}市科技局负责）`).responsible).toEqual(['市教育局', '市科技局']);
  });

  it('等和 closes a list and joins a collective actor', () => {
    const model = parseNotice(
      '一、任务\n（一）推进建设。加强统筹。（教育部、科技部等和各有关省级人民政府负责）\n',
    );
    expect(rolesOf(model)[0]?.responsible).toEqual(['教育部', '科技部', '各有关省级人民政府']);
    expect(genericNames(model)).toEqual(['各有关省级人民政府']);
  });

  it.each(['住房和城乡建设局', '人力资源和社会保障局', '发展改革和统计局', '工业和信息化部'])(
    'keeps %s whole',
    (name) => {
      expect(readOne(`（${name}、市科技局负责）`).responsible[0]).toMatch(name);
    },
  );
});

describe('collective actors', () => {
  it.each([
    '各区、县（市）政府',
    '各县（市、区）人民政府',
    '各乡镇（街道）',
    '各市、县人民政府',
    '各区、县级市',
  ])('%s is one actor', (actor) => {
    const model = parseNotice(`一、任务\n（一）推进建设。加强统筹。（市教育局牵头，${actor}配合）\n`);
    expect(rolesOf(model)[0]?.cooperators).toEqual([actor]);
    expect(genericNames(model)).toEqual([actor]);
  });

  it('a second 各 starts a second actor', () => {
    expect(readOne('（责任单位：各市（州）、各县（市、区）人民政府）').responsible).toEqual([
      '各市（州）',
      '各县（市、区）人民政府',
    ]);
  });

  it.each([
    ['各市人民政府结合实际抓好落实', '各市人民政府'],
    ['试点县政府负责落实', '试点县政府'],
    ['各区政府根据各自职责分别组织实施', '各区政府'],
  ])('drops the predicate after %s', (clause, actor) => {
    const model = parseNotice(`一、任务\n（一）推进建设。加强统筹。（市教育局牵头，${clause}）\n`);
    expect(rolesOf(model)[0]?.cooperators).toEqual([actor]);
    expect(genericNames(model)).toEqual([actor]);
  });
});

describe('region prefixes carried along a list', () => {
  it.each([
    ['自治区', '自治区财政厅、民政厅', '自治区民政厅'],
    ['省', '省财政厅、民政厅', '省民政厅'],
    ['市', '市财政局、民政局', '市民政局'],
    ['州', '州财政局、民政局', '州民政局'],
    ['盟', '盟财政局、民政局', '盟民政局'],
    ['地区', '地区财政局、民政局', '地区民政局'],
    ['县', '县财政局、民政局', '县民政局'],
    ['区', '区财政局、民政局', '区民政局'],
    ['旗', '旗财政局、民政局', '旗民政局'],
    ['示范区', '示范区财政局、民政局', '示范区民政局'],
    ['新区', '新区财政局、民政局', '新区民政局'],
    ['开发区', '开发区财政局、民政局', '开发区民政局'],
    ['高新区', '高新区财政局、民政局', '高新区民政局'],
    ['a named city', '宿川市财政局、民政局', '宿川市民政局'],
    ['a collective level', '各区财政部门、民政部门', '各区民政部门'],
  ])('carries %s', (_level, list, carried) => {
    expect(readOne(`（责任单位：${list}）`).responsible[1]).toBe(carried);
  });

  it('carries across a comma and a role clause of the same marker', () => {
    expect(readOne('（市财政局牵头，民政局、人社局配合）').cooperators).toEqual(['市民政局', '市人社局']);
  });

  it('carries past a vertical body to the next bare department', () => {
    expect(readOne('（责任单位：市财政局、人行青岭支行、住建局）').responsible).toEqual([
      '市财政局',
      '人行青岭支行',
      '市住建局',
    ]);
  });

  it.each([
    '青岭银保监分局',
    '人行青岭中心支行',
    '国家金融监督管理总局青岭监管分局',
    '中国证监会青岭监管局',
    '青岭海关',
    '国网青岭供电公司',
    '青岭金融监管分局',
    '中国人民银行青岭市分行',
  ])('never onto %s', (name) => {
    expect(readOne(`（责任单位：市财政局、${name}）`).responsible).toEqual(['市财政局', name]);
  });

  it('keeps national short names bare: 国家发展改革委、商务部', () => {
    expect(readOne('（国家发展改革委、商务部负责）').responsible).toEqual(['国家发展改革委', '商务部']);
  });

  it('invents no prefix when the list has none', () => {
    expect(readOne('（自然规划分局、税务局负责）').responsible).toEqual(['自然规划分局', '税务局']);
  });
});

describe('rules stated inside a marker', () => {
  const notice = [
    '一、任务',
    '（一）推进建设。加强统筹。（责任单位：市教育局、市科技局。除注明“分别牵头”的以外，排在第一位的为牵头单位，下同）',
    '（二）完善机制。强化保障。（责任单位：市财政局、市民政局）',
    '（三）优化服务。提升效能。（责任单位：市商务局、市文旅局分别牵头，市财政局）',
  ].join('\n');

  it('applies the first-listed rule from the marker that states it on', () => {
    const model = parseNotice(notice);
    expect(rolesOf(model)).toEqual([
      { leads: ['市教育局'], cooperators: ['市科技局'], responsible: [] },
      { leads: ['市财政局'], cooperators: ['市民政局'], responsible: [] },
      { leads: ['市商务局', '市文旅局'], cooperators: ['市财政局'], responsible: [] },
    ]);
    expect(codes(model)).toContain('LEAD_RULE');
  });

  it('glues none of the rule onto the last name', () => {
    const model = parseNotice(notice);
    expect(model.agencies.map((a) => a.name)).not.toContain(expect.stringMatching(/除|注明|第一位/));
  });
});

describe('standing allocations', () => {
  it('keeps 以下均由…负责落实，不再列出 as a note of the notice, not as agencies of later items', () => {
    const model = parseNotice(
      [
        '一、任务',
        '（一）推进建设。加强统筹。（市教育局、市科技局按职责分工负责。以下均由各县政府负责落实，不再列出）',
        '（二）完善机制。强化保障。（市财政局负责）',
      ].join('\n'),
    );
    expect(rolesOf(model)).toEqual([
      { leads: [], cooperators: [], responsible: ['市教育局', '市科技局'] },
      { leads: [], cooperators: [], responsible: ['市财政局'] },
    ]);
    expect(model.notice.standing).toEqual(['以下均由各县政府负责落实，不再列出']);
    expect(model.items[1]?.note).toMatch('以下均由各县政府负责落实');
    expect(codes(model)).toContain('STANDING_RULE');
  });
});

describe('structure from the numbering the notice uses', () => {
  it('reads a notice numbered only 一、 … 三十、 as thirty tasks, with no warning', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const cn = (n: number) =>
      n <= 10
        ? numerals[n - 1]
        : n < 20
          ? `十${numerals[n - 11]}`
          : `${numerals[Math.floor(n / 10) - 1]}十${n % 10 ? numerals[(n % 10) - 1] : ''}`;
    const lines = ['青岭市人民政府关于印发若干措施的通知', ''];
    for (let i = 1; i <= 30; i++) lines.push(`${cn(i)}、措施第${i}条。加大支持力度。（责任单位：市财政局）`);
    const model = parseNotice(lines.join('\n'));
    expect(model.items).toHaveLength(30);
    expect(model.tasks).toHaveLength(30);
    expect(model.items.every((a) => a.taskId !== null)).toBe(true);
    expect(model.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });

  it('keeps four levels: sections, tasks, items and their numbered points', () => {
    const model = parseNotice(
      [
        '青岭市人民政府关于印发扩大内需行动方案的通知',
        '',
        '一、扩大内需',
        '（一）促进消费。',
        '1.提振大宗消费。',
        '（1）稳定汽车消费。落实购置补贴。（市商务局牵头）',
        '（2）扩大家电消费。开展以旧换新。（市商务局牵头，市财政局配合）',
        '2.发展服务消费。（市文旅局负责）',
      ].join('\n'),
    );
    expect(model.sections).toHaveLength(1);
    expect(model.tasks.map((t) => t.title)).toEqual(['促进消费']);
    expect(model.items.map((a) => a.number)).toEqual(['1.（1）', '1.（2）', '2.']);
    expect(model.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });
});

describe('tables flattened into text', () => {
  const rows = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '推进示范建设', '市教育局', '市科技局、市财政局', '2025年底前'],
    ['2', '完善工作机制', '市民政局', '各区政府', '长期坚持'],
  ];
  const expected: Read[] = [
    { leads: ['市教育局'], cooperators: ['市科技局', '市财政局'], responsible: [] },
    { leads: ['市民政局'], cooperators: ['各区政府'], responsible: [] },
  ];

  it.each([
    ['tabs', (r: string[]) => r.join('\t')],
    ['bars', (r: string[]) => `| ${r.join(' | ')} |`],
    ['runs of spaces', (r: string[]) => r.join('   ')],
  ])('reads rows whose cells are split by %s', (_how, join) => {
    const model = parseNotice(['关于印发任务分工的通知', '', ...rows.map(join)].join('\n'));
    expect(rolesOf(model)).toEqual(expected);
    expect(model.items.map((a) => a.deadline)).toEqual(['2025年底前', '长期坚持']);
  });

  it('reads a column of people as a note, not as agencies', () => {
    const model = parseNotice(
      [
        '关于印发任务分工的通知',
        '',
        '序号\t重点任务\t责任领导\t责任单位',
        '1\t推进示范建设\t张三\t市教育局、市科技局',
      ].join('\n'),
    );
    expect(rolesOf(model)).toEqual([{ leads: [], cooperators: [], responsible: ['市教育局', '市科技局'] }]);
    expect(model.items[0]?.note).toBe('张三');
  });

  it('reads a table written one cell per line', () => {
    const model = parseNotice(['关于印发任务分工的通知', '', ...rows.flat()].join('\n'));
    expect(rolesOf(model)).toEqual(expected);
    expect(model.tasks.map((t) => t.title)).toEqual(['推进示范建设', '完善工作机制']);
  });
});

describe('markers within paragraphs', () => {
  it('reads several markers in one paragraph, each closing its own sentences', () => {
    const model = parseNotice(
      '一、任务\n（一）推进建设。加强统筹（市教育局负责）；完善机制（市科技局牵头，市财政局配合）。\n',
    );
    expect(rolesOf(model)).toEqual([
      { leads: [], cooperators: [], responsible: ['市教育局'] },
      { leads: ['市科技局'], cooperators: ['市财政局'], responsible: [] },
    ]);
  });

  it('reads a paragraph’s last sentence written as a marker without brackets', () => {
    const model = parseNotice(
      '一、任务\n（一）推进建设。加强统筹协调。市教育局牵头，市科技局、财政局配合。\n',
    );
    expect(rolesOf(model)).toEqual([
      { leads: ['市教育局'], cooperators: ['市科技局', '市财政局'], responsible: [] },
    ]);
    expect(model.text.slice(model.items[0]?.marker.start, model.items[0]?.marker.end)).toBe(
      '市教育局牵头，市科技局、财政局配合。',
    );
  });

  it('does not read a sentence whose verb takes an object as a marker', () => {
    const model = parseNotice('一、任务\n（一）推进建设。加强统筹协调。市教育局牵头制定实施方案。\n');
    expect(model.items).toEqual([]);
  });

  it('reads half-width punctuation as full-width', () => {
    expect(readOne('(牵头单位:市教育局;配合单位:市科技局,市财政局)')).toEqual({
      leads: ['市教育局'],
      cooperators: ['市科技局', '市财政局'],
      responsible: [],
    });
  });
});

describe('what is not read is said', () => {
  it('flags a bracket that looks like a marker but is not read', () => {
    const read = parseNotice(
      '一、任务\n（一）推进建设。加强统筹（市教育局牵头）。\n（二）完善机制。（市科技局牵头）\n',
    );
    expect(read.diagnostics.filter((d) => d.code === 'UNREAD_MARKER')).toHaveLength(0);
    const flagged = parseNotice('一、任务\n（一）推进建设。加强统筹（市教育局牵头研究）并推进落实。\n');
    const unread = flagged.diagnostics.filter((d) => d.code === 'UNREAD_MARKER');
    expect(unread.map((d) => [d.line, d.column])).toEqual([[2, 13]]);
    expect(flagged.items).toEqual([]);
  });

  it.each([
    ['a name holding a verb', '（市教育局负责人办公室牵头）'],
    [
      'a name over 30 characters',
      '（市教育局牵头，全市中小学课后服务收费标准和管理办法研究制定工作领导小组办公室配合）',
    ],
    ['a name that is only a place', '（青岭市牵头，市科技局配合）'],
  ])('flags %s', (_what, marker) => {
    const model = parseNotice(`一、任务\n（一）推进建设。加强统筹。${marker}\n`);
    expect(model.diagnostics.map((d) => d.code)).toContain('SUSPECT_NAME');
  });
});
