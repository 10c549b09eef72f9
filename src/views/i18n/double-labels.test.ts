// One language at a time: no view may show a double label ("布局 Layout", "Export 导出"). The words live
// in the message catalogue (this folder); this scan fails, naming file and line, when a view's string
// or JSX text pairs a Chinese word with an English one again. Notice content (a sample of a notice, an
// agency's name) may be Chinese in any language: such lines are allowed below, each with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const VIEWS = new URL('..', import.meta.url).pathname;

/** Chinese then an English word, or an English word then Chinese, in one run of text. */
const DOUBLE_LABEL = [/[\u4e00-\u9fff]+[)）]?\s+[A-Za-z][a-z]+/, /\b[A-Z][a-z]+\s+[\u4e00-\u9fff]/];

/** Deliberate exceptions: file, a piece of the line, and why it may stay. */
const ALLOWED: readonly { file: string; line: string; why: string }[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The file's lines with comments blanked (line numbers kept), so explanations in comments may gloss. */
function codeLines(text: string): string[] {
  const blanked = text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return blanked.split('\n');
}

function offenders(): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(VIEWS)) {
    const file = relative(VIEWS, path);
    codeLines(readFileSync(path, 'utf8')).forEach((line, at) => {
      if (!DOUBLE_LABEL.some((pattern) => pattern.test(line))) return;
      if (ALLOWED.some((a) => a.file === file && line.includes(a.line))) return;
      found.push(`${file}:${at + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('the views', () => {
  it('show no double labels: every word comes from the catalogue, in one language', () => {
    expect(offenders()).toEqual([]);
  });

  it('would notice one', () => {
    for (const label of [
      '<span>布局 Layout</span>',
      "label: '项目 Projects'",
      'Export 导出',
      "'Labels 标签'",
    ])
      expect(
        DOUBLE_LABEL.some((pattern) => pattern.test(label)),
        label,
      ).toBe(true);
    for (const words of [
      "placeholder: '搜索：商务厅 · swt'",
      "'Search: 商务厅 · swt · fagai'",
      '{m.graph.layout}',
    ])
      expect(
        DOUBLE_LABEL.some((pattern) => pattern.test(words)),
        words,
      ).toBe(false);
  });

  it('allows only exceptions still needed', () => {
    const files = new Map(
      sourceFiles(VIEWS).map((path) => [relative(VIEWS, path), readFileSync(path, 'utf8')]),
    );
    for (const allowed of ALLOWED)
      expect(files.get(allowed.file) ?? '', allowed.file).toContain(allowed.line);
  });
});
