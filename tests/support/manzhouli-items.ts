// The hand-read table of the Manzhouli items (tests/fixtures/manzhouli-items.txt), for checking
// figures by an independent count rather than through the parser.
import { readFileSync } from 'node:fs';

export interface HandItem {
  readonly task: number;
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly title: string | null;
}

/** Tasks per section in the notice: （一）–（六） under 一、, （七）–（十一） under 二、, … */
const SECTION_OF_TASK = [6, 5, 3, 4, 2, 4, 5].flatMap((count, section) =>
  Array<number>(count).fill(section + 1),
);

export function sectionOfTask(task: number): number {
  return SECTION_OF_TASK[task - 1] ?? 0;
}

export function handItems(): HandItem[] {
  return readFileSync(new URL('../fixtures/manzhouli-items.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      const [task, leads, cooperators, title] = line.split(' | ').map((s) => s.trim());
      return {
        task: Number(task),
        leads: leads ? leads.split('、') : [],
        cooperators: cooperators ? cooperators.split('、') : [],
        title: title || null,
      };
    });
}
