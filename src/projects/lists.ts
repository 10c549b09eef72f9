// Lists that share one suffix or one descriptive tail, and pairs joined into one works name:
//   大连港、营口港、秦皇岛港和天津港 / 大连、营口和天津港     → one seaport per member;
//   满洲里—后贝加尔斯克—…、满洲里—…—肯特山等精品旅游线路     → one line per route;
//   满洲里至俄罗斯红石、赤塔…等国际公路客货运输线路        → one project: lines from a hub;
//   呼伦湖综合整治和生态修复工程                          → one works (the pair names it).
import type { ProjectKind } from '../notice/model.ts';
import { isPlace } from '../notice/places.ts';
import { holdsVerb, isLeadIn, leadInsAtStart, separatorEndingAt } from './boundaries.ts';
import type { SuffixedPhrase } from './candidates.ts';
import { MAX_NAME_LENGTH, type FoundName } from './found.ts';
import { isBareName, leadingName, segmentGeneric, stripQuotes } from './generic.ts';
import { stripCountry } from './lexicon.ts';
import { placesOf } from './places.ts';
import { isBareRoute } from './routes.ts';
import { isNamed, properStart } from './proper.ts';
import { scanNameStart } from './scan.ts';
import { endsWithSuffix, headOf, refineKind, suffixesIn } from './suffixes.ts';

interface ListItem {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MAX_ITEM = 32;

/** A list member ending at `end`: a route of names, a bare name (大连, 满西) where the list is of
 *  lines or ports, or any name with a proper part (`淮河流域重点平原洼地治理`, `磷化集团20万吨/年磷酸铁`). */
function readItem(text: string, end: number, strict = false): ListItem | null {
  const start = scanNameStart(text, end, { keepTo: false, maxLength: MAX_ITEM });
  if (start === null || start === end) return null;
  const s = text.slice(start, end);
  if (endsWithSuffix(s)) return null;
  if (isBareRoute(s)) return { start, end, text: s };
  if (!strict && isBareName(s) && shortName(s)) return { start, end, text: s };
  const cut = properStart(s, { keepTo: false, portSuffix: false, strict: true });
  return cut === null ? null : { start: start + cut, end, text: s.slice(cut) };
}

/** A bare name is short; a place in brackets after it (`豫西南(南阳姜营)`) locates it, and is not counted. */
function shortName(s: string): boolean {
  return s.replace(/[(（][^()（）]*[)）]/g, '').length <= 8;
}

/** Where the list that ends at `end` begins: after the punctuation that opens its clause, or after
 *  another list closed by its head and a conjunction (`文家坝二期、马家田等煤矿和|金沙等露天煤矿`). */
function listStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && end - at < 240 && !/[，。；：,;:！？!?\n]/.test(text[at - 1] as string)) {
    if (at < end && afterAnotherList(text, at)) return at;
    at--;
  }
  return at;
}

function afterAnotherList(text: string, at: number): boolean {
  const join = ['以及', '和', '及', '与'].find((j) => text.startsWith(j, at - j.length));
  return (
    join !== undefined && endsWithSuffix(text.slice(Math.max(0, at - join.length - 12), at - join.length))
  );
}

/** `text[from, to)` split at 、 outside brackets and quotes, with offsets. */
function splitMembers(text: string, from: number, to: number): ListItem[] {
  const out: ListItem[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = text[i] ?? '';
    if ('（(“'.includes(c)) depth++;
    else if ('）)”'.includes(c)) depth = Math.max(0, depth - 1);
    if (i === to || (c === '、' && depth === 0)) {
      if (i > start) out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

/** A member named on its own: a route of names, a bare name (大连, 满西) where the list is of lines or
 *  ports, or any name with a proper part (`淮河流域重点平原洼地治理`, `磷化集团20万吨/年磷酸铁`). */
function namedMember(s: string, strict: boolean, bare = false): boolean {
  // A name holds no 的: `第二轮22.99亿元支持的` is a clause.
  if (s.length < 2 || endsWithSuffix(s) || s.includes('的')) return false;
  if (isBareRoute(s)) return true;
  if (!strict && isBareName(s) && shortName(s)) return true;
  return !bare && properStart(s, { keepTo: false, portSuffix: false, strict: true }) === 0;
}

/** One 、-piece as members: whole, or split at 和/及/与 when each side is named on its own
 *  (`洪汝河治理和郑开同城东部供水`), not when one side is not (`比亚迪新能源乘用车及动力电池`). */
function membersOf(piece: ListItem, strict: boolean): ListItem[] {
  for (const join of ['以及', '和', '及', '与']) {
    const at = piece.text.indexOf(join);
    if (at <= 0) continue;
    const left = { start: piece.start, end: piece.start + at, text: piece.text.slice(0, at) };
    const right = { start: left.end + join.length, end: piece.end, text: piece.text.slice(at + join.length) };
    if (namedMember(left.text, strict) && namedMember(right.text, strict))
      return [left, ...membersOf(right, strict)];
  }
  return [piece];
}

/** The members of a list that ends at `end`, in order: the clause before it split at 、 (its first
 *  piece without the verb that governs the list), each member kept when it names something. */
function readList(text: string, end: number, strict = false, anchored = false, facility = false): ListItem[] {
  const members = listPieces(text, end).flatMap((p) => membersOf(p, strict));
  const named = members.filter((m) => namedMember(m.text, strict));
  // Before a bare head (`等矿井`), one member with a proper part shows the list names works: its
  // bare members are names too (`平顶山矿区夏店、梁北二井等矿井`).
  // So too when most members have one (`盘州、关岭、乌撒等500千伏输变电工程`), and when all are bare
  // names of the facilities the works are done on (`少林、老虎洞等…病险水库除险加固工程`).
  const anchor =
    (anchored ? named.length > 0 : members.length >= 2 && 2 * named.length >= members.length) ||
    (facility && allBareNames(members));
  return strict && anchor ? members.filter((m) => namedMember(m.text, false)) : named;
}

/** Two members or more, each a short bare name (`少林`, `老虎洞`): no sector, no kind in any. */
function allBareNames(members: readonly ListItem[]): boolean {
  return members.length >= 2 && members.every((m) => m.text.length <= 6 && isBareName(m.text));
}

/** The members right before `end`, the nearest first kept while each is named: a list sharing a
 *  suffix runs back to its first bare name (`安罗、郑洛智慧高速和|沙颍河智慧航道` shares nothing). */
function adjacentMembers(text: string, end: number): ListItem[] {
  const members = listPieces(text, end).flatMap((p) => membersOf(p, false));
  const out: ListItem[] = [];
  for (let i = members.length - 1; i >= 0; i--) {
    const m = members[i] as ListItem;
    if (!namedMember(m.text, false, true)) break;
    out.unshift(m);
  }
  return out;
}

/** A time before a list is no part of its first member: `11月底前|鑫达、渝南…`, `年内|…`. */
const TIME_FIRST =
  /^(?:(?:(?:到|至)?\d{4}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|年底|年内|年末|上半年|下半年|[一二三四]季度|今年|明年)(?:前|内|底)?)+/;

/** The 、-pieces of the list that ends at `end`, the first without the verb that governs it. */
function listPieces(text: string, end: number): ListItem[] {
  const all = splitMembers(text, listStart(text, end), end);
  // A 等 inside a piece closes an earlier list: this one begins after it
  // (`医疗康养、…、旅游商品制造等谋划推动|毕节市百里杜鹃…等15个重大项目`).
  const last = all.reduce((at, p, i) => (p.text.includes('等') ? i : at), -1);
  const pieces = last < 0 ? all : all.slice(last);
  const first = pieces[0];
  if (first) {
    const after = last < 0 ? first.start : first.start + first.text.lastIndexOf('等') + 1;
    const start = firstMemberStart(text, after, first.end);
    pieces[0] = { start, end: first.end, text: text.slice(start, first.end) };
  }
  return pieces.filter((p) => p.text.length > 0);
}

/** Where the first member begins: after a time, the verbs that govern the list, and, when a verb
 *  still stands inside, after the last one (`积极争取国家铁路建设债券支持我省|贵南`); a conjunction
 *  inside is the member's own (`比亚迪新能源乘用车及动力电池`). */
function firstMemberStart(text: string, from: number, end: number): number {
  const piece = text.slice(from, end);
  const when = TIME_FIRST.exec(piece)?.[0].length ?? 0;
  const start = from + when + leadInsAtStart(piece.slice(when));
  if (!holdsVerb(text.slice(start, end))) return start;
  let s = scanNameStart(text, end, { keepTo: false, maxLength: 40 });
  for (;;) {
    if (s === null || s <= start) return start;
    const at = s;
    const join = ['以及', '和', '及', '与'].find((j) => text.startsWith(j, at - j.length));
    if (!join) return s;
    s = scanNameStart(text, s - join.length, { keepTo: false, maxLength: 40 });
  }
}

/** Members of a 等-list that end in a head of their own (`国门观光旅游区、…、套娃广场等精品景区`): the
 *  list vouches for them as named works even without a place in their name. */
function namedByTheirList(text: string, end: number): FoundName[] {
  const pieces = listPieces(text, end).filter(
    (piece) =>
      !/[\d的]/.test(piece.text) &&
      piece.text.length <= 12 &&
      // No verb or preposition inside: the whole piece is the name.
      scanNameStart(text, piece.end, { keepTo: false, maxLength: MAX_ITEM }) === piece.start,
  );
  // One piece is no list: a category on its own (`抽水蓄能电站`) vouches for nothing.
  if (pieces.length < 2) return [];
  return pieces.flatMap((piece) => {
    const suffix = headOf(piece.text);
    if (!suffix) return [];
    const specific = piece.text.slice(0, piece.text.length - suffix.word.length);
    const kind = refineKind(suffix, specific);
    if (!kind || !isNamed(specific, { keepTo: suffix.line === true, portSuffix: false })) return [];
    return [
      { name: piece.text, kind, places: [], start: piece.start, end: piece.end, vouched: true as const },
    ];
  });
}

function foundFor(item: ListItem, name: string, kind: ProjectKind, phrase: SuffixedPhrase): FoundName {
  const line = phrase.suffix.line === true;
  const places = placesOf({ specific: item.text, kind, line, section: null });
  // The member passed its list's test: no head of its own is asked to vouch for it again.
  return { name, kind, places, start: item.start, end: item.end, vouched: true };
}

/** Bare names listed before a named phrase share its suffix: `大连、营口和天津港`. */
export function shareSuffix(text: string, phrase: SuffixedPhrase, kind: ProjectKind): FoundName[] {
  const sep = separatorEndingAt(text, phrase.start);
  const lead = leadingName(phrase.specific);
  if (!sep || !lead || !phrase.specific.startsWith(lead)) return [];
  // A head inside the lead (`南北盘江—红水河航道|提升工程`) is the one the members share: the phrase
  // that ends there shares it.
  if (suffixesIn(lead).length > 0) return [];
  const tail = text.slice(phrase.start + lead.length, phrase.end);
  // Only bare names take the suffix of the last (`大连、营口和天津港`): a member with words of its
  // own is a name of its own, or a clause.
  return adjacentMembers(text, phrase.start - sep.length).map((item) =>
    foundFor(item, item.text + tail, kind, phrase),
  );
}

/**
 * A list before `等` gives examples of what follows it. A bare suffix after `等` is shared
 * (`满洲里、二连浩特等口岸` → 满洲里口岸…); a described category (`…等精品景区`) is what the members
 * are, and they keep their own names (`套娃广场`), routes taking the category as their line name
 * (`满洲里—…—肯特山精品旅游线路`, as the genre writes such lines). After `H至`, the genre means
 * lines from H to each member: one project named after the hub, the hub first among its places
 * (drawn as a star, see projectShape).
 */
export function shareTail(text: string, phrase: SuffixedPhrase, kind: ProjectKind): FoundName[] | null {
  // A project list's weight (`等重点项目`) says what its members are worth: projectList reads them.
  const programme = phrase.suffix.word === '项目' || phrase.suffix.word === '工程';
  const etc = text.startsWith('等', phrase.start - 1)
    ? phrase.start - 1
    : programme
      ? null
      : etcBefore(text, phrase.start);
  if (etc === null) return null;
  const bareHead = text.slice(phrase.start, phrase.end) === phrase.suffix.word;
  const words = text.slice(etc + 1, phrase.suffixStart);
  // A head said with descriptive words only (`等旅游景点`) is a kind the members are instances of.
  const described =
    bareHead || (!programme && segmentGeneric(stripQuotes(words)).every((seg) => seg.generic));
  const facility = bareHead || facilityWithin(text.slice(phrase.start, phrase.suffixStart));
  const items = readList(text, etc, phrase.suffix.strict === true, described, facility);
  const first = items[0];
  if (!first) {
    const own = namedByTheirList(text, etc);
    return own.length > 0 ? own : null;
  }
  const tail = text.slice(phrase.start, phrase.end);
  const hub =
    phrase.suffix.line && text.startsWith('至', first.start - 1) ? readItem(text, first.start - 1) : null;
  if (hub && isBareName(hub.text)) {
    const places = [hub, ...items].map((i) => stripCountry(i.text));
    const name = hub.text + tail;
    return name.length > MAX_NAME_LENGTH ? [] : [{ name, kind, places, start: hub.start, end: phrase.end }];
  }
  const bareSuffix = tail === phrase.suffix.word;
  return [
    ...items.map((item) =>
      foundFor(item, bareSuffix || isBareRoute(item.text) ? item.text + tail : item.text, kind, phrase),
    ),
    ...namedByTheirList(text, etc),
  ];
}

/** Weight said of the whole list after its 等 (`兰州中心、国芳百货等重点商业综合体`) stands between
 *  the list and its head: it is no part of the head. */
const ETC_BEFORE = /等(?:重点|重要|主要|高标准|高水平|高质量)?$/;

/** Where the 等 that closes a list before `at` stands, or null. */
function etcBefore(text: string, at: number): number | null {
  const match = ETC_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  return match ? at - match[0].length : null;
}

/** Whether words before a works' head name the facility it is done on (`…病险水库除险加固`). */
function facilityWithin(words: string): boolean {
  return suffixesIn(words).some(({ suffix }) => suffix.word !== '工程' && suffix.word !== '项目');
}

/** `呼伦湖综合整治和生态修复工程`: a named activity joined to a generic phrase names one works. */
export function joinPair(text: string, phrase: SuffixedPhrase): FoundName | null {
  const conjunction = ['和', '与', '及'].find((c) => text.startsWith(c, phrase.start - 1));
  if (!conjunction) return null;
  const leftEnd = phrase.start - 1;
  const start = scanNameStart(text, leftEnd, { keepTo: false, maxLength: 20 });
  if (start === null || start === leftEnd) return null;
  const left = text.slice(start, leftEnd);
  if (endsWithSuffix(left) || isBareName(left) || leadingName(left).length < 2) return null;
  const kind = refineKind(phrase.suffix, left + conjunction + phrase.specific);
  const name = text.slice(start, phrase.end);
  if (!kind || name.length > MAX_NAME_LENGTH) return null;
  const places = placesOf({ specific: left, kind, line: phrase.suffix.line === true, section: null });
  return { name, kind, places, start, end: phrase.end };
}

/** A list closed by a count instead of 等: `豫中(郑州)、豫中南(平顶山)…6个区域性综合应急救援保障基地`
 *  — each member is one of the counted works, named as written. */
export function countedList(text: string, phrase: SuffixedPhrase, kind: ProjectKind): FoundName[] {
  const before = text.slice(Math.max(0, phrase.suffixStart - 20), phrase.suffixStart);
  const count = /(\d+|[一二三四五六七八九十两]+)个[^，。；、,;]*$/.exec(before);
  if (!count) return [];
  let end = phrase.suffixStart - before.length + count.index;
  const examples = text[end - 1] === '等';
  if (examples) end -= 1;
  if (!/[)）”\u4e00-\u9fff]/.test(text[end - 1] ?? '')) return [];
  // As many members as the count, and no 等: the list is the counted works, each named as written
  // (`鑫达、渝南2个露天煤矿`, `金元织金“上大压小”、…、盘江普定燃煤发电3个项目`).
  const all = listPieces(text, end).flatMap((p) => membersOf(p, false));
  const members =
    !examples && all.length === numeral(count[1] as string) && all.every((m) => nameLike(m.text))
      ? all
      : readList(text, end, phrase.suffix.strict === true);
  // Whole cities counted as zones are designations, not works (`郑州、开封…4个…示范区`).
  if (kind === 'zone' && members.every((m) => isPlace(m.text))) return [];
  // The members are of the kind the words after the count give (`6个区域性综合应急救援保障基地`).
  const counted = refineKind(phrase.suffix, count[0].slice(count[1]?.length ?? 0)) ?? kind;
  return members.map((item) => foundFor(item, item.text, counted, phrase));
}

/** What a project list may say of its members without naming a kind: their weight. */
const WEIGHT =
  /^(?:省市区|省级|市级|全省|全市)?(?:重大|重点|标志性|牵引性|技改|龙头|新开工|续建|在建|示范|引领性|支撑性|产业|新兴产业|传统优势特色产业|水利|交通|能源)*$/;
/** A member without a proper part that ends so is a programme, not a work (`…实训基地建设`,
 *  `…质量提升计划`). */
const PROGRAMME_END = /(?:建设|计划|行动|试点|改革|工作)$/;
/** Software and services end so: a platform, a cloud, a system is no work (`中俄电子商务云`). */
const SOFTWARE = /(?:云|平台|系统|网站|应用|APP)$/;
/** Events end so: a carnival, a festival, a fair is held, not built (`…冬季冰雪嘉年华`). */
const EVENT = /(?:嘉年华|节|大会|论坛|峰会|博览会|交易会|展会|大赛|赛事|活动|旅游)$/;

/** A member that is a kind of thing: descriptive words only, a head aside (`城市公路`, `老旧小区改造`). */
function isCategory(s: string): boolean {
  const head = headOf(s);
  const words = head ? s.slice(0, s.length - head.word.length) : s;
  return segmentGeneric(stripQuotes(words)).every((seg) => seg.generic);
}

const DIGITS = '一二三四五六七八九';

/** 2, 十二, 两 … as a number; counts in lists are small. */
function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '两') return 2;
  const ten = s.indexOf('十');
  if (ten < 0) return DIGITS.indexOf(s) + 1;
  const tens = ten === 0 ? 1 : DIGITS.indexOf(s[0] as string) + 1;
  return tens * 10 + (ten === s.length - 1 ? 0 : DIGITS.indexOf(s[ten + 1] as string) + 1);
}

/** A piece that can be one name: short, no verb or preposition inside (a conjunction may join its
 *  products: `比亚迪新能源乘用车及动力电池`), opening with a word that is not descriptive. */
function nameLike(s: string): boolean {
  const plain = stripQuotes(s);
  return (
    plain.length >= 2 &&
    plain.length <= 24 &&
    !isLeadIn(plain) &&
    !holdsVerb(plain) &&
    (leadingName(plain).length >= 2 || namedMember(s, true)) &&
    !programmeOfPlace(plain)
  );
}

/** A descriptive word and a place: a programme's name (`宽带满洲里`, `数字福建`), no work. */
function programmeOfPlace(s: string): boolean {
  const first = segmentGeneric(s)[0];
  return first?.generic === true && isPlace(s.slice(first.text.length));
}

/** `比亚迪新能源乘用车及动力电池、洛阳石化百万吨乙烯、富士康增资扩产等标志性项目`: before 等 and a
 *  project head with only descriptive words between (`等重大项目`, `等15个重点项目`, `等技改项目`), the
 *  members are projects named as written — companies' works, which have no head of their own. */
export function projectList(text: string, phrase: SuffixedPhrase): FoundName[] {
  if (phrase.suffix.word !== '项目') return [];
  const before = text.slice(Math.max(0, phrase.suffixStart - 24), phrase.suffixStart);
  const tail = /等((?:\d+|[一二三四五六七八九十两]+)个)?([\u4e00-\u9fff、]{0,16})$/.exec(before);
  if (!tail || /等/.test(tail[2] ?? '')) return [];
  const words = (tail[2] ?? '').split(/[、和]/).filter(Boolean);
  const end = phrase.suffixStart - before.length + tail.index;
  const members = listPieces(text, end).flatMap((p) => membersOf(p, false));
  // Only weight is said of them (`重大`, `标志性`, `技改`), and none of them is a category
  // (`等级公路、城市公路、生活垃圾转运站…等项目` lists kinds of works): members without a place or a
  // company are still names. A sector or a kind of facility said of them makes them categories.
  const weighed = words.every((w) => WEIGHT.test(w)) && !members.some((m) => isCategory(m.text));
  // A member with a head of its own is judged by it (`贵阳大数据科创城`), unless only weight is said
  // of the list (`长征数字科技艺术馆等15个重点项目`), which then vouches for it, of its head's kind.
  // A member named by its company, place or capacity shows the list names works: its bare members are
  // the names of other firms' projects (`国轩20GWH、巡鹰、登特菲等项目`).
  const anchored = weighed && members.some((m) => namedMember(m.text, true));
  return members.flatMap((m) => {
    const head = headOf(m.text);
    if ((head && !weighed) || !nameLike(m.text) || SOFTWARE.test(m.text) || EVENT.test(m.text)) return [];
    const bare = anchored && m.text.length <= 6 && isBareName(m.text);
    const loose = weighed && m.text.length >= 5 && !PROGRAMME_END.test(m.text);
    if (!namedMember(m.text, true) && !loose && !bare) return [];
    const kind = head ? refineKind(head, m.text.slice(0, m.text.length - head.word.length)) : 'other';
    return kind ? [foundFor(m, m.text, kind, phrase)] : [];
  });
}
