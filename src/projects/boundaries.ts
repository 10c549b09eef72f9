// Where a name can begin. Chinese writes no spaces, so a project's name is bounded on the left by
// punctuation or by the verb or preposition that governs it: 加快建设|满洲里—伊尔施铁路, 以|新国际货场.
import { ACTIVITY_NOUNS, words } from './lexicon.ts';

/** Verbs, adverbs, prepositions and conjunctions that stand before an object and are never part of
 *  a name. The genre's verbs are few: these cover the commitments it makes. Single characters that
 *  often begin a word (经济, 向阳, 有色, 同江) are left out: they would cut names in two. */
const STOP_WORDS = words(`
  畅通 高标准 高水平 高质量 推动 推进 加快 加速 加强 加大 建成 建立 新建 改建 扩建 改扩建 续建 筹建 兴建 规划 研究 开通 协调
  贯通 连通 联通 打通 实施 完善 支持 依托 打造 设立 申请 申报 增加 增开 优化 提高 重点 启动 开展
  积极 大力 着力 全面 继续 进一步 包括 改善 整合 培育 引进 吸引 鼓励 探索 争取 确保 形成 构建 围绕
  对接 融入 推广 选择 作为 纳入 列入 成为 带动 促进 深化 拓展 强化 完成 开工 扩大 承办 举办 办好
  发挥 健全 有序 稳步 尽快 适时 力争 逐步 共同 联合 主动 努力 依法 按照 根据 通过 提供 实现 连接
  服务于 面向 辐射 链接 设置 组建 保障 抓好 做好 引导 控制 监督 制定 分别 严格 落实 执行 组织 配合 负责
  牵头 指导 督促 检查 规范 给予 予以 加以 禁止 限制 允许 推行 倡导 实行 开拓 拓宽 增强 减少 降低 扶持
  扶植 资助 补助 奖励 引领 保持 维护 巩固 坚持 统筹 协同 衔接 搭建 创建 谋划 布局 科学 合理 集中
  不断 切实 认真 充分 深入 广泛 加紧 抓紧 持续 全力 优先 率先 编制 出台 修订 审批 核准 认定 命名
  授予 考核 评估 配置 安排 投入 投资 运营 经营 入驻 进驻 落户 集聚 聚集 搬迁 列为 确定 明确 用好
  夯实 参与 参加 加入 承接 吸纳 做强 做大 壮大 争创 创建 申创 投用 建好 用好 管好 招引 招商 重组 执飞
  审理 赋予 用于 进出 进入 入驻 对标 比照 参照 推荐 到 向 从 往 于 经由 以及 以 至 在 与 和 及 或 并 的 等
  将 把 为 对 年 新一轮 一批 年底前 月底前 底前 年底 年内 年末 突出 新设 我省 我市 我区 我州 我县 全省 全市 本省 本市 邀请 更多 参观 入住 抢抓 投产
  申建 申创 争创 出售 出具 收购 购买 行驶 线上 线下 仅`);

/** Activity nouns double as verbs: right before a suffix they belong to the phrase
 *  (“三北”防护林体系建设工程); before anything else they govern it (规划建设|满西工业产业基地). */
const NOMINAL_WORDS: ReadonlySet<string> = new Set(ACTIVITY_NOUNS);
const ACTIVITY_PHRASE = new RegExp(`^(?:${ACTIVITY_NOUNS.join('|')})*$`);

/** True for '' and for runs of activity nouns only (`恢复复垦`). */
export function isActivityPhrase(s: string): boolean {
  return ACTIVITY_PHRASE.test(s);
}

const LEAD_INS = [...new Set([...STOP_WORDS, ...ACTIVITY_NOUNS])].sort((a, b) => b.length - a.length);

/** The lead-ins by their last character, longest first: a name's start is looked for at every
 *  character walked over, so only the words that can end there are tried. */
const LEAD_INS_BY_LAST = new Map<number, string[]>();
/** The same by their first character, for reading them off the start of a list. */
const LEAD_INS_BY_FIRST = new Map<number, string[]>();
for (const word of LEAD_INS) {
  const last = word.charCodeAt(word.length - 1);
  const first = word.charCodeAt(0);
  LEAD_INS_BY_LAST.set(last, [...(LEAD_INS_BY_LAST.get(last) ?? []), word]);
  LEAD_INS_BY_FIRST.set(first, [...(LEAD_INS_BY_FIRST.get(first) ?? []), word]);
}

/** Joiners of a list whose last member carries the shared suffix: 大连、营口和天津港. */
export const LIST_SEPARATORS = ['以及', '、', '和', '及', '与'];

export const ROUTE_DASH = '—';

/** CJK, the route dash, Latin letters and digits (G10高速公路) can be part of a name; anything else
 *  — punctuation, brackets, quotes, spaces — ends it. By code: names are scanned character by
 *  character, and a one-character string per step would be garbage. */
export function isNameCode(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x2014 ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2f || // 50万吨/年
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

/** Place names with a lead-in character inside: 呼和浩特 is not 呼 + 和 + 浩特. */
const NAMES_WITH_LEAD_INS = words('呼和浩特 和林格尔 和龙 和田 和平 以色列 和硕 和静 和布克赛尔');

function insideName(text: string, at: number): boolean {
  return NAMES_WITH_LEAD_INS.some((name) => {
    for (let k = 1; k < name.length; k++) if (text.startsWith(name, at - k)) return true;
    return false;
  });
}

/** 以 and 年 inside a measure: `4A级以上`, `年产30万吨`, `50万吨/年`. */
function partOfMeasure(text: string, at: number): boolean {
  const c = text[at - 1];
  if (c === '以') return '上下内外'.includes(text[at] ?? '');
  return c === '年' && (text[at] === '产' || text[at - 2] === '/');
}

/** The lead-in word that ends at `at`, if any. `至` stays inside line names (满洲里至赤塔铁路). */
export function leadInEndingAt(text: string, at: number, keepTo: boolean): string | null {
  if (partOfMeasure(text, at)) return null;
  for (const word of LEAD_INS_BY_LAST.get(text.charCodeAt(at - 1)) ?? []) {
    if (keepTo && word === '至') continue;
    if (at >= word.length && text.startsWith(word, at - word.length)) {
      return insideName(text, at - word.length + 1) ? null : word;
    }
  }
  return null;
}

/** How many characters of verbs, adverbs and prepositions open `s` (`加快推进|比亚迪…` → 4). */
export function leadInsAtStart(s: string): number {
  let at = 0;
  for (;;) {
    const word = LEAD_INS_BY_FIRST.get(s.charCodeAt(at))?.find(
      (w) => s.startsWith(w, at) && !(w.length === 1 && insideName(s, at + 1)),
    );
    if (!word || at + word.length >= s.length) return at;
    at += word.length;
  }
}

/** Verbs of two characters or more, and the particles no name holds. */
const INNER_VERBS = STOP_WORDS.filter((w) => w.length >= 2 && !NOMINAL_WORDS.has(w) && w !== '以及');
const INNER_VERB = new RegExp(`[的等在向从将把对]|${INNER_VERBS.join('|')}`);

/** Whether a verb or a particle stands inside `s` after its first character: then it is a clause. */
export function holdsVerb(s: string): boolean {
  const match = INNER_VERB.exec(s.slice(1));
  return match !== null && !insideName(s, match.index + 2);
}

const LEAD_IN_SET: ReadonlySet<string> = new Set(LEAD_INS);

/** Whether `s` is one verb, adverb or preposition and nothing else (`核准`). */
export function isLeadIn(s: string): boolean {
  return LEAD_IN_SET.has(s);
}

export function isNominal(word: string): boolean {
  return NOMINAL_WORDS.has(word);
}

/** The list separator that ends at `at`, if any. */
export function separatorEndingAt(text: string, at: number): string | null {
  return LIST_SEPARATORS.find((s) => at >= s.length && text.startsWith(s, at - s.length)) ?? null;
}
