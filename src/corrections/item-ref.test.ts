import { describe, expect, it } from 'vitest';
import type { NoticeModel } from '../notice/model.ts';
import { itemRef, itemTextHash, resolveItem } from './item-ref.ts';
import type { ItemRef } from './ops.ts';
import { SAMPLE_TEXT, item, sampleModel } from './sample-notice.fixture.ts';

describe('item references', () => {
  const model = sampleModel();
  const ref = itemRef(model, item(3)) as ItemRef;

  it('hash the item text, ignoring whitespace a parser may trim differently', () => {
    const first = model.items[2] as NoticeModel['items'][number];
    const wider = { ...first, end: first.end + 1 };
    expect(model.text[first.end]).toBe('\n');
    expect(itemTextHash(model, wider)).toBe(itemTextHash(model, first));
    expect(ref).toEqual({ assignmentId: item(3), textHash: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(itemRef(model, item(99))).toBeNull();
  });

  it('resolve at the id when the text matches', () => {
    expect(resolveItem(model, ref)).toEqual({ ok: true, index: 2 });
  });

  it('follow the text to its new id when items were renumbered', () => {
    const moved = sampleModel(
      SAMPLE_TEXT.replace('二、扩大开放', '（新）新增事项。补充内容。（自治区商务厅负责）\n二、扩大开放'),
    );
    expect(resolveItem(moved, ref)).toEqual({ ok: true, index: 3, movedTo: item(4) });
  });

  it('report an item whose text changed, is gone, or is there twice', () => {
    const edited = sampleModel(SAMPLE_TEXT.replace('稳定外贸。', '稳定外贸规模。'));
    expect(resolveItem(edited, ref)).toMatchObject({ ok: false, code: 'item-changed' });
    const shorter = sampleModel(SAMPLE_TEXT.replace(/（三）[^\n]*\n/, ''));
    expect(resolveItem(shorter, { ...ref, assignmentId: item(9) })).toMatchObject({
      ok: false,
      code: 'item-missing',
    });
    const line = SAMPLE_TEXT.split('\n')[5] as string;
    const twice = sampleModel(SAMPLE_TEXT.replace(line, `${line}\n${line}`));
    expect(resolveItem(twice, { ...ref, assignmentId: item(9) })).toMatchObject({
      ok: false,
      code: 'item-ambiguous',
    });
  });
});
