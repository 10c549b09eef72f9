// The outline's focus for an agency, task or section picked elsewhere, against the hand-read items.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { selectionFocus } from './selection-focus.ts';

const model = parseNotice(seedBytes());
const items = handItems();

describe('selectionFocus', () => {
  it('marks every item 自治区发展改革委 leads or joins, with its role', () => {
    const focus = selectionFocus(model, { kind: 'agency', id: 'ag:自治区发展改革委' });
    const name = '自治区发展改革委';
    expect(focus?.name).toBe(name);
    expect(focus?.counts.lead).toBe(items.filter((i) => i.leads.includes(name)).length);
    expect(focus?.counts.cooperate).toBe(items.filter((i) => i.cooperators.includes(name)).length);
    const led = [...(focus?.items ?? [])].filter(([, role]) => role === 'lead').map(([id]) => id);
    for (const id of led) {
      expect(model.items.find((a) => a.id === id)?.leads).toContain('ag:自治区发展改革委');
    }
  });

  it('marks the items of a task and of a section', () => {
    const task = model.tasks.find((t) => t.ordinal === 13 && t.title.includes('欧亚陆路大通道'));
    const byTask = selectionFocus(model, { kind: 'task', id: task?.id ?? '' });
    expect(byTask?.items.size).toBe(items.filter((i) => i.task === 13).length);
    expect(byTask?.counts.in).toBe(byTask?.items.size);
    const section = model.sections[0];
    const bySection = selectionFocus(model, { kind: 'section', id: section?.id ?? '' });
    expect(bySection?.items.size).toBe(model.items.filter((a) => a.sectionId === section?.id).length);
    expect(bySection?.items.size).toBeGreaterThan(0);
  });

  it('has nothing to say about an item, an edge, an unknown id or no selection', () => {
    expect(selectionFocus(model, { kind: 'item', id: model.items[0]?.id ?? '' })).toBeNull();
    expect(selectionFocus(model, { kind: 'edge', id: 'x' })).toBeNull();
    expect(selectionFocus(model, { kind: 'agency', id: 'ag:不存在' })).toBeNull();
    expect(selectionFocus(model, null)).toBeNull();
  });
});
