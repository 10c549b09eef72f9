// The task key: every task drawn as a number on the network, under its section, in columns no taller
// than the network.
import { describe, expect, it } from 'vitest';
import { taskKeyScene, type KeySection } from './task-key.ts';

const sections = (count: number, tasksEach: number): KeySection[] =>
  Array.from({ length: count }, (_, s) => ({
    ordinal: s + 1,
    title: `第${s + 1}部分的标题`,
    tasks: Array.from({ length: tasksEach }, (_, t) => ({
      ordinal: s * tasksEach + t + 1,
      title: `任务${s * tasksEach + t + 1}的标题`,
    })),
  }));

const texts = (scene: ReturnType<typeof taskKeyScene>) =>
  scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));

describe('taskKeyScene', () => {
  it('lists each section and, under it, each task with its number and title', () => {
    const key = taskKeyScene(sections(2, 2), 600, 'zh');
    expect(texts(key)).toEqual([
      '任务',
      '1. 第1部分的标题',
      '1',
      '任务1的标题',
      '2',
      '任务2的标题',
      '2. 第2部分的标题',
      '3',
      '任务3的标题',
      '4',
      '任务4的标题',
    ]);
  });

  it('starts a new column rather than grow taller than the network, and never strands a section head', () => {
    const key = taskKeyScene(sections(6, 8), 400, 'en');
    expect(key.height).toBeLessThanOrEqual(400);
    const columns = new Set(
      key.marks
        .map((m) => (m.type === 'text' || m.type === 'rect' ? m.x : 0))
        .map((x) => Math.floor(x / 320)),
    );
    expect(columns.size).toBeGreaterThan(1);
    const heads = key.marks.filter((m) => m.type === 'text' && /^\d\. /.test(m.text));
    for (const head of heads) {
      const below = key.marks.find(
        (m) =>
          m.type === 'rect' &&
          m.x === (head.type === 'text' ? head.x : -1) &&
          m.y > (head.type === 'text' ? head.y : 0),
      );
      expect(below, `a task follows ${head.type === 'text' ? head.text : ''} in its column`).toBeDefined();
    }
    expect(texts(key)[0]).toBe('Tasks');
  });

  it('is empty when nothing is numbered', () => {
    expect(taskKeyScene([{ ordinal: 1, title: '空', tasks: [] }], 400).marks).toEqual([]);
  });
});
