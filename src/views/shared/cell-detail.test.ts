import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import type { AgencyId, ItemId } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { itemIndex, itemSentences } from './cell-detail.ts';

const model = parseNotice(seedBytes());
const index = itemIndex(model);
const NDRC = 'ag:自治区发展改革委' as AgencyId;
const MOFCOM = 'ag:自治区商务厅' as AgencyId;

describe('itemSentences', () => {
  it("gives each item its number, title, the agencies' roles and its paragraph from the text", () => {
    const item = model.items.find((a) => a.title === '拓展国际金融业务')!;
    const { items, more } = itemSentences(model, index, [item.id], [NDRC]);
    expect(more).toBe(0);
    expect(items[0]?.label).toBe(`第${model.items.indexOf(item) + 1}项 · 拓展国际金融业务`);
    expect(items[0]?.roles).toEqual([null]);
    expect(items[0]?.text.startsWith(model.text.slice(item.start, item.start + 10).trim())).toBe(true);
    expect(items[0]?.text.length).toBeLessThanOrEqual(181);
  });

  it('names the role of each agency asked about and keeps the tooltip short', () => {
    const ids = model.items.filter((a) => a.leads.includes(NDRC)).map((a) => a.id);
    const { items, more } = itemSentences(model, index, ids, [NDRC, MOFCOM], 4);
    expect(items).toHaveLength(4);
    expect(more).toBe(5);
    expect(items.every((i) => i.roles[0] === 'lead')).toBe(true);
    expect(itemSentences(model, index, ['nope' as ItemId], [NDRC]).items).toEqual([]);
  });
});
