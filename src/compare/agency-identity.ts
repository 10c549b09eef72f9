// Which agencies of two notices are one body. A name is first qualified by its notice's region when it
// names only a level (市财政局 in 青岭市's notice is 青岭市财政局, so two cities' bureaus stay apart),
// then reduced by the genre's rule for one body written several ways (`agencyForm`, the rule the
// notice checks use for 发改委 / 发展改革委 / 发展和改革委员会). Pure.
import { agencyForm } from '../notice/agency-forms.ts';
import { agencyKey, regionPrefix, takesCarriedPrefix } from '../notice/agency-names.ts';
import type { Agency, NoticeModel } from '../notice/model.ts';
import { placeAtStart } from '../notice/places.ts';

/** A level with no place before it: the region is the notice's (自治区发展改革委, 市委宣传部, 高新区财政局). */
const BARE_LEVEL =
  /^(?:(?:省|市|区|县|州|盟|旗|地区|自治区)委?|示范区|新区|开发区|高新区|经开区|综试区|自贸区|合作区|保税区|实验区|试验区)$/;

const LEVEL_AFTER_PLACE = /^(?:自治区|自治州|自治县|地区|省|市|州|县|区|旗|盟)/;

/** The region a notice speaks for, read off its issuer (内蒙古自治区人民政府办公厅 → 内蒙古自治区,
 *  立山区人民政府 → 立山区); null when the issuer names none (国务院, 某市人民政府). */
export function issuerRegion(issuer: string | null): string | null {
  if (!issuer) return null;
  const prefix = regionPrefix(issuer);
  if (prefix !== null && !BARE_LEVEL.test(prefix) && !/^(?:国家|中央|全国)$/.test(prefix)) return prefix;
  const place = placeAtStart(issuer);
  if (place === 0) return null;
  const level = LEVEL_AFTER_PLACE.exec(issuer.slice(place))?.[0] ?? '';
  return issuer.slice(0, place) + level;
}

/** The name with the notice's region written in where the name gives only a level or nothing: the
 *  name itself when it names its place, is central, an enterprise or a collective actor. */
export function qualifiedName(agency: Agency, region: string | null): string {
  const name = agency.name;
  if (region === null || agency.generic || agency.kind === 'central' || agency.kind === 'enterprise')
    return name;
  const prefix = regionPrefix(name);
  if (prefix !== null && BARE_LEVEL.test(prefix)) {
    const level = prefix.replace(/委$/, '');
    // 自治区 in 内蒙古自治区's notice is 内蒙古自治区; 市 in a province's notice is some city of it.
    return region.endsWith(level) ? region + name.slice(level.length) : `${region}${name}`;
  }
  if (prefix === null && takesCarriedPrefix(name, { vertical: false })) return region + name;
  return name;
}

/** What two spellings of one body share across notices: the qualified name's key, reduced to the
 *  genre's form of a body (field short form, body ending). */
export function identityKey(agency: Agency, region: string | null): string {
  return agencyForm(agencyKey(qualifiedName(agency, region)));
}

export interface NoticeRegions {
  readonly a: string | null;
  readonly b: string | null;
  /** True when one notice's issuer names no region and the other's is taken for it. */
  readonly borrowed: boolean;
}

/** Each notice's region. Compared notices are usually the same government's; when one issuer names
 *  no region (a text pasted without its header) the other's stands for it rather than leaving every
 *  市财政局 unmatched. */
export function noticeRegions(a: NoticeModel, b: NoticeModel): NoticeRegions {
  const ra = issuerRegion(a.notice.issuer);
  const rb = issuerRegion(b.notice.issuer);
  return { a: ra ?? rb, b: rb ?? ra, borrowed: (ra === null) !== (rb === null) };
}
