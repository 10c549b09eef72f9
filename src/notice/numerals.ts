// Reading the numbers notices use in headings: Chinese numerals (一 … 九十九, 一百) and Arabic digits.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `十三` → 13, `二十` → 20, `一百零五` → 105; null when the string is not a Chinese numeral. */
export function readChineseNumeral(numeral: string): number | null {
  if (numeral.length === 0) return null;
  let total = 0;
  let pending = 0;
  let seenUnit = false;
  for (const ch of numeral) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      pending = pending * 10 + digit;
    } else if (ch === '十') {
      total += (pending === 0 ? 1 : pending) * 10;
      pending = 0;
      seenUnit = true;
    } else if (ch === '百') {
      total += (pending === 0 ? 1 : pending) * 100;
      pending = 0;
      seenUnit = true;
    } else {
      return null;
    }
  }
  const value = total + pending;
  return seenUnit || numeral.length === 1 || value > 0 ? value : null;
}

/** A heading number as written, Chinese or Arabic (full-width digits already folded). */
export function readOrdinal(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  return readChineseNumeral(numeral);
}
