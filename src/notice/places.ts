// China's places, to read names by: a body that names its place (南京海事局) stands on its own; a work
// named after its place (恩阳工业园区) is a named work, not a category.
import { COUNTY_STEMS, DISTRICT_STEMS, PREFECTURE_STEMS, PROVINCE_STEMS } from './place-names.ts';

const STEMS = new Set([...PROVINCE_STEMS, ...PREFECTURE_STEMS, ...COUNTY_STEMS]);
const MAJOR = new Set([...PROVINCE_STEMS, ...PREFECTURE_STEMS]);
const DISTRICTS = new Set(DISTRICT_STEMS);
const LONGEST = Math.max(...[...STEMS].map((s) => s.length));

export interface PlaceOptions {
  /** The place may be all there is (`河南` before a head); else something must follow it. */
  readonly alone?: boolean;
  /** Districts of two characters count too (恩阳, 浦东): only where a head follows, as in a project. */
  readonly districts?: boolean;
  /** Only provinces, prefectures and places of three characters or more: inside a phrase, a county of
   *  two characters is too often a word (合作, 和平). */
  readonly major?: boolean;
}

/** The first two characters of every stem and district: most phrases open with no place, and one
 *  look-up says so before a slice per length is tried. */
const OPENINGS = new Set([...STEMS, ...DISTRICTS].map((s) => s.slice(0, 2)));

/** Length of the place a name opens with (`南京海事局` → 2), 0 when it opens with none. */
export function placeAtStart(name: string, options: PlaceOptions = {}): number {
  if (!OPENINGS.has(name.slice(0, 2))) return 0;
  const longest = Math.min(LONGEST, options.alone ? name.length : name.length - 1);
  for (let n = longest; n >= 2; n--) {
    const stem = name.slice(0, n);
    if (options.major && n < 3 && !MAJOR.has(stem)) continue;
    if (STEMS.has(stem) || (options.districts && DISTRICTS.has(stem))) return n;
  }
  return 0;
}

/** A place with at most its level after it: 内蒙古, 宿州市, 西双版纳州. */
export function isPlace(text: string): boolean {
  const n = placeAtStart(text, { alone: true });
  return n > 0 && /^(?:省|市|州|县|区|旗|盟|地区|自治区|自治州|自治县)?$/.test(text.slice(n));
}
