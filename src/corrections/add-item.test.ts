import { describe, expect, it } from 'vitest';
import { parseNotice } from '../projects/parse-notice.ts';
import { applyCorrection, applyCorrections } from './apply.ts';
import { invert } from './invert.ts';
import type { AddItem } from './ops.ts';

const TEXT = [
  '青岭市人民政府关于印发重点工作分工方案的通知',
  '一、扩大开放',
  '（一）推进口岸建设。加快通关便利化（市商务局牵头研究）并推进落实。',
  '（二）完善物流体系。建设物流园区。（市交通运输局负责）',
].join('\n');

const model = parseNotice(TEXT);
const passage = '（市商务局牵头研究）';
const start = TEXT.indexOf(passage);
const op: AddItem = {
  type: 'addItem',
  marker: { start, end: start + passage.length, text: passage },
  leads: ['市商务局'],
  cooperators: ['青岭海关'],
  responsible: [],
};

describe('addItem', () => {
  it('starts from a passage the parser flagged as not read', () => {
    expect(model.diagnostics.find((d) => d.code === 'UNREAD_MARKER')).toMatchObject({
      offset: start,
      end: op.marker.end,
    });
    expect(model.items).toHaveLength(1);
  });

  it('makes the passage an item of its task, in document order, with its names marked in the text', () => {
    const out = applyCorrection(model, op);
    if (!out.ok) throw new Error(out.reason);
    const [added, parsed] = out.model.items;
    expect(parsed?.id).toBe('item-1');
    expect(added).toMatchObject({
      id: 'item-x' + start,
      taskId: model.tasks[0]?.id,
      sectionId: model.sections[0]?.id,
    });
    const name = (id: string) => out.model.agencies.find((a) => a.id === id)?.name;
    expect(added?.leads.map(name)).toEqual(['市商务局']);
    expect(added?.cooperators.map(name)).toEqual(['青岭海关']);
    expect(added?.mentions.map((m) => [TEXT.slice(m.start, m.end), m.role])).toEqual([['市商务局', 'lead']]);
    expect(TEXT.slice(added?.start, added?.end)).toBe(TEXT.split('\n')[2]);
    expect(out.model.agencies.find((a) => a.name === '青岭海关')?.kind).toBe('central');
  });

  it('follows the passage when the text before it changed, and says so', () => {
    const moved = parseNotice(`附件\n${TEXT}`);
    const out = applyCorrection(moved, op);
    if (!out.ok) throw new Error(out.reason);
    expect(out.note).toMatch(/moved/);
    expect(out.caveats).toEqual([{ code: 'passage-moved' }]);
    expect(out.model.items[0]?.marker.start).toBe(start + 3);
  });

  it('is refused when the passage is gone, or read as an item already', () => {
    expect(applyCorrection(parseNotice(TEXT.replace(passage, '')), op)).toMatchObject({
      ok: false,
      code: 'item-missing',
    });
    const readNow = parseNotice(TEXT.replace('牵头研究', '牵头'));
    const shifted = { ...op, marker: { ...op.marker, end: op.marker.end - 2, text: '（市商务局牵头）' } };
    expect(applyCorrection(readNow, shifted)).toMatchObject({ ok: false, code: 'item-exists' });
    expect(applyCorrection(model, { ...op, leads: [], cooperators: [] })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });

  it('is undone exactly: the item and the agency it created leave', () => {
    const out = applyCorrection(model, op);
    if (!out.ok) throw new Error(out.reason);
    const undo = invert(op, model);
    expect(undo?.added).toHaveLength(1);
    const back = applyCorrections(out.model, [undo!]);
    expect(back.model.items).toEqual(model.items);
    expect(back.model.agencies).toEqual(model.agencies);
  });
});
