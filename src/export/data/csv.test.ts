import { describe, expect, it } from 'vitest';
import { csvCell, csvTable } from './csv.ts';

describe('csvCell', () => {
  it('leaves plain text, numbers and booleans alone', () => {
    expect(csvCell('自治区商务厅')).toBe('自治区商务厅');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('guards %j against formula injection', (value) => {
    expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
  });

  it('guards and quotes together', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('csvTable', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(csvTable(['a', 'b'], [['1', null]])).toBe('\uFEFFa,b\r\n1,\r\n');
  });
});
