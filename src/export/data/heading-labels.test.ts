import { describe, expect, it } from 'vitest';
import type { Section, SectionId, Task, TaskId } from '../../notice/model.ts';
import { chineseNumeral, sectionHeading, taskHeading } from './heading-labels.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [13, '十三'],
    [20, '二十'],
    [29, '二十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
    [0, '0'],
    [1000, '1000'],
  ])('%i → %s', (n, written) => expect(chineseNumeral(n)).toBe(written));
});

describe('headings', () => {
  it('write sections and tasks as the notice does', () => {
    const section = {
      id: 's' as SectionId,
      ordinal: 3,
      title: '建设现代化国际口岸',
      start: 0,
      end: 1,
    } satisfies Section;
    const task = {
      id: 't' as TaskId,
      ordinal: 13,
      sectionId: null,
      title: '完善欧亚陆路大通道建设',
      start: 0,
      end: 1,
    } satisfies Task;
    expect(sectionHeading(section)).toBe('三、建设现代化国际口岸');
    expect(taskHeading(task)).toBe('（十三）完善欧亚陆路大通道建设');
  });
});
