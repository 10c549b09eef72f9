// The genre's project suffixes and the kind each one gives: a name ends in what it is
// (…铁路, …口岸, …机场, …物流园, …基地, …湿地). Longer suffixes win (`公路口岸` over `口岸`).
import type { ProjectKind } from '../notice/model.ts';
import { words } from './lexicon.ts';

export interface Suffix {
  readonly word: string;
  readonly kind: ProjectKind;
  /** A line: it may be named `A至B…`, and a section `A—B段` may follow it. */
  readonly line?: boolean;
  /** A customs zone the State Council approves one by one: `申请设立综合保税区` commits the
   *  notice's place to one such zone, so the bare type is a project after a verb of setting up. */
  readonly designated?: boolean;
  /** Words before the suffix that make it something else: 空港 and 陆港 are no seaports. */
  readonly notAfter?: readonly string[];
  /** Characters after the suffix that make it part of a longer word: 港口, 港区, 港澳台. */
  readonly notBefore?: readonly string[];
}

const table: [string, ProjectKind, Partial<Suffix>?][] = [
  ['铁路客运专线 客运专线 电气化铁路 城际铁路 高速铁路 铁路', 'rail', { line: true }],
  ['高速公路 高等级公路 一级公路 二级公路 公路', 'road', { line: true }],
  ['大桥', 'road'],
  ['公路口岸 铁路口岸 航空口岸 水运口岸 口岸', 'border-port'],
  [
    '港',
    'seaport',
    { notAfter: words('空 陆 航空 信息 数据 人才'), notBefore: words('口 区 湾 城 务 航 澳 台') },
  ],
  ['国际机场 机场', 'airport'],
  ['物流园区 物流园 物流中心 物流基地 货场 运输枢纽 物流枢纽 交通枢纽', 'logistics'],
  ['综合保税区 保税港区 保税物流园区 保税物流中心 保税区 出口加工区', 'logistics', { designated: true }],
  ['互市贸易区', 'logistics', { designated: true }],
  [
    '工业园区 工业园 产业园区 产业园 科技园 园区 经济开发区 开发区 高新区 工业集中区 基地 合作区',
    'industrial-park',
  ],
  ['湿地公园 湿地 自然保护区 国家公园 森林公园 防护林 水源地', 'ecology'],
  // 工程 names works of every kind; only restoration works are taken (see refineKind).
  ['工程', 'ecology'],
  ['旅游区 景区 新区 综合体 水库 水利枢纽 电厂 电站', 'other'],
  // 线路 takes its kind from its mode (see refineKind).
  ['线路', 'other', { line: true }],
];

export const SUFFIXES: readonly Suffix[] = table
  .flatMap(([list, kind, extra]) => words(list).map((word) => ({ word, kind, ...extra })))
  .sort((a, b) => b.word.length - a.word.length);

/** Words after a suffix that make it a modifier of a longer noun: 铁路班列, 公路交通网, 机场航班. */
const MODIFIED_HEADS = words(`
  运输 交通 网 班列 沿线 城市 经济 管理 集团 公司 局 部门 航班 航线 物流 体系 系统 运营 客运 货运
  枢纽 通道 大通道 干线 专用线 站`);

const SUFFIX_BY_WORD = new Map(SUFFIXES.map((s) => [s.word, s]));
/** Alternatives tried in order, longest first, so a match is the longest suffix at its place. */
const ANY_SUFFIX = new RegExp(SUFFIXES.map((s) => s.word).join('|'), 'g');

/** Every suffix in `text`, left to right, none overlapping: where one is found the search goes on
 *  after it (`公路口岸` holds no `口岸` of its own). */
export function suffixesIn(text: string): { at: number; suffix: Suffix }[] {
  const out: { at: number; suffix: Suffix }[] = [];
  for (const match of text.matchAll(ANY_SUFFIX)) {
    const suffix = SUFFIX_BY_WORD.get(match[0]);
    if (suffix) out.push({ at: match.index, suffix });
  }
  return out;
}

/** The suffixes by their first character, longest first: every character of an item is tried. */
const SUFFIXES_BY_FIRST = new Map<number, Suffix[]>();
for (const suffix of SUFFIXES) {
  const first = suffix.word.charCodeAt(0);
  SUFFIXES_BY_FIRST.set(first, [...(SUFFIXES_BY_FIRST.get(first) ?? []), suffix]);
}

/** The longest suffix starting at `i`. */
export function suffixAt(text: string, i: number): Suffix | null {
  const candidates = SUFFIXES_BY_FIRST.get(text.charCodeAt(i));
  if (!candidates) return null;
  for (const s of candidates) if (text.startsWith(s.word, i)) return s;
  return null;
}

/** Whether the suffix ending at `end` is the head of its noun phrase, not a modifier. Another suffix
 *  after it makes it a modifier too (`口岸防护林`), except 工程: `X铁路工程` is still X铁路's. */
export function isHead(text: string, start: number, suffix: Suffix): boolean {
  const end = start + suffix.word.length;
  if (suffix.notAfter?.some((w) => text.startsWith(w, start - w.length))) return false;
  if (suffix.notBefore?.some((w) => text.startsWith(w, end))) return false;
  if (MODIFIED_HEADS.some((w) => text.startsWith(w, end))) return false;
  const next = suffixAt(text, end);
  return !next || next.word === '工程';
}

/** The land and water restoration works act on: a 工程 without them is a programme, not a work. */
const ECOLOGY_TERMS = words('生态 湿地 湖 河 草原 草场 林 修复 整治 治理 复垦 沙化 风沙 水土 水源 水系 绿化');

/** The kind a name's own words give: 线路 by its mode, parks by their trade. Null: not a project. */
export function refineKind(suffix: Suffix, specific: string): ProjectKind | null {
  if (suffix.word === '工程') return ECOLOGY_TERMS.some((t) => specific.includes(t)) ? 'ecology' : null;
  if (suffix.word === '线路') {
    if (specific.includes('铁路')) return 'rail';
    if (specific.includes('公路')) return 'road';
    return 'other';
  }
  if (suffix.kind === 'industrial-park' || suffix.kind === 'other') {
    if (specific.includes('物流')) return 'logistics';
    if (specific.includes('旅游')) return 'other';
  }
  return suffix.kind;
}

export function isPortKind(kind: ProjectKind): boolean {
  return kind === 'border-port' || kind === 'seaport' || kind === 'airport';
}

/** Whether `s` already ends in a suffix: such a list member is a name of its own (秦皇岛港). */
export function endsWithSuffix(s: string): boolean {
  return SUFFIXES.some((suffix) => s.endsWith(suffix.word));
}
