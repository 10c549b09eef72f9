import { describe, expect, it } from 'vitest';
import { paramValue, readColumnMode, readRowOrder } from './matrix-params.ts';

describe('matrix settings in the address', () => {
  it('reads the column mode and row order, falling back to tasks and load', () => {
    expect(readColumnMode({})).toBe('task');
    expect(readColumnMode({ mcols: 'section' })).toBe('section');
    expect(readColumnMode({ mcols: 'rows' })).toBe('task');
    expect(readRowOrder({ morder: 'cluster' }, 'morder')).toBe('cluster');
    expect(readRowOrder({ morder: 'pinyin' }, 'morder')).toBe('load');
    expect(readRowOrder({ morder: 'name' }, 'corder')).toBe('load');
  });

  it('leaves defaults out of the address', () => {
    expect(paramValue('task', 'task')).toBeNull();
    expect(paramValue('item', 'task')).toBe('item');
  });
});
