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
      scale: 2,
      transparent: false,
      paper: 'A4',
      orientation: null,
      outlineText: false,
      layout: 'force',
    });
    expect(
      readExportArgs(['n.txt', '--view', 'graph', '--format', 'svg', '--output', 'g.svg']),
    ).toMatchObject({
      lang: 'zh',
      title: null,
    });
  });

  it('reads the PNG scale and background, the PDF paper and orientation', () => {
    expect(
      readExportArgs([
        'n.txt',
        '--view=ranking',
        '--format=png',
        '--scale=3.5',
        '--background',
        'transparent',
        '-o',
        'r.png',
      ]),
    ).toMatchObject({ scale: 3.5, transparent: true });
    expect(
      readExportArgs([
        'n.txt',
        '--view=coassignment',
        '--format=pdf',
        '--paper=a3',
        '--orientation=landscape',
        '-o',
        'c.pdf',
      ]),
    ).toMatchObject({ paper: 'A3', orientation: 'landscape' });
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
    const png = ['a', '--view', 'graph', '--format', 'png', '-o', 'x.png'];
    expect(message([...png, '--scale', '5'])).toBe('--scale takes a number from 1 to 4, not "5"');
    expect(message([...png, '--scale', '2x'])).toBe('--scale takes a number from 1 to 4, not "2x"');
    expect(message([...png, '--background', 'black'])).toBe(
      'unknown background "black" (known: white, transparent)',
    );
    expect(message([...png, '--paper', 'A3'])).toBe('--paper is for --format pdf');
    const pdf = ['a', '--view', 'matrix', '--format', 'pdf', '-o', 'x.pdf'];
    expect(message([...pdf, '--paper', 'letter'])).toBe('unknown paper "letter" (known: A4, A3)');
    expect(message([...pdf, '--orientation', 'up'])).toBe(
      'unknown orientation "up" (known: portrait, landscape)',
    );
    expect(message([...pdf, '--scale', '3'])).toBe('--scale is for --format png');
    expect(
      message(['a', '--view', 'briefing', '--format', 'pdf', '--orientation', 'portrait', '-o', 'b.pdf']),
    ).toMatch(/leave out --orientation/);
    expect(message(['a', '--view', 'graph', '--format', 'pptx', '-o', 'b.pptx'])).toBe(
      'a PowerPoint deck is the whole briefing: use --view briefing',
    );
    const deck = ['a', '--view', 'briefing', '--format', 'pptx', '-o', 'b.pptx'];
    expect(message([...deck, '--paper', 'A3'])).toBe('--paper is for --format pdf');
    expect(message([...deck, '--title', 'x'])).toMatch(/leave out --title/);
    expect(readExportArgs([...deck, '--lang', 'en'])).toMatchObject({
      kind: 'run',
      format: 'pptx',
      lang: 'en',
    });
  });

  it('lays the network out by force or in layers, and only the network', () => {
    const graph = ['n.txt', '--view', 'graph', '--format', 'svg', '-o', 'g.svg'];
    expect(readExportArgs(graph)).toMatchObject({ kind: 'run', layout: 'force' });
    expect(readExportArgs([...graph, '--layout', 'layered'])).toMatchObject({
      kind: 'run',
      layout: 'layered',
    });
    expect(readExportArgs([...graph, '--layout=circle'])).toEqual({
      kind: 'usage-error',
      message: 'unknown layout "circle" (known: force, layered)',
    });
    expect(
      readExportArgs(['n.txt', '--view', 'matrix', '--format', 'svg', '--layout', 'layered', '-o', 'm.svg']),
    ).toEqual({ kind: 'usage-error', message: '--layout is for --view graph' });
  });

  it('reads --outline-text for SVG only', () => {
    const svg = readExportArgs([
      'n.txt',
      '--view',
      'graph',
      '--format',
      'svg',
      '--outline-text',
      '-o',
      'g.svg',
    ]);
    expect(svg).toMatchObject({ kind: 'run', outlineText: true });
    expect(
      readExportArgs(['n.txt', '--view', 'graph', '--format', 'png', '--outline-text', '-o', 'g.png']),
    ).toEqual({
      kind: 'usage-error',
      message: '--outline-text is for --format svg',
    });
  });

  it('makes the Excel workbook from the matrix or ranking view only', () => {
    for (const view of ['matrix', 'ranking'])
      expect(readExportArgs(['n.txt', '--view', view, '--format', 'xlsx', '-o', 'w.xlsx'])).toMatchObject({
        kind: 'run',
        format: 'xlsx',
        view,
      });
    expect(readExportArgs(['n.txt', '--view', 'graph', '--format', 'xlsx', '-o', 'w.xlsx'])).toMatchObject({
      kind: 'usage-error',
    });
    expect(
      readExportArgs(['n.txt', '--view', 'matrix', '--format', 'xlsx', '--title', 'T', '-o', 'w.xlsx']),
    ).toMatchObject({ kind: 'usage-error' });
  });
});

describe('readExportArgs for the deadlines', () => {
  const base = ['n.txt', '--view', 'deadlines', '--format', 'png', '-o', 'd.png'];

  it('exports the deadlines, past due on a day given or today', () => {
    expect(readExportArgs(base)).toMatchObject({ kind: 'run', view: 'deadlines' });
    expect(readExportArgs(base)).not.toHaveProperty('asOf');
    expect(readExportArgs([...base, '--as-of', '2015-01-01'])).toMatchObject({
      kind: 'run',
      asOf: '2015-01-01',
    });
  });

  it('refuses a day that is not one, and --as-of for another view', () => {
    expect(readExportArgs([...base, '--as-of', '2015-02-30'])).toEqual({
      kind: 'usage-error',
      message: '--as-of takes a day as YYYY-MM-DD, not "2015-02-30"',
    });
    expect(
      readExportArgs([
        'n.txt',
        '--view',
        'ranking',
        '--format',
        'png',
        '--as-of',
        '2015-01-01',
        '-o',
        'r.png',
      ]),
    ).toEqual({ kind: 'usage-error', message: '--as-of is for --view deadlines' });
  });
});
