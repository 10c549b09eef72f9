// Wrapping labels without a browser: Chinese breaks between any two characters, at most so many lines.
import { describe, expect, it } from 'vitest';
import { textWidth, wrapLines } from './text-fit.ts';

describe('wrapLines', () => {
  it('breaks a section title over the width of its band, whole', () => {
    expect(wrapLines('5. 提升城市承载能力', 12, 42, 4)).toEqual(['5. 提', '升城市', '承载能', '力']);
    for (const line of wrapLines('7. 加强生态建设和环境保护', 12, 114, 4))
      expect(textWidth(line, 12)).toBeLessThanOrEqual(114);
  });

  it('cuts the last line with an ellipsis when the text runs past the lines allowed', () => {
    expect(wrapLines('一二三四五六七八九十', 10, 30, 2)).toEqual(['一二三', '四五…']);
  });

  it('keeps a short text on one line', () => {
    expect(wrapLines('商务厅', 13, 100, 2)).toEqual(['商务厅']);
  });
});
