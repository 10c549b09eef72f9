import { describe, expect, it } from 'vitest';
import { hitTest } from './matrix-hit.ts';

const frame = { left: 200, top: 150, cellWidth: 20, cellHeight: 24, rows: 45, columns: 29 };

describe('hitTest', () => {
  it('finds the cell under the pointer, scrolled or not', () => {
    expect(hitTest(frame, 205, 155, 0, 0)).toEqual({ region: 'body', position: 0, column: 0 });
    expect(hitTest(frame, 205, 155, 40, 48)).toEqual({ region: 'body', position: 2, column: 2 });
  });

  it('keeps the heads where they stick: row heads ignore horizontal scroll, column heads vertical', () => {
    expect(hitTest(frame, 50, 160, 400, 24)).toEqual({ region: 'rows', position: 1 });
    expect(hitTest(frame, 230, 20, 20, 500)).toEqual({ region: 'columns', column: 2 });
    expect(hitTest(frame, 50, 20, 0, 0)).toBeNull();
  });

  it('answers a row without a column over the totals, and nothing below the last row', () => {
    expect(hitTest(frame, 200 + 29 * 20 + 30, 160, 0, 0)).toEqual({
      region: 'body',
      position: 0,
      column: null,
    });
    expect(hitTest(frame, 210, 150 + 45 * 24 + 5, 0, 0)).toBeNull();
  });
});
