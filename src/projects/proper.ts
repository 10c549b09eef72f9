// Whether the words before a head name something, and where that name begins. A reader calls
// `满洲里西郊机场` a project and `国际物流中心` a goal: the first has a proper part — a place, a
// route, a company, a quoted name — before its descriptive words; the second has only descriptive
// words. Words before the proper part that are not part of it (`辖区劳动者到|恩阳工业园区`) are cut.
import { PREFECTURE_STEMS, PROVINCE_STEMS } from '../notice/place-names.ts';
import { placeAtStart } from '../notice/places.ts';
import { knownPlacePrefix } from '../notice/gazetteer.ts';
import { segmentGeneric, stripQuotes } from './generic.ts';
import { isRoute } from './routes.ts';

export interface NamedOptions {
  /** The head is a line, whose name may run `A至B`. */
  readonly keepTo: boolean;
  /** The head is itself a port, so a port before it locates nothing (`公路口岸` is bare). */
  readonly portSuffix: boolean;
  /** The head is a word many categories end in (项目, 工程, 基地, 园区, 中心 …): only a proper part
   *  names it, not any word the generic vocabulary lacks. */
  readonly strict?: boolean;
  /** The head is 工程 or 项目: a quoted word before it is a programme's slogan (`“粤菜师傅”工程`). */
  readonly programme?: boolean;
}

/** The first characters of the prefectures' names: 郑(州), 洛(阳), 新(乡) … */
const CITY_INITIALS = new Set(PREFECTURE_STEMS.map((s) => s[0] as string));

/** Before a head a place may stand alone (`河南|自贸试验区`), and a district counts (`恩阳|工业园区`). */
const PROJECT_PLACES = { alone: true, districts: true } as const;
/** Inside a phrase, only a place that cannot be a word: `国际合作|产业园区` holds no 合作 (a county). */
const INNER_PLACES = { alone: true, major: true } as const;

/** A company: `磷化集团…`, `比亚迪…`, `宁德时代…`, `中石化…`. */
const COMPANY =
  /^(?!跨国|大型|国有|民营|中小|龙头|骨干|企业)[\u4e00-\u9fffA-Za-z]{2,}?(?<!企业)(?:集团|公司|股份|银行|时代|石化|石油|电网|钢铁|药业)/;
/** Words that make a company-like run a category: 跨国公司, 外资企业, 数字经济时代. */
const NOT_A_COMPANY =
  /跨国|外资|外国|境外|更多|经济时代|新时代|数字时代|^(?:商业|政策性|开发性|农村商业|村镇)银行|^(?:保险|金融|投资|担保|物流|能源|贸易|文旅|旅游|建筑|地产|房地产|医药)(?:集团|公司)/;

function companyAtStart(s: string): boolean {
  return COMPANY.test(s) && !NOT_A_COMPANY.test(s);
}

/** Two countries or more, China first, as the genre names joint works: 中俄互市贸易区, 中德(许昌)产业园. */
const BILATERAL =
  /^中[俄蒙德日新欧韩美法英哈老越泰巴意荷以](?:[俄蒙德日新欧韩美法英哈老越泰巴意荷以]|三国|两国)*/;
/** Countries before a work of theirs: 俄罗斯艺术博物馆. */
const COUNTRY = /^(?:俄罗斯|蒙古国|哈萨克斯坦|德国|日本|韩国|新加坡|法国|英国|美国|意大利|以色列)/;
/** A producer and the capacity its project adds: `茅台3万吨…`, `中石化50万吨/年…`. */
const CAPACITY =
  /^[\u4e00-\u9fff]{2,6}\d+(?:\.\d+)?(?:万吨|吨|万千瓦|千瓦|兆瓦|吉瓦|万台|万辆|英寸|亿|GWh|GWH|GW|MW)/;
/** A count or a measure first (`25个骨干水源工程`, `220千伏变电站`): a category counted, not a name. */
const COUNTED =
  /^(?:\d+|[一二三四五六七八九十百千两]+)(?:\.\d+)?(?:个|座|条|家|处|批|项|千伏|万千瓦|万吨|公里|所|类)/;
/** A count inside (`周口4个千万平方米…示范区`, `…3个项目`): the phrase counts a category. */
const COUNT_INSIDE = /(?:\d+|[一二三四五六七八九十两]+)(?:个|家|座|条|处|批|项)|\d(?:\.\d+)?(?:亿|万)?元/;
/** A scheme written with numbers (`两河两港`, `一园多基地`, `多港联动`): a slogan, not a place. */
const SLOGAN = /^[一二三四五六七八九十两双多][\u4e00-\u9fff]{0,3}[一二三四五六七八九十两双多]/;
/** A place written in brackets inside the name: `国家(郑州)新型互联网交换中心`, `中国(河南)自贸试验区`. */
const BRACKETED_PLACE = /[(（]([\u4e00-\u9fff]{2,6})[)）]/;

/** A bracketed word that is a name, not a kind (`街道(乡镇)…` brackets an alternative). */
function bracketedPlace(s: string): boolean {
  const inner = BRACKETED_PLACE.exec(s)?.[1];
  return inner !== undefined && !segmentGeneric(inner).every((seg) => seg.generic);
}
/** A quoted name names a work (`“中国绿谷”产业园`), unless it is a slogan with a count in it
 *  (`“三个一批”`, `“13445”`, `“两河两港”`, `“双百”`): those name programmes and schemes. */
function quotedName(s: string, opts: NamedOptions): boolean {
  const quoted = /^“([^”]{2,})”/.exec(s)?.[1];
  // A numeral before a direction is a region (`“三北”防护林`), not a count.
  const counts = /\d|[一二三四五六七八九十百千万两双](?![东西南北])/.test(quoted ?? '');
  // Before 工程 or 项目 a quoted word is a programme's slogan, unless a work is named after it
  // (`“三北”防护林体系建设工程`).
  const work = quoted !== undefined && WORK_AFTER_QUOTE.test(s.slice(quoted.length + 2));
  // Quotes around a common word (`“预制菜”加工生产线`, `“菜篮子”配送中心`) stress it; they name nothing.
  const common = quoted !== undefined && segmentGeneric(quoted).every((seg) => seg.generic);
  return quoted !== undefined && !counts && !common && (!opts.programme || work);
}

const WORK_AFTER_QUOTE = /^[\u4e00-\u9fff]{0,6}(?:防护林|湿地|公园|铁路|公路|机场|港|园区|基地|水库)/;

/** The one-character names of the provinces (豫 Henan, 黔 Guizhou, 晋 Shanxi …). */
const PROVINCE_ABBREVIATIONS = new Set(
  '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新'.split(''),
);

/** Places written by their initials, as the genre names works they share: provinces (`晋陕豫黄河金三角
 *  …示范区`, `豫鲁毗邻地区…`), a province and a direction (`豫中(郑州)`, `黔北(德江)机场`), three
 *  cities (`郑洛新国家自主创新示范区`, `长株潭…`). */
function abbreviatedPlaces(s: string): boolean {
  // The leading province initials, counted in place: no match or substring made per phrase.
  let run = 0;
  while (isIdeograph(s.charCodeAt(run)) && PROVINCE_ABBREVIATIONS.has(s[run] as string)) run++;
  if (run >= 2 && run <= 4) return true;
  if (run >= 1 && /^[东西南北中](?:[东西南北])?[(（]/.test(s.slice(run))) return true;
  // A province and its part (`豫中东特高压…`, `鲁西…`); 新, 青, 宁, 云, 贵 begin too many words.
  if (run === 1 && !'新青宁云贵'.includes(s[0] as string) && /^[东西南北中][东西南北]?/.test(s.slice(1)))
    return true;
  // A city's initial and a direction, all there is before a zone's head (`郑东|新区`).
  if (s.length === 2 && CITY_INITIALS.has(s[0] as string) && '东西南北'.includes(s[1] as string)) return true;
  // A province and a city by their initials, as twin-city works are named (`京张…`, `沪宁…`).
  if (run === 1 && CITY_INITIALS.has(s[1] as string) && !'新青宁云贵'.includes(s[0] as string)) return true;
  // Three initials stand before descriptive words (`郑洛新|国家自主创新示范区`): three initials that
  // run on into a word (`龙舟运|动`) are that word's.
  const three = s.slice(0, 3);
  if (!/^[\u4e00-\u9fff]{3}$/.test(three) || ![...three].every((c) => CITY_INITIALS.has(c))) return false;
  const next = segmentGeneric(s.slice(3))[0];
  return (next === undefined || next.generic) && !placeAtStart(s, { alone: true });
}

/** A CJK unified ideograph, U+4E00 to U+9FFF. */
function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** A part of the country named as a place: `中国西部(广元)…`, `中国南方人才…`. */
const NATIONAL_REGION = /^中国(?:西部|东部|南方|北方|中部|东北|西南|西北)/;
/** A small place at the start of a longer word: `蘑菇山旧石器遗址`. */
const TOPONYM_IN = /^[\u4e00-\u9fff]{1,3}[湖河江山岭峡沟坝湾岛洲寨庄屯堡泉滩溪](?![区域])/;
/** Endings of the small places no gazetteer lists: 文家坝, 马家田, 洛泽河, 百里杜鹃 is not one. */
const TOPONYM_END = /[湖海河江山岭峡沟坝湾岛洲寨庄屯堡田泉滩塘溪渡桥镇乡村街关坡坪岗垭铺]$/;

/** A proper part that opens `s`: a place, a route, a quoted name, a company, a producer's capacity. */
function properAtStart(s: string, opts: NamedOptions): boolean {
  if (s.startsWith('“')) return quotedName(s, opts);
  const plain = stripQuotes(s);
  if (plain.length < 2) return false;
  if (isRoute(plain, opts.keepTo)) return true;
  // A figure first is a count or a duration (`144小时…`, `5G…`), never a name's start.
  if (COUNTED.test(plain) || /^\d/.test(plain) || SLOGAN.test(plain)) return false;
  if (placeAtStart(plain, PROJECT_PLACES) > 0 || knownPlacePrefix(plain) !== null) return true;
  if (companyAtStart(plain) || CAPACITY.test(plain)) return true;
  if (bracketedPlace(plain) || NATIONAL_REGION.test(plain)) return true;
  if (BILATERAL.test(plain) || COUNTRY.test(plain) || abbreviatedPlaces(plain)) return true;
  const first = segmentGeneric(plain)[0];
  if (!first || first.generic) return false;
  // A word the generic vocabulary lacks names something only when it is a place's name, or before a
  // line, a port, a road (heads no category is written with).
  // Before 项目 or 工程 a river's or a mountain's name is as often a programme's (珠江科技新星项目).
  if (opts.programme) return false;
  // A toponym's ending counts on a word of three characters or more: 农田 and 温泉 are no places.
  const toponym = first.text.length >= 3 && TOPONYM_END.test(first.text);
  if (first.text.length >= 2) return !opts.strict || toponym || TOPONYM_IN.test(first.text);
  return first.text === '新' && !opts.strict && segmentGeneric(plain).length > 1;
}

/** A place, places by their initials or two countries open `s`: a proper part no category has. */
export function placeFirst(s: string): boolean {
  const plain = stripQuotes(s);
  return (
    placeAtStart(plain, PROJECT_PLACES) > 0 ||
    knownPlacePrefix(plain) !== null ||
    abbreviatedPlaces(plain) ||
    BILATERAL.test(plain)
  );
}

/**
 * Whether the words before a head name a project:
 * - a route (`二卡—阿巴该图`);
 * - a place (`满洲里西郊`, `郑州国际`), a quoted name, a company or a producer's capacity;
 * - before a line, port or road, any leading word of two characters or more that is not descriptive
 *   (`满西工业产业`, `呼伦湖生态`), and `新` before descriptive words (`新国际货场`);
 * - a locator facility first (`空港物流园`, `公路口岸国际物流贸易…`): the park at that port.
 * One character is never enough (`香港` is no seaport named 香).
 */
export function isNamed(specific: string, opts: NamedOptions): boolean {
  return properAtStart(specific, opts);
}

/** Words right after a place that make the phrase a category of the place's works (`苏州市重大项目`,
 *  `上海相关产业园区`), not one of them. */
const CATEGORY_AFTER_PLACE =
  /^(?:省|市|区|县|州)?(?:重大|重点|相关|有关|各类|各|一批|全部|所有|其他|其它|现有|特色)/;

/** A proper part at `i`: a place, a quoted name, a company or a route, not followed by a category word. */
function properAt(specific: string, i: number, opts: NamedOptions): boolean {
  const rest = stripQuotes(specific.slice(i));
  const place = placeAtStart(rest, INNER_PLACES) || (knownPlacePrefix(rest)?.length ?? 0);
  if (place > 0 && CATEGORY_AFTER_PLACE.test(rest.slice(place))) return false;
  const quoted = specific.startsWith('“', i);
  return (
    (place > 0 || quoted || companyAtStart(rest) || CAPACITY.test(rest)) &&
    properAtStart(specific.slice(i), opts)
  );
}

/**
 * Where the proper name within the words before a head begins: 0 when they all belong to it, the
 * place where a proper part begins when a clause stands before it (`福清市参观1家A级收费|…` is no
 * name; `外国航空公司执飞|郑州机场`), or null when they hold none. A short prefix without a digit stays
 * with the name (`汉魏洛阳城遗址博物馆`, `自贸区福州片区`, `新一轮…` aside).
 */
export function properStart(specific: string, opts: NamedOptions): number | null {
  const cut = properCut(specific, opts);
  return cut === null || COUNT_INSIDE.test(specific.slice(cut)) ? null : cut;
}

/** Words that point at works instead of naming one (`所有普通公路`, `以上公路`, `其济源延长线`,
 *  `乡镇通三级公路`): what follows is a category, or a work named elsewhere. */
const DETERMINER = /^(?:所有|以上|上述|其他|其它|其|该|这些|各类|各|全部|现有|乡镇|县乡)/;

function properCut(specific: string, opts: NamedOptions): number | null {
  if (DETERMINER.test(stripQuotes(specific))) return null;
  if (properAtStart(specific, opts) && !(opts.strict && categoryAtStart(specific))) return 0;
  for (let i = 1; i < specific.length - 1; i++) {
    if (!properAt(specific, i, opts)) continue;
    const prefix = specific.slice(0, i);
    const verb = GOVERNING.has(prefix);
    return i <= 4 && !verb && !/[\dA-Za-z]/.test(prefix) && !categoryAtStart(specific) ? 0 : i;
  }
  return null;
}

/** Verbs left out of the stop words because names begin with them too (服务外包产业园), but which
 *  before a place govern it: `服务|合肥国际陆港`, `联动|…`. */
const GOVERNING = new Set(['服务', '联动', '支撑', '对接', '辐射', '衔接', '带动']);

const PROVINCE_NAME = new RegExp(
  `^(?:${PROVINCE_STEMS.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?$`,
);

const PROVINCE_FIRST = new RegExp(
  `^(?:${PROVINCE_STEMS.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`,
);

/** How many characters of `s` a province's name takes, 0 when none opens it. */
export function provincePrefix(s: string): number {
  return PROVINCE_FIRST.exec(stripQuotes(s))?.[0].length ?? 0;
}

/** A province alone before a head of parks, bases or projects names all of them: `河南省开发区`,
 *  `上海园区` (a zone's head keeps it: `河南自贸试验区`). */
export function wholeProvince(specific: string): boolean {
  return PROVINCE_NAME.test(stripQuotes(specific));
}

/** A place and a category word after it, or a province and nothing else: `河南省开发区` is every
 *  development zone of the province. */
function categoryAtStart(specific: string): boolean {
  const plain = stripQuotes(specific);
  const place = placeAtStart(plain, PROJECT_PLACES);
  return place > 0 && CATEGORY_AFTER_PLACE.test(plain.slice(place));
}
