import { describe, expect, it } from 'vitest';
import { escapeXml, xmlAttributes } from './xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`"A&B<测试>"'`)).toBe('&quot;A&amp;B&lt;测试&gt;&quot;&apos;');
  });

  it('keeps line breaks and tabs as character references so attributes keep them', () => {
    expect(escapeXml('a\nb\tc\r')).toBe('a&#10;b&#9;c&#13;');
  });

  it('drops characters XML 1.0 cannot carry and keeps surrogate pairs', () => {
    expect(escapeXml('a\u0001b\u000Bc\uFFFF')).toBe('abc');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('𠀀')).toBe('𠀀');
  });
});

describe('xmlAttributes', () => {
  it('writes escaped pairs in order and leaves out null values', () => {
    expect(xmlAttributes({ id: 'a"1', weight: 2, label: null })).toBe(' id="a&quot;1" weight="2"');
  });
});
