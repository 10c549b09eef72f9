// English words take straight quotes and apostrophes. The interface's and the exports' font, Noto Sans
// SC, draws ’ ‘ “ ” full-width, as Chinese sets them: "agency’s" showed as "agency’ s" on screen and in
// the English PDF and slides. This scan fails, naming file and line, when a string literal whose words
// are English holds a curly quote again, around Chinese words too. Chinese strings keep their “”: a
// literal counts as English when, its quoted words aside, it has English words and no Chinese. Only
// string literals are read: the views' words live in the catalogue, not in JSX text, and a template
// broken over lines is read line by line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../', import.meta.url).pathname;
const CURLY = /[‘’“”]/;
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const QUOTED = /“[^”]*”|‘[^’]*’/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The contents of the string literals ('…', "…", `…`) that start on a line; comments are not read. */
function literals(line: string): string[] {
  const found: string[] = [];
  let quote: string | null = null;
  let text = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote === null) {
      if (c === '/' && line[i + 1] === '/') break;
      if (c === "'" || c === '"' || c === '`') {
        quote = c;
        text = '';
      }
    } else if (c === '\\') {
      text += line.slice(i, i + 2);
      i++;
    } else if (c === quote) {
      found.push(text);
      quote = null;
    } else text += c;
  }
  if (quote !== null) found.push(text);
  return found;
}

function isEnglishWithCurlyQuote(literal: string): boolean {
  if (!CURLY.test(literal)) return false;
  const rest = literal.replace(QUOTED, '');
  return !CJK.test(rest) && /[A-Za-z]{3,}/.test(rest);
}

describe('English words and quotes', () => {
  it('tells English literals with curly quotes from Chinese ones and from quoted Chinese', () => {
    expect(literals(`a: 'One agency’s tasks', b: \`“\${x}”的机构\` // the “notice”`)).toEqual([
      'One agency’s tasks',
      '“${x}”的机构',
    ]);
    expect(isEnglishWithCurlyQuote('One agency’s tasks')).toBe(true);
    expect(isEnglishWithCurlyQuote('Section 4, “打造沿边地区新的经济增长极”, holds')).toBe(true);
    expect(isEnglishWithCurlyQuote('Section 4, "打造沿边地区新的经济增长极", holds')).toBe(false);
    expect(isEnglishWithCurlyQuote('保留“${name}”')).toBe(false);
    expect(isEnglishWithCurlyQuote("One agency's tasks")).toBe(false);
  });

  it('has no English string literal with a curly quote in the app, the core or the exports', () => {
    const found: string[] = [];
    for (const path of sourceFiles(SRC)) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, at) => {
          if (line.trimStart().startsWith('*') || line.trimStart().startsWith('/*')) return;
          if (literals(line).some(isEnglishWithCurlyQuote))
            found.push(`${relative(SRC, path)}:${at + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
