// China's places, to read agency names by: a body that names its place (南京海事局) stands on its own.
import { COUNTY_STEMS, PREFECTURE_STEMS, PROVINCE_STEMS } from './place-names.ts';

const STEMS = new Set([...PROVINCE_STEMS, ...PREFECTURE_STEMS, ...COUNTY_STEMS]);
const LONGEST = Math.max(...[...STEMS].map((s) => s.length));

/** Length of the place a name opens with (`南京海事局` → 2), 0 when it opens with none. */
export function placeAtStart(name: string): number {
  for (let n = Math.min(LONGEST, name.length - 1); n >= 2; n--) if (STEMS.has(name.slice(0, n))) return n;
  return 0;
}

/** A place with at most its level after it: 内蒙古, 宿州市, 西双版纳州. */
export function isPlace(text: string): boolean {
  const n = placeAtStart(text + ' ');
  return n > 0 && /^(?:省|市|州|县|区|旗|盟|地区|自治区|自治州|自治县)?$/.test(text.slice(n));
}
