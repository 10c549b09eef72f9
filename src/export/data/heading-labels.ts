// Headings written back the way the notice writes them (一、… （十三）…), so exported rows and node
// labels read like the document an analyst has open beside them.
import type { Section, Task } from '../../notice/model.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 13 → 十三, 20 → 二十, 105 → 一百零五; numbers outside 1–999 stay Arabic. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) out += `${hundreds === 0 && tens === 1 ? '' : DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) out += '零';
  if (ones > 0) out += DIGITS[ones];
  return out;
}

/** `一、推进体制机制改革创新` */
export function sectionHeading(section: Section): string {
  return `${chineseNumeral(section.ordinal)}、${section.title}`;
}

/** `（十三）完善欧亚陆路大通道建设` — always in the bracketed form, whatever numbering the notice used. */
export function taskHeading(task: Task): string {
  return `（${chineseNumeral(task.ordinal)}）${task.title}`;
}
