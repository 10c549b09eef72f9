import { describe, expect, it } from 'vitest';
import type { NoticeModel } from '../notice/model.ts';
import { asNoticeId } from '../workspace/notice-id.ts';
import type { NoticeRecord } from '../workspace/records.ts';
import { modelKey, parseInputOf, sourceSize, withModels } from './model-cache.ts';

const record: NoticeRecord = {
  id: asNoticeId('n1'),
  name: '方案',
  fileName: 'a.txt',
  format: 'text',
  source: { kind: 'bytes', bytes: new Uint8Array([1, 2, 3]) },
  encoding: 'gb18030',
  addedAt: '2024-05-06T07:08:09.000Z',
  updatedAt: '2024-05-06T07:08:09.000Z',
};
const model = (title: string) => ({ notice: { title } }) as NoticeModel;

describe('model keys', () => {
  it('name the source, not the corrections or the name, so a rename does not parse again', () => {
    expect(modelKey(record)).toBe(modelKey({ ...record, name: 'x', updatedAt: '2025-01-01T00:00:00.000Z' }));
    expect(modelKey(record)).not.toBe(modelKey({ ...record, addedAt: '2025-01-01T00:00:00.000Z' }));
    expect(sourceSize({ ...record, source: { kind: 'text', text: 'abc' } })).toBe(6);
  });

  it('hand the parser the bytes or text and the reader, not the file name', () => {
    expect(parseInputOf(record)).toEqual({
      input: record.source.kind === 'bytes' && record.source.bytes,
    });
    expect(parseInputOf({ ...record, fileName: null, source: { kind: 'text', text: 't' } })).toEqual({
      input: 't',
    });
  });
});

describe('withModels', () => {
  it('adds models and forgets the oldest out of view beyond the spare ones', () => {
    let cache: ReadonlyMap<string, NoticeModel> = new Map();
    cache = withModels(
      cache,
      [
        ['a', model('a')],
        ['b', model('b')],
        ['c', model('c')],
      ],
      new Set(['c']),
      1,
    );
    expect([...cache.keys()]).toEqual(['b', 'c']);
    const before = cache;
    cache = withModels(cache, [['d', model('d')]], new Set(['b', 'd']), 0);
    expect([...cache.keys()]).toEqual(['b', 'd']);
    expect([...before.keys()]).toEqual(['b', 'c']);
  });
});
