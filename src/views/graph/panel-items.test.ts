// The panel's item lists on the Manzhouli notice, against the hand-read table.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../../tests/support/seed.ts';
import type { AgencyId } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { agencyItemGroups, groupItems, itemSentence } from './panel-items.ts';

const model = parseNotice(seedBytes());
const items = handItems();
const ndrc = model.agencies.find((a) => a.name === '自治区发展改革委')!.id as AgencyId;

describe('agencyItemGroups', () => {
  it('lists every item 自治区发展改革委 leads and every item it joins, by section in document order', () => {
    const { led, joined } = agencyItemGroups(model, ndrc);
    const count = (groups: typeof led) => groups.reduce((n, g) => n + g.items.length, 0);
    expect(count(led)).toBe(items.filter((i) => i.leads.includes('自治区发展改革委')).length);
    expect(count(joined)).toBe(items.filter((i) => i.cooperators.includes('自治区发展改革委')).length);
    expect(led[0]?.title).toBe('一、推进体制机制改革创新');
    expect(led.flatMap((g) => g.items).every((p) => p.role === 'lead')).toBe(true);
    expect(joined.flatMap((g) => g.items).every((p) => p.role === 'cooperate')).toBe(true);
    const starts = led.flatMap((g) => g.items.map((p) => p.item.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('itemSentence', () => {
  it("is the item's paragraph without its marker", () => {
    const item = model.items.find((a) => a.id === 'item-4')!;
    const sentence = itemSentence(model.text, item);
    expect(sentence).toContain('拓展国际金融业务');
    expect(sentence).not.toContain('牵头');
    // Item 2 opens task 2: its sentence starts after the heading （二）创新产业促进体系。
    const opening = model.items.find((a) => a.id === 'item-2')!;
    expect(itemSentence(model.text, opening, model.tasks[1])).toMatch(/^根据国家产业布局/);
    const [group] = groupItems(model, [item], null);
    expect(group?.items[0]).toMatchObject({ task: '（三）创新金融服务体系', role: null });
  });
});
