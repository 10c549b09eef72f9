import { describe, expect, it } from 'vitest';
import { readExportArgs } from './export-args.ts';

describe('readExportArgs', () => {
  it('reads the notice, view, format, language, title and output', () => {
    expect(
      readExportArgs([
        'n.txt',
        '--view',
        'matrix',
        '--format=pdf',
        '--lang',
        'en',
        '--title',
        'T',
        '-o',
        'm.pdf',
      ]),
    ).toEqual({
      kind: 'run',
      input: 'n.txt',
      view: 'matrix',
      format: 'pdf',
      lang: 'en',
      output: 'm.pdf',
      title: 'T',
    });
    expect(
      readExportArgs(['n.txt', '--view', 'graph', '--format', 'svg', '--output', 'g.svg']),
    ).toMatchObject({
      lang: 'zh',
      title: null,
    });
  });

  it('says what is wrong', () => {
    const message = (argv: string[]) => {
      const c = readExportArgs(argv);
      return c.kind === 'usage-error' ? c.message : c.kind;
    };
    expect(message(['--view', 'graph', '--format', 'svg', '-o', 'x'])).toBe('no notice file given');
    expect(message(['a', 'b', '--view', 'graph', '--format', 'svg', '-o', 'x'])).toBe(
      'one notice file at a time',
    );
    expect(message(['a', '--format', 'svg', '-o', 'x'])).toBe('--view is required');
    expect(message(['a', '--view', 'graph', '-o', 'x'])).toBe('--format is required');
    expect(message(['a', '--view', 'graph', '--format'])).toBe('--format needs a value');
    expect(message(['a', '--view', 'graph', '--format', 'svg', '--dpi', '3'])).toBe('unknown option "--dpi"');
    expect(message(['a', '--help'])).toBe('help');
  });
});
