// The outline: the notice's sections, tasks and items in the order of the text, labelled for a reader.
import { describe, expect, it } from 'vitest';
import { sampleText, seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { buildOutlineTree } from './outline-tree.ts';

describe('buildOutlineTree on the Manzhouli notice', () => {
  const model = parseNotice(seedBytes());
  const tree = buildOutlineTree(model);
  const entries = tree.flatMap((s) => s.tasks.flatMap((t) => t.items));

  it('has the seven sections, their 29 tasks and 77 items in order', () => {
    expect(tree.map((s) => `${s.number}${s.section?.title}`)).toEqual([
      '一、推进体制机制改革创新',
      '二、全面扩大对外开放',
      '三、建设现代化国际口岸',
      '四、打造沿边地区新的经济增长极',
      '五、提升城市承载能力',
      '六、加快社会事业发展',
      '七、加强生态建设和环境保护',
    ]);
    expect(tree.flatMap((s) => s.tasks)).toHaveLength(29);
    expect(entries.map((e) => e.item.id)).toEqual(model.items.map((a) => a.id));
    expect(tree[0]?.tasks[2]?.number).toBe('（三）');
  });

  it('labels an item by its short title, else by the opening words after the task heading', () => {
    expect(entries[3]?.label).toBe('拓展国际金融业务');
    expect(entries[0]?.label).toBe('优化口岸通关服务环境，推进联检联运监管改革和能力建设，深…');
    expect(entries.every((e) => e.label.length > 0 && e.label.length <= 29)).toBe(true);
  });
});

describe('buildOutlineTree on other forms', () => {
  it('labels an item that is nothing but its task heading by the task title', () => {
    const model = parseNotice(sampleText('lishan-2023-fragment.txt'));
    const entries = buildOutlineTree(model).flatMap((s) => s.tasks.flatMap((t) => t.items));
    expect(entries[0]?.label).toBe('努力实现地区生产总值增长6.2%左右');
  });

  it('keeps tasks and items of a notice without sections under a heading-less group', () => {
    const model = parseNotice(
      '关于印发某某工作分工方案的通知\n（一）做好第一件事。具体内容。（甲局牵头，乙局配合）\n（二）做好第二件事。（丙局负责）\n',
    );
    const tree = buildOutlineTree(model);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.section).toBeNull();
    expect(tree[0]?.tasks.flatMap((t) => t.items)).toHaveLength(model.items.length);
  });

  it('is empty for an empty notice', () => {
    expect(buildOutlineTree(parseNotice(''))).toEqual([]);
  });
});
