// What the genre's agency names look like: region prefixes, department suffixes, collective actors,
// corporate forms and kinds. General rules of Chinese administrative naming, not lists for one notice.
import type { AgencyKind } from './model.ts';
import { isPlace, placeAtStart } from './places.ts';

/** Provinces and municipalities, often written without 省/市 (河北银保监局, 四川银保监局). */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';

/** Zones that govern like a level: their departments are written 示范区财政局, 高新区民政局. */
const ZONE = '示范区|新区|开发区|高新区|经开区|综试区|自贸区|合作区|保税区|实验区|试验区';

/** The party's own departments, written after 省委/市委/区委/县委 (省委组织部、宣传部 → 省委宣传部). */
const PARTY_DEPARTMENT =
  '组织部|宣传部|统战部|政法委|编办|网信办|深改办|财经办|农办|外办|台办|政研室|办公厅|办公室';

/** Region prefixes that a list of names shares (`自治区外事办、交通运输厅` → 自治区交通运输厅).
 *  Single characters only count when they do not start a common word (市场, 区域, 县级 …). */
const REGION_PREFIX = new RegExp(
  `^(?:(?:省|市|区|县|州|盟|旗|地|自治区)委(?=${PARTY_DEPARTMENT})|[\\u4e00-\\u9fff]{2,7}?(?:维吾尔|壮族|回族)?自治区|(?![市省区县州盟旗各])[\\u4e00-\\u9fff]{2,4}(?:省|市|州|自治州|地区|盟)(?![场容])|(?:${PROVINCES})(?:省|市)?|自治区|${ZONE}|地区|国家|中央|全国|市(?!场|容|政公用|政工程|政设施|政管理)|省(?!级)|区(?!域|块)|县(?!域|级)|州|盟|旗)`,
);

/** A collective level that its departments share: 各区消防救援部门、商务部门 → 各区商务部门. */
const COLLECTIVE_PREFIX =
  /^各(?:地|市|县|区|州|盟|旗|县区|区县|市县|县市|县市区|区县市|乡镇|街道|镇)(?:[(（〔][^)）〕]{1,8}[)）〕])?/;

/** Words that contain a region character without being a region (城市管理局, 社区, 园区 …). */
const NOT_REGION_WORDS =
  /市场|市政|市容|市民|城市|超市|都市|区域|社区|园区|小区|景区|牧区|矿区|山区|片区|辖区|县域|省级|市级|区级|县级/g;

/** The endings of a department's name that, written bare in a list, take the list's region prefix. */
const DEPARTMENT_SUFFIX =
  /(?:厅|局|委|办|委员会|办公室|总队|支队|会|联|协|社|室|署|中心|院|部|部门|处|所|站)$/;

/** Bodies of the central government's vertical systems and of enterprises: whatever place they sit
 *  in, they name it themselves or are not the region's department, so they neither take a carried
 *  prefix nor break the carrying of it along a list. */
const VERTICAL =
  /人民银行|人行|海关|出入境|检验检疫|国税|银监|保监|证监|银保监|(?<!地方)金融监管|海事|外汇管理|边检|调查总队|调查队|民航(?!机场)|铁路|电网|供电|电力公司|烟草|邮政(?!管理)/;

/** A vertical body written bare after one that names its place: `内蒙古银监局、保监局`. */
const BARE_VERTICAL = /^(?:银监|保监|证监|银保监|国税|地税|外汇管理|出入境检验检疫|检验检疫)(?:局|分局)$/;

/** A body word with nothing before it (管委会, 人民政府): the bodies of the places around it, not a
 *  department of the list's government. */
const BODY_ONLY = /^(?:管委会|人民政府|政府|党委|党工委|办事处|管理处)$/;

/** Bodies of a park, zone or new town: they name their place (宿马园区管委会, 港区管委会). */
const PLACE_BODY = /园区|片区|景区|港区|新城|自贸|合作区|集聚区|产业区|经济区|功能区/;

/** Offices of the central government or its vertical systems, for the agency's kind. */
const CENTRAL_KIND =
  /人民银行|人行|海关|出入境|检验检疫|国税|银监|保监|证监|银保监|(?<!地方)金融监管|海事|外汇管理|通信管理局|边防检查|边检|调查总队|民航(?!机场)|邮政管理|气象局|税务局|税务总局/;

/** Ministries and commissions named without a region are central (财政部, 市场监管总局, 银保监会). */
const CENTRAL_BARE = /(?:部|总局|总署|署|银保监会|证监会|国资委)$/;

const CORPORATE_FORM = /(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)$/;
const ENTERPRISE = /(?:公司|集团|企业|银行|(?:股份|有限)合作社)$/;

/** Collective actors: 各地, 各有关部门, 省直有关部门, 市直各部门, 相关市(州)人民政府, 全区经济运行各专班,
 *  属地政府, 试点县政府, 联席会议成员单位. A name holding 各 is never one body. */
const GENERIC =
  /各|^(?:有关|相关|其他|其它|属地|所在地|当地|试点|辖区|沿线)|^(?:市州|市县|县市区|县市|县区|区县|乡镇|镇街|市\(州\)|市（州）)(?=$|[(（〔、]|人民政府|政府|党委|管委会)|^(?:园区|功能区)?管委会$|(?:有关|相关)[^、，,]{0,6}(?:部门|单位|方面|机构|政府|企业)(?:和单位|和部门)?$|成员单位$/;

/** A place and its level with nothing after it: 青岭市, 钦南区, 黔南州. */
const ONLY_PLACE = /^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗|自治区|自治州|地区)$/;

export function regionPrefix(name: string): string | null {
  return REGION_PREFIX.exec(name)?.[0] ?? null;
}

/** The prefixes a name lends to the bare names after it. A department lends its region prefix to
 *  departments (`市财政局、住建局` → 市住建局); a collective department its collective level (`各区消防
 *  部门、商务部门` → 各区商务部门); a vertical body the place it names, to vertical bodies only
 *  (`内蒙古银监局、保监局` → 内蒙古保监局). Enterprises lend nothing. */
export function lentPrefix(name: string): { readonly prefix: string; readonly vertical: boolean } | null {
  if (ENTERPRISE.test(name)) return null;
  if (isGenericActor(name)) {
    const collective = COLLECTIVE_PREFIX.exec(name)?.[0];
    return collective && DEPARTMENT_SUFFIX.test(name.slice(collective.length))
      ? { prefix: collective, vertical: false }
      : null;
  }
  const own = regionPrefix(name);
  if (own === null || !takesPrefix(own)) return null;
  if (VERTICAL.test(name)) return isPlace(own) ? { prefix: own, vertical: true } : null;
  return DEPARTMENT_SUFFIX.test(name.slice(own.length)) ? { prefix: own, vertical: false } : null;
}

/** A bare department name (财政局, 发展改革委, 公积金管理中心): no place or level of its own, not an
 *  enterprise or a collective actor. It takes the prefix a list carries: a department's prefix when
 *  it is a department, a vertical body's place when it is a vertical body (保监局). */
export function takesCarriedPrefix(name: string, from: { readonly vertical: boolean }): boolean {
  if (regionPrefix(name) !== null || ENTERPRISE.test(name) || isGenericActor(name)) return false;
  if (from.vertical) return BARE_VERTICAL.test(name);
  if (BODY_ONLY.test(name)) return false;
  if (VERTICAL.test(name) || placeAtStart(name) > 0 || PLACE_BODY.test(name)) return false;
  const words = name.replace(NOT_REGION_WORDS, '');
  if (/[省市县旗盟]|自治区|[^社园小景牧矿山片辖]区/.test(words)) return false;
  return DEPARTMENT_SUFFIX.test(name);
}

/** National prefixes are not carried: central agencies are listed by their official short names
 *  (国家发展改革委、商务部、审计署、全国妇联 — 商务部 is not 国家商务部). Regional ones are. */
export function takesPrefix(prefix: string): boolean {
  return !/^(?:国家|全国|中央|中国|国务院)$/.test(prefix);
}

export function isGenericActor(name: string): boolean {
  return GENERIC.test(name);
}

/** A name that is only a place (青岭市): perhaps a government with its tail left off. */
export function isOnlyPlace(name: string): boolean {
  return ONLY_PLACE.test(name) && !isGenericActor(name) && !PLACE_ENDING.test(name);
}

/** Two spellings of one enterprise differ only in their corporate form (`集团公司` / `集团`). */
/** Control characters and bidirectional overrides: a right-to-left override inside a name would
 *  reverse the text after it wherever the name is shown, so no name keeps one. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function withoutInvisibles(name: string): string {
  return name.replace(INVISIBLE, '');
}

export function agencyKey(name: string): string {
  const bare = withoutInvisibles(name).replace(/[\s“”"'‘’]/g, '');
  if (CORPORATE_FORM.test(bare)) {
    const stem = bare.replace(CORPORATE_FORM, '');
    return /集团$/.test(stem) || bare.endsWith('集团公司') ? stem.replace(/集团$/, '') + '集团' : stem;
  }
  return bare;
}

export function agencyKind(name: string, generic: boolean): AgencyKind {
  if (generic) return 'generic';
  if (CENTRAL_KIND.test(name)) return 'central';
  if (ENTERPRISE.test(name)) return 'enterprise';
  const prefix = regionPrefix(name);
  if (prefix === '国家' || prefix === '中央' || /^国务院/.test(name)) return 'central';
  if (prefix === null && CENTRAL_BARE.test(name)) return 'central';
  return 'regional';
}

/** How the genre's agency names end: a department, a government, a body, an enterprise. */
export const NAME_ENDING =
  /(?:人民政府|政府|管委会|委员会|办公室|办公厅|办事处|工作组|领导小组|专班|窗口|监管组|部门|单位|机构|海关|集团|公司|银行|分行|支行|营管部|中心|街道|乡镇|厅|局|委|办|署|院|会|部|社|联|协|站|所|队|处|科|室|组|校|馆|台)$/;

/** Zones and places that act as bodies in lists: 济源示范区, 立山经济开发区, 各区、县级市. */
const PLACE_ENDING =
  /(?:示范区|新区|开发区|高新区|经开区|园区|片区|自贸区|合作区|保税区|实验区|试验区|集聚区|度假区|风景区|经济区|功能区|产业区|港)$/;

/** A name ends as the genre's names end: a body (局, 委员会, 人民政府, 公司…), a zone, or, for a
 *  collective actor, a level (各区、县级市). A bracket after it is its own (市住建局〈市人防办〉). */
export function endsAsName(name: string): boolean {
  const bare = name.replace(/(?:[(（〔〈<【][^)）〕〉>】]*[)）〕〉>】])+$/, '');
  if (NAME_ENDING.test(bare) || PLACE_ENDING.test(bare) || /(?:人行|中支|团中央)$/.test(bare)) return true;
  if (ONLY_PLACE.test(bare) || isPlace(bare)) return true;
  return isGenericActor(bare) && /(?:[市县区州盟旗地乡镇村]|县级市)$/.test(bare);
}

const PARTY_DEPARTMENT_NAME = new RegExp(`^(?:${PARTY_DEPARTMENT})$`);

export function isPartyDepartment(name: string): boolean {
  return PARTY_DEPARTMENT_NAME.test(name);
}

/** A bracket holding nothing but agency names (`（市发展改革委、市财政局）`) is a marker without a
 *  role word: every piece must end as the genre's agency names end, or be a collective actor. */
export function looksLikeAgencyList(content: string): boolean {
  const pieces = content
    .replace(/等(?:有关|相关)?(?:部门|单位)?(?:和|及)?(?:部门|单位)?\s*$/, '')
    .split(/[、，,；;]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return (
    pieces.length > 0 &&
    pieces.every((p) => looksLikeAgencyName(p) && endsAsName(p) && !isOnlyPlace(p) && !isPlace(p))
  );
}

const SENTENCE_PUNCTUATION: readonly number[] = [...'。；;：:！？!?'].map((c) => c.charCodeAt(0));

/** A plausible agency name: Chinese, short, no sentence punctuation. */
export function looksLikeAgencyName(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  // One pass, no array of matches: sentence punctuation rules a name out, ideographs are counted.
  let cjk = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (SENTENCE_PUNCTUATION.includes(c)) return false;
  }
  return cjk >= 2 && cjk >= name.length * 0.6;
}
