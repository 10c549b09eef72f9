// The genre's project suffixes and the kind each one gives: a name ends in what it is
// (…铁路, …口岸, …机场, …物流园, …基地, …湿地). Longer suffixes win (`公路口岸` over `口岸`).
import type { ProjectKind } from '../notice/model.ts';
import { placeAtStart } from '../notice/places.ts';
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
  /** Many categories end in it (项目, 基地, 园区, 中心 …): only a proper part makes it a name. */
  readonly strict?: boolean;
}

const table: [string, ProjectKind, Partial<Suffix>?][] = [
  [
    '铁路客运专线 客运专线 电气化铁路 城际铁路 高速铁路 市域铁路 铁路专用线 铁路干线 铁路 高铁 城际 轨道交通 地铁 延长线',
    'rail',
    { line: true },
  ],
  [
    '高速公路 高等级公路 一级公路 二级公路 公路 国道 省道 快速路 快速通道 智慧高速 国高 大道 大桥 隧道',
    'road',
    { line: true },
  ],
  ['公路口岸 铁路口岸 航空口岸 水运口岸 口岸', 'border-port'],
  ['国际陆港 陆港 无水港 铁路港 公路港 内陆港', 'inland-port'],
  ['航空港区 航空港经济综合实验区', 'zone'],
  [
    '港',
    'seaport',
    {
      // 深港, 沪港, 粤港澳 pair a city with Hong Kong; 港人, 港资 are Hong Kong's people and capital.
      notAfter: words('空 陆 航空 信息 数据 人才 铁路 公路 无水 内陆 枢纽 深 沪 粤 闽 香'),
      notBefore: words('口 区 湾 城 务 航 澳 台 人 客 资 股 籍 币 企 商 产'),
    },
  ],
  ['港区 港口 码头 航道 智慧港口', 'seaport'],
  ['国际机场 机场', 'airport'],
  [
    '物流园区 物流园 物流中心 物流基地 物流枢纽 冷链物流基地 货场 运输枢纽 货运枢纽 枢纽港 集结中心 分拨中心',
    'logistics',
  ],
  ['综合保税区 保税港区 保税物流园区 保税物流中心 保税区 出口加工区', 'logistics', { designated: true }],
  ['互市贸易区', 'zone', { designated: true }],
  [
    '工业园区 工业园 产业园区 产业园 科技园 创新园 示范园 园区 经济开发区 经济技术开发区 开发区 高新区 经开区 农高区 工业集中区 产业城 科技城 科创城 农谷 智慧岛 金融岛 基金岛 集聚区',
    'industrial-park',
  ],
  ['自由贸易试验区 自贸试验区 自贸区 自贸片区 片区 新区 新城 试验区 示范区 先行区 先导区 功能区', 'zone'],
  // Heads no category is written with: a word before them that is not descriptive is their name
  // (临港新片区, 虹桥国际中央商务区, 横琴粤澳深度合作区, 科大硅谷).
  ['新片区 中央商务区 深度合作区 合作区', 'zone', { strict: false }],
  ['硅谷', 'industrial-park', { strict: false }],
  ['产业基地 基地 产业集群 集群', 'industry'],
  ['数据中心集群 数据中心 算力中心 超算中心 计算中心 交换中心 算力枢纽 枢纽节点', 'data-centre'],
  ['湿地公园 湿地 自然保护区 国家公园 森林公园 防护林', 'ecology'],
  // 工程 and 项目 name works of every kind; their kind comes from their words (see refineKind).
  ['工程 项目', 'other'],
  [
    '旅游区 旅游度假区 度假区 度假村 滑雪场 滑冰场 景区 景点 旅游带 综合体 水库 灌区 水利枢纽 水源地 粮库 电厂 电站 管道 煤矿 矿井 储气库 生产线 总部',
    'other',
  ],
  [
    '博物馆 艺术馆 科技馆 美术馆 纪念馆 展览馆 体育馆 场馆 文化公园 遗址公园 主题公园 公园 广场 古镇 老街 遗址 墓群 界碑 商贸城 商城 养生谷 光谷 科学中心',
    'other',
  ],
  ['航运中心', 'seaport'],
  ['牧草带', 'industry'],
];

/** Lines, roads and ports are named or not at all; every other kind of work has categories too. */
const TRANSPORT_KINDS: ReadonlySet<ProjectKind> = new Set([
  'rail',
  'road',
  'border-port',
  'seaport',
  'inland-port',
  'airport',
]);

export const SUFFIXES: readonly Suffix[] = table
  .flatMap(([list, kind, extra]) =>
    words(list).map((word) => ({
      word,
      kind,
      ...(TRANSPORT_KINDS.has(kind) ? {} : { strict: true }),
      ...extra,
    })),
  )
  .sort((a, b) => b.word.length - a.word.length);

/** Words after a suffix that make it a modifier of a longer noun: 铁路班列, 公路交通网, 机场航班. */
const MODIFIED_HEADS = words(`
  运输 交通 网 班列 沿线 城市 经济 管理 集团 公司 局 部门 航班 航线 物流 体系 系统 运营 客运 货运 客货
  枢纽 通道 大通道 干线 专用线 站 联盟 政策 过境 免签 型 赛事 资金 库 审批`);

/** The same by their first character: only those that can start after a suffix are tried. */
const MODIFIED_BY_FIRST = new Map<number, string[]>();
for (const word of MODIFIED_HEADS) {
  const first = word.charCodeAt(0);
  MODIFIED_BY_FIRST.set(first, [...(MODIFIED_BY_FIRST.get(first) ?? []), word]);
}

/** The suffixes by their first character, longest first: every character of an item is tried. */
const SUFFIXES_BY_FIRST = new Map<number, Suffix[]>();
/** The suffixes by their last character, longest first: the head a name ends in is looked up so. */
const SUFFIXES_BY_LAST = new Map<number, Suffix[]>();
for (const suffix of SUFFIXES) {
  const first = suffix.word.charCodeAt(0);
  const last = suffix.word.charCodeAt(suffix.word.length - 1);
  SUFFIXES_BY_FIRST.set(first, [...(SUFFIXES_BY_FIRST.get(first) ?? []), suffix]);
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), suffix]);
}

/** Whether a suffix may begin at a character, asked of typed arrays before the map: the genre's
 *  commonest characters (工, 产, 国, 新, 中 …) begin suffixes, but rarely with the next character one
 *  does. By first character: 1 begins a suffix of two characters or more, 2 a suffix of one (港). By a
 *  hash of the first two: 1 where some suffix may begin so (a collision only costs a look-up). */
const BEGINS_SUFFIX = new Uint8Array(0x10000);
const BEGINS_PAIR = new Uint8Array(0x10000);
const pairHash = (first: number, second: number) => (first * 31 + second) & 0xffff;
for (const { word } of SUFFIXES) {
  const first = word.charCodeAt(0);
  if (word.length === 1) BEGINS_SUFFIX[first] = 2;
  else {
    BEGINS_SUFFIX[first] ||= 1;
    BEGINS_PAIR[pairHash(first, word.charCodeAt(1))] = 1;
  }
}

/** Every suffix in `text`, left to right, none overlapping: where one is found the search goes on
 *  after it (`公路口岸` holds no `口岸` of its own). A walk over the characters with the table by first
 *  character, not an alternation of 200 words, which V8 tries word by word at every character. */
export function suffixesIn(text: string): { at: number; suffix: Suffix }[] {
  const out: { at: number; suffix: Suffix }[] = [];
  for (let i = 0; i < text.length;) {
    // The first character's table asked inline: a call per character of every item costs more than
    // the look-up, and four characters in five begin no suffix.
    const suffix = BEGINS_SUFFIX[text.charCodeAt(i)] === 0 ? null : suffixAt(text, i);
    if (suffix) {
      out.push({ at: i, suffix });
      i += suffix.word.length;
    } else i++;
  }
  return out;
}

/** The longest suffix starting at `i`. */
export function suffixAt(text: string, i: number): Suffix | null {
  const first = text.charCodeAt(i);
  const begins = BEGINS_SUFFIX[first];
  if (begins === 0 || begins === undefined) return null;
  if (begins === 1 && BEGINS_PAIR[pairHash(first, text.charCodeAt(i + 1))] !== 1) return null;
  const candidates = SUFFIXES_BY_FIRST.get(first);
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
  // A network of bases or parks is those bases (`豫中(郑州上街)、…应急航空救援基地网络`); a network of
  // lines (`铁路网络`) is a system.
  const network = suffix.strict === true && text.startsWith('网络', end);
  if (!network && MODIFIED_BY_FIRST.get(text.charCodeAt(end))?.some((w) => text.startsWith(w, end)))
    return false;
  const next = suffixAt(text, end);
  return !next || next.word === '工程';
}

/** The land and water restoration works act on: a 工程 without them is a programme, not a work. */
const ECOLOGY_TERMS = words('生态 湿地 湖 河 草原 草场 林 修复 整治 治理 复垦 沙化 风沙 水土 水源 水系 绿化');

/** Water works: flood control, supply and irrigation serve people, not the land (`…防洪治理工程`). */
const WATER_WORKS = words('防洪 排涝 供水 引水 调水 灌溉 灌区 除险 加固 蓄滞洪');

/** Bases that store, train or rescue are no industry's (`…煤炭储备基地`, `…应急救援保障基地`). */
const SERVICE_BASE = words('储备 救援 应急 培训 实训 训练 疗休养 研学 教育 保障');

/** The kind a name's own words give: 线路 by its mode, parks by their trade. Null: not a project. */
export function refineKind(suffix: Suffix, specific: string): ProjectKind | null {
  // A works or a project is of the kind its own words name: `郑开大道智能化改造工程` is a road.
  if (suffix.word === '工程' || suffix.word === '项目') {
    const inner = suffixesIn(specific)
      .filter((s) => s.suffix.word !== '工程' && s.suffix.word !== '项目')
      .at(-1);
    if (inner && inner.suffix.kind !== 'other') return inner.suffix.kind;
    // The works' own words, after the place that opens them: 河南, 湖南 and 江苏 are no rivers or lakes.
    const own = specific.slice(placeAtStart(specific, { alone: true }));
    if (WATER_WORKS.some((t) => own.includes(t))) return 'other';
    return ECOLOGY_TERMS.some((t) => own.includes(t)) ? 'ecology' : 'other';
  }
  if (suffix.kind === 'industry') {
    if (specific.includes('物流')) return 'logistics';
    if (SERVICE_BASE.some((t) => specific.includes(t))) return 'other';
    // An industrial base is a park for many industries (`满西工业产业基地`).
    if (specific.includes('工业')) return 'industrial-park';
  }
  if (suffix.word === '延长线' && /公路|高速/.test(specific)) return 'road';
  if (suffix.word === '线路') {
    if (specific.includes('铁路')) return 'rail';
    if (specific.includes('公路')) return 'road';
    return 'other';
  }
  if (suffix.kind === 'industrial-park' || suffix.kind === 'other' || suffix.kind === 'industry') {
    if (specific.includes('物流')) return 'logistics';
    if (specific.includes('旅游')) return 'other';
  }
  return suffix.kind;
}

export function isPortKind(kind: ProjectKind): boolean {
  return kind === 'border-port' || kind === 'seaport' || kind === 'airport' || kind === 'inland-port';
}

/** The head a name ends in, the longest. */
export function headOf(name: string): Suffix | null {
  const candidates = SUFFIXES_BY_LAST.get(name.charCodeAt(name.length - 1));
  if (!candidates) return null;
  for (const s of candidates) if (name.endsWith(s.word)) return s;
  return null;
}

/** Whether `s` already ends in a suffix: such a list member is a name of its own (秦皇岛港). */
export function endsWithSuffix(s: string): boolean {
  return headOf(s) !== null;
}
