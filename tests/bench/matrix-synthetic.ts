// A large synthetic workspace for the matrix benchmark, built as a model directly (no text to parse):
// 500 agencies and 3,000 items in 240 tasks under 12 sections, each item with one lead and up to six
// cooperators. Agencies are drawn with a skew (a few carry much, most little), as in real notices,
// so rows are as uneven as the matrix will meet. Deterministic per seed.
import type {
  Agency,
  AgencyId,
  Item,
  ItemId,
  NoticeModel,
  Section,
  SectionId,
  Task,
  TaskId,
} from '../../src/notice/model.ts';
import { Random } from '../corpus/prng.ts';

const REGIONS = [
  '自治区',
  '呼伦贝尔市',
  '满洲里市',
  '鄂尔多斯市',
  '包头市',
  '赤峰市',
  '通辽市',
  '乌海市',
  '兴安盟',
  '阿拉善盟',
];
const DEPARTMENTS = [
  '发展改革委',
  '商务厅',
  '财政厅',
  '交通运输厅',
  '住房城乡建设厅',
  '国土资源厅',
  '环保厅',
  '水利厅',
  '农牧业厅',
  '林业厅',
  '教育厅',
  '科技厅',
  '文化厅',
  '卫生厅',
  '民政厅',
  '公安厅',
  '人力资源社会保障厅',
  '旅游局',
  '外事办',
  '金融办',
  '国税局',
  '地税局',
  '工商局',
  '质监局',
  '统计局',
  '审计厅',
  '体育局',
  '广电局',
  '能源开发局',
  '口岸办',
  '经济和信息化委',
  '司法厅',
  '应急管理厅',
  '市场监管局',
  '医保局',
  '自然资源厅',
  '生态环境厅',
  '文化和旅游厅',
  '乡村振兴局',
  '信访局',
  '机关事务管理局',
  '粮食局',
  '气象局',
  '地震局',
  '档案局',
  '供销社',
  '妇联',
  '团委',
  '残联',
  '科协',
];

export interface MatrixWorkspaceSize {
  readonly agencies: number;
  readonly items: number;
  readonly sections: number;
  readonly tasksPerSection: number;
}

export const LARGE_WORKSPACE: MatrixWorkspaceSize = {
  agencies: 500,
  items: 3000,
  sections: 12,
  tasksPerSection: 20,
};

function agencies(count: number): Agency[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${REGIONS[Math.floor(i / DEPARTMENTS.length) % REGIONS.length]}${DEPARTMENTS[i % DEPARTMENTS.length]}`;
    const unique = i >= REGIONS.length * DEPARTMENTS.length ? `${name}${i}` : name;
    return { id: `ag:${unique}` as AgencyId, name: unique, aliases: [], generic: false, kind: 'regional' };
  });
}

/** An index skewed towards 0: agency 0 is drawn far more often than agency 499. */
function skewed(random: Random, count: number): number {
  return Math.min(count - 1, Math.floor(count * random.float() ** 2.2));
}

function item(random: Random, i: number, task: Task, ids: readonly AgencyId[]): Item {
  const lead = ids[skewed(random, ids.length)] as AgencyId;
  const cooperators = new Set<AgencyId>();
  const wanted = random.int(0, 6);
  while (cooperators.size < wanted) {
    const id = ids[skewed(random, ids.length)] as AgencyId;
    if (id !== lead) cooperators.add(id);
  }
  return {
    id: `item-${i + 1}` as ItemId,
    taskId: task.id,
    number: null,
    sectionId: task.sectionId,
    title: `第${i + 1}项工作`,
    start: 0,
    end: 0,
    leads: [lead],
    cooperators: [...cooperators],
    responsible: [],
    deadline: null,
    note: null,
    marker: { start: 0, end: 0 },
    mentions: [],
  };
}

export function syntheticMatrixModel(size: MatrixWorkspaceSize = LARGE_WORKSPACE, seed = 2014): NoticeModel {
  const random = new Random(seed);
  const span = { start: 0, end: 0 };
  const sections: Section[] = Array.from({ length: size.sections }, (_, s) => ({
    id: `sec-${s + 1}` as SectionId,
    ordinal: s + 1,
    title: `第${s + 1}部分重点工作`,
    ...span,
  }));
  const tasks: Task[] = sections.flatMap((section, s) =>
    Array.from({ length: size.tasksPerSection }, (_, t) => ({
      id: `task-${s * size.tasksPerSection + t + 1}` as TaskId,
      ordinal: t + 1,
      sectionId: section.id,
      title: `推进第${s + 1}部分第${t + 1}项任务`,
      ...span,
    })),
  );
  const list = agencies(size.agencies);
  const ids = list.map((a) => a.id);
  // Items in task order, as a notice lists them.
  const items = Array.from({ length: size.items }, (_, i) =>
    item(random, i, tasks[Math.floor((i * tasks.length) / size.items)] as Task, ids),
  );
  return {
    notice: {
      title: '合成的大型工作区',
      issuer: null,
      published: null,
      encoding: 'utf-8',
      reader: 'text',
      standing: [],
    },
    text: '',
    sections,
    tasks,
    items,
    agencies: list,
    projects: [],
    diagnostics: [],
  };
}
