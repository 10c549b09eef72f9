// Numbers in spreadsheet cells as a reader sees them: a date stored as a day count shown as a date
// (a deadline column is often typed as dates), other numbers without binary noise (0.1 + 0.2).

/** Built-in number formats that show dates: 14–22, and the East Asian ones (27–36, 50–58). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/** Whether a number format shows a date: a built-in date id, or a code with y/m/d or 年/月/日
 *  outside quoted text and brackets (`[Red]`, `[$-804]`). */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (DATE_FORMAT_IDS.has(id)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd年日]|m.*d|y.*m/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** A day count (1900 or 1904 system) as `2025年6月30日`; null when out of a sensible range. */
export function dateText(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // 1900 system: day 60 is the nonexistent 29 February 1900, so days from 61 count from 1899-12-30.
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 61 ? 31 : 30);
  const date = new Date(base + Math.floor(serial) * 86_400_000);
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A number as text, to 15 significant digits. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Number(value.toPrecision(15)));
}
