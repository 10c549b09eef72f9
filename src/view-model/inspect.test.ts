import { describe, expect, it } from 'vitest';
import { agenciesByLoad, itemsNaming, noticeOf, roleOf, splitNames } from './inspect.ts';
import { ag, N1, twoNotices } from './workspace.fixture.ts';

const ports = twoNotices().get(N1)!;

describe('inspecting agencies and items', () => {
  it('lists the items that name an agency, with its role and the item label', () => {
    expect(itemsNaming(ports, ag('自治区财政厅')).map((i) => [i.item.id, i.role, i.label])).toEqual([
      ['item-1', 'cooperate', '优化通关服务'],
      ['item-2', 'responsible', '鼓励金融创新'],
    ]);
    expect(roleOf(ports.items[0]!, ag('自治区商务厅'))).toBe('lead');
    expect(roleOf(ports.items[1]!, ag('自治区商务厅'))).toBeNull();
  });

  it('orders agencies by how many items name them', () => {
    expect(agenciesByLoad(ports).map(({ agency, items }) => [agency.name, items])).toEqual([
      ['自治区财政厅', 2],
      ['满洲里海关', 1],
      ['自治区商务厅', 1],
    ]);
  });

  it('splits typed lists of names and scoped ids', () => {
    expect(splitNames(' 自治区财政厅、满洲里海关，, 自治区商务厅\n')).toEqual([
      '自治区财政厅',
      '满洲里海关',
      '自治区商务厅',
    ]);
    expect(noticeOf('n1/item-2')).toEqual({ noticeId: 'n1', localId: 'item-2' });
    expect(noticeOf('item-2')).toBeNull();
  });
});
