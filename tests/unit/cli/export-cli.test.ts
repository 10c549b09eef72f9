// `npm run export` end to end on the Manzhouli notice: spawn it as a user would, then read the files
// back — the PDF's text with pdftotext, its fonts with pdffonts, the SVG's labels, the PNG's size and
// pixels — and check the one-line messages and exit code 2 for bad usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { decodePng, inkShare, pixel } from '../export/png-pixels.ts';

const SEED = 'seeds/manzhouli-pilot-zone-2014.txt';
const out = mkdtempSync(join(tmpdir(), 'fengong-export-'));

function runExport(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error('pdftotext is missing: apt-get install -y poppler-utils');
  return result.stdout;
}

describe('npm run export', { timeout: 60_000 }, () => {
  it('writes the matrix as a vector PDF with the title and every agency as text, in an embedded font', () => {
    const file = join(out, 'matrix.pdf');
    const { status, stderr } = runExport([SEED, '--view', 'matrix', '--format', 'pdf', '-o', file]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain('《内蒙古满洲里重点开发开放试验区建设总体规划》机构×任务分工矩阵');
    for (const name of ['发展改革委', '商务厅', '满洲里海关', '人民银行呼和浩特中心支行'])
      expect(text).toContain(name);
    expect(text).toContain('资料来源');
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
    // One subset per weight, tagged as PDF names subsets (ABCDEF+…): `emb yes sub yes`.
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts.trim().split('\n')).toHaveLength(2 + 2);
    // Only the glyphs the labels use: the whole font would be megabytes.
    expect(readFileSync(file).length).toBeLessThan(150_000);
  });

  it('writes the network as SVG with its labels as text and the font embedded', () => {
    const file = join(out, 'graph.svg');
    expect(runExport([SEED, '--view', 'graph', '--format', 'svg', '--lang', 'en', '-o', file]).status).toBe(
      0,
    );
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    // Parsed as XML: every label is the content of a <text> element.
    const labels: string[] = [];
    const open: string[] = [];
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => open.push(tag.name));
    parser.on('closetag', () => open.pop());
    parser.on('text', (t) => open.at(-1) === 'text' && labels.push(t));
    parser.write(svg).close();
    // English labels: the agencies' names in English, long ones on a few lines.
    for (const line of ['Development and', 'Reform Commission', 'Manzhouli Customs', 'Central Sub-branch'])
      expect(labels).toContain(line);
    expect(labels).not.toContain('发展改革委');
    expect(labels[0]).toMatch(/^Who does what: the agency–task network/);
    expect(svg).toContain('@font-face');
    // The font inline is a subset: the SVG stays a few hundred kilobytes, not megabytes of slices.
    expect(svg.length).toBeLessThan(400_000);
    expect(svg.match(/<text /g)?.length).toBeGreaterThan(45 + 29);
  });

  it('writes the ranking as a PNG at twice its size, not blank; transparent and larger when asked', () => {
    const file = join(out, 'ranking.png');
    expect(runExport([SEED, '--view', 'ranking', '--format', 'png', '-o', file]).status).toBe(0);
    const bytes = new Uint8Array(readFileSync(file));
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const png = decodePng(bytes);
    expect(png.width).toBeGreaterThan(1200);
    expect(png.height).toBeGreaterThan(1000);
    expect(pixel(png, 1, 1)).toEqual([255, 255, 255, 255]);
    expect(inkShare(png)).toBeGreaterThan(0.05);
    const clearFile = join(out, 'ranking-clear.png');
    const args = ['--view', 'ranking', '--format', 'png', '--scale', '3', '--background', 'transparent'];
    expect(runExport([SEED, ...args, '-o', clearFile]).status).toBe(0);
    const clear = decodePng(new Uint8Array(readFileSync(clearFile)));
    expect(clear.width).toBe((png.width / 2) * 3);
    expect(pixel(clear, 1, 1)[3]).toBe(0);
  });

  it('writes the briefing pack: cover, findings, both networks, matrix, loaded agencies and projects', () => {
    const file = join(out, 'briefing.pdf');
    expect(runExport([SEED, '--view', 'briefing', '--format', 'pdf', '-o', file]).status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, '');
    for (const words of [
      '分工情况简报',
      '主要发现',
      '任务分工网络',
      '机构协同网络',
      '机构×任务分工矩阵',
      '工作量最重的机构',
      '项目及其责任单位',
    ]) {
      expect(text).toContain(words);
    }
    // The findings in plain words; the agency in its column, how it compares with the typical one.
    expect(text).toContain('45个机构中的6个承担了全部负荷的52%');
    expect(text).toContain('自治区发展改革委95173878远高于一般机构：负荷78，为一般单位（7）的11倍');
    expect(text).toContain('满洲里—伊尔施铁路');
    // The task key beside the layered agency–task network.
    expect(text).toContain('29消除和减缓不良环境影响的措施');
  });

  it('writes the English briefing pack in English', () => {
    const file = join(out, 'briefing-en.pdf');
    const { status, stderr } = runExport([
      SEED,
      '--view',
      'briefing',
      '--format',
      'pdf',
      '--lang',
      'en',
      '-o',
      file,
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const text = pdfText(file);
    for (const words of [
      'What the figures say',
      'The most loaded agencies',
      'Projects and who answers for them',
    ])
      expect(text).toContain(words);
    expect(text.replace(/\s+/g, ' ')).toContain('Far above the typical agency: load 78');
  });

  it('writes the briefing as a PowerPoint deck in English: slides, tables, pictures and notes', () => {
    const file = join(out, 'briefing-en.pptx');
    const { status, stderr } = runExport([
      SEED,
      '--view',
      'briefing',
      '--format',
      'pptx',
      '--lang',
      'en',
      '-o',
      file,
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBeGreaterThanOrEqual(7);
    const slide = (n: number) => strFromU8(files[`ppt/slides/slide${n}.xml`]!);
    expect(slide(1)).toContain('内蒙古满洲里重点开发开放试验区建设总体规划');
    expect(slide(2)).toContain('What the figures say');
    expect(slide(2)).toContain('Development and Reform Commission');
    expect(slide(slides.length - 1)).toContain('<a:tbl>');
    expect(Object.keys(files).filter((f) => /^ppt\/media\/.+\.png$/.test(f)).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(strFromU8(files['ppt/notesSlides/notesSlide3.xml']!)).toContain('Source: ');
  });

  it('refuses a bad view, format, language or output path in one line with exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [[SEED, '--view', 'pie', '--format', 'pdf', '-o', join(out, 'x.pdf')], /unknown view "pie"/],
      [[SEED, '--view', 'graph', '--format', 'gif', '-o', join(out, 'x.gif')], /unknown format "gif"/],
      [
        [SEED, '--view', 'graph', '--format', 'svg', '--lang', 'fr', '-o', join(out, 'x.svg')],
        /unknown language/,
      ],
      [
        [SEED, '--view', 'graph', '--format', 'svg', '-o', '/no/such/folder/x.svg'],
        /folder .* does not exist/,
      ],
      [[SEED, '--view', 'briefing', '--format', 'png', '-o', join(out, 'x.png')], /briefing pack is a PDF/],
      [[SEED, '--view', 'matrix', '--format', 'pptx', '-o', join(out, 'x.pptx')], /use --view briefing/],
      [[SEED, '--view', 'graph', '--format', 'svg'], /-o <file> is required/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = runExport(args);
      expect(status).toBe(2);
      expect(stderr.split('\n')[0]).toMatch(message);
      expect(stderr.split('\n')[0]).toMatch(/^fengong-export: /);
    }
  });

  it('draws a notice with nothing assigned, saying why it is empty as npm run parse does', () => {
    const notice = join(out, 'no-assignments.txt');
    writeFileSync(notice, '这是一段没有分工的文字。\n');
    const file = join(out, 'empty.pdf');
    const { status, stderr } = runExport([notice, '--view', 'ranking', '--format', 'pdf', '-o', file]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/no-assignments\.txt:1:1: warning: No responsibility markers/);
    expect(pdfText(file)).toContain('机构工作量排名');
  });

  it('exits 1 naming the file it cannot read', () => {
    const { status, stderr } = runExport([
      'no-such-notice.txt',
      '--view',
      'matrix',
      '--format',
      'pdf',
      '-o',
      join(out, 'y.pdf'),
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('no-such-notice.txt');
  });
});
