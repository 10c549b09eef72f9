import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../worker/protocol.ts';
import { asNoticeId } from '../workspace/notice-id.ts';
import {
  addedAt,
  importBatches,
  noticeRecordFor,
  pastedName,
  shortNoticeName,
  readsAsNotice,
  tallyImport,
  type ImportedNotice,
} from './import-batches.ts';

const summary = {
  title: '',
  encoding: 'gb18030',
  sections: 1,
  tasks: 1,
  items: 1,
  agencies: 2,
  warnings: [],
};

describe('importBatches', () => {
  it('groups files in order, within a byte and a file limit; a large file goes alone', () => {
    const files = [3, 3, 3, 10, 1, 1, 1, 1].map((size, i) => ({ size, i }));
    const batches = [...importBatches(files, 8, 3)].map((b) => b.map((f) => f.i));
    expect(batches).toEqual([[0, 1], [2], [3], [4, 5, 6], [7]]);
    expect([...importBatches([], 8, 3)]).toEqual([]);
  });

  it('asks for a file size only when its batch is formed', () => {
    const asked: number[] = [];
    const files = [1, 2, 3, 4].map((i) => ({
      get size() {
        asked.push(i);
        return 1;
      },
    }));
    const batches = importBatches(files, 100, 2);
    batches.next();
    expect(asked).toEqual([1, 2, 3]);
  });
});

describe('noticeRecordFor', () => {
  const gbk: ImportedNotice = {
    ok: true,
    name: '分工方案.txt',
    format: 'text',
    source: { kind: 'bytes', bytes: new Uint8Array([1]) },
    summary: { ...summary, title: '自治区人民政府办公厅关于印发《口岸建设方案》重点工作分工的通知' },
  };

  it('names a notice by the plan its title names, keeps the file name and the encoding found', () => {
    const record = noticeRecordFor(gbk, asNoticeId('n1'), '2024-05-06T07:08:09.000Z');
    expect(record).toMatchObject({
      id: 'n1',
      name: '《口岸建设方案》重点工作分工',
      fileName: '分工方案.txt',
      format: 'text',
      encoding: 'gb18030',
      addedAt: '2024-05-06T07:08:09.000Z',
      updatedAt: '2024-05-06T07:08:09.000Z',
    });
    expect(record.source).toBe(gbk.source);
  });

  it('falls back to the file name without its extension, and keeps no file name for pasted text', () => {
    const untitled = { ...gbk, summary };
    expect(noticeRecordFor(untitled, asNoticeId('n2'), 'x').name).toBe('分工方案');
    const pasted: ImportedNotice = { ...untitled, name: 'Pasted text', format: 'paste' };
    expect(noticeRecordFor(pasted, asNoticeId('n3'), 'x')).toMatchObject({
      name: 'Pasted text',
      fileName: null,
    });
  });
});

describe('names and stamps', () => {
  it('shortens the genre title to the plan it hands out, and leaves other titles whole', () => {
    expect(
      shortNoticeName(
        '内蒙古自治区人民政府办公厅关于印发《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案的通知',
      ),
    ).toBe('《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案');
    expect(shortNoticeName('市政府关于加快发展的通知')).toBe('加快发展');
    expect(shortNoticeName(' 重点工作分工方案 ')).toBe('重点工作分工方案');
  });

  it('stamps each notice of an import a millisecond after the one before, to keep their order', () => {
    const start = new Date('2024-05-06T07:08:09.998Z');
    expect([0, 1, 2].map((i) => addedAt(start, i))).toEqual([
      '2024-05-06T07:08:09.998Z',
      '2024-05-06T07:08:09.999Z',
      '2024-05-06T07:08:10.000Z',
    ]);
    expect(pastedName(new Date(2024, 4, 6, 7, 8))).toBe('Pasted text 2024-05-06 07:08');
  });

  it('tallies what an import did', () => {
    const outcomes: ImportOutcome[] = [
      { ok: true, name: 'a', format: 'text', source: { kind: 'text', text: '' }, summary },
      {
        ok: true,
        name: 'b',
        format: 'docx',
        source: { kind: 'text', text: '' },
        summary: { ...summary, warnings: ['No markers'] },
      },
      { ok: false, name: 'c.doc', error: 'old format' },
    ];
    expect(tallyImport(outcomes)).toEqual({ imported: 2, withWarnings: 1, failed: 1, held: 0 });
    // A text held back as no notice is neither imported nor failed.
    expect(tallyImport(outcomes, new Set(['b']))).toEqual({
      imported: 1,
      withWarnings: 0,
      failed: 1,
      held: 1,
    });
  });

  it('reads as a notice only with a section, a task or a marker', () => {
    expect(readsAsNotice({ sections: 0, tasks: 0, items: 0 })).toBe(false);
    expect(readsAsNotice({ sections: 0, tasks: 0, items: 1 })).toBe(true);
    expect(readsAsNotice({ sections: 3, tasks: 0, items: 0 })).toBe(true);
  });
});
