// Wrapping labels without a browser: Chinese breaks between any two characters, at most so many lines.
import { describe, expect, it } from 'vitest';
import { breakText, fitText, joinList, textWidth, wrapLines } from './text-fit.ts';

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

/** The lines put back together: a line ending in a hyphen runs on into the next. */
const rejoin = (lines: readonly string[]) =>
  lines.reduce((all, line) => (all === '' ? line : all.endsWith('-') ? all + line : `${all} ${line}`), '');

describe('breakText in English', () => {
  const text =
    'Department of Housing and Urban-Rural Development, Department of Environmental Protection, Entry-Exit Inspection and Quarantine Bureau';

  it('ends no line inside a word, at any width', () => {
    for (let width = 60; width <= 400; width += 7) {
      const lines = breakText(text, 12, width);
      // Nothing lost, nothing added but hyphens where a too-long word was hyphenated.
      expect(rejoin(lines).replace(/-/g, '')).toBe(text.replace(/-/g, ''));
      let at = 0;
      for (const line of lines) {
        expect(line).toBe(line.trim());
        const body =
          line.endsWith('-') && text[text.indexOf(line, at) + line.length - 1] !== '-'
            ? line.slice(0, -1)
            : line;
        at = text.indexOf(body, at);
        expect(at).toBeGreaterThanOrEqual(0);
        const next = text[at + body.length];
        // A line ends at a space, after a hyphen, at the end, or is visibly hyphenated.
        expect(next === undefined || next === ' ' || body.endsWith('-') || body !== line).toBe(true);
        at += body.length;
      }
    }
  });

  it('breaks after a hyphen inside a compound, and wraps "Development" whole', () => {
    expect(breakText('Housing and Urban-Rural Development', 12, 130)).toEqual([
      'Housing and Urban-',
      'Rural Development',
    ]);
    const table = breakText('Economy and Information Technology Commission', 12, 110);
    expect(
      table.every((line) => line.split(' ').every((w) => text.includes(w) || /^[A-Za-z]+$/.test(w))),
    ).toBe(true);
    expect(table).not.toContain('Developmen');
  });

  it('hyphenates a word wider than the column, visibly', () => {
    const lines = breakText('Intergovernmentalism', 12, 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Intergovernmentalism');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });

  it('still breaks Chinese between characters, and starts no line with a closing mark', () => {
    expect(breakText('自治区发展改革委牵头', 10, 50)).toEqual(['自治区发展', '改革委牵头']);
    for (const line of breakText('满洲里公路口岸、二卡口岸，阿日哈沙特口岸。', 10, 60))
      expect(/^[、，。）》]/.test(line)).toBe(false);
  });

  it('keeps English words whole when the last line is cut', () => {
    expect(wrapLines('Department of Housing and Urban-Rural Development', 12, 160, 2)).toEqual([
      'Department of Housing',
      'and Urban-Rural…',
    ]);
    expect(fitText('Economy and Information Technology Commission', 12, 150)).toBe('Economy and…');
  });
});

describe('joinList', () => {
  it('joins with a comma in English and 、 in Chinese', () => {
    expect(joinList(['Department of Finance', 'Manzhouli Customs'], 'en')).toBe(
      'Department of Finance, Manzhouli Customs',
    );
    expect(joinList(['财政厅', '满洲里海关'], 'zh')).toBe('财政厅、满洲里海关');
    expect(joinList([], 'en')).toBe('');
  });
});
