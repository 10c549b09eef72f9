// `npm run export` end to end on the Manzhouli notice: spawn it as a user would, then read the files
// back — the PDF's text with pdftotext, its fonts with pdffonts, the SVG's labels, the PNG's size and
// pixels — and check the one-line messages and exit code 2 for bad usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';

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

/** Width, height and the share of pixels that are not the first pixel's colour (8-bit RGBA PNGs). */
function pngFacts(bytes: Uint8Array): { width: number; height: number; inked: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const joined = new Uint8Array(idat.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of idat) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  const raw = unzlibSync(joined);
  const stride = width * 4 + 1;
  // Filter bytes aside, a pixel differing from the paper in any channel shows up as a non-zero
  // difference under every PNG filter except on flat runs; count rows that hold any such byte.
  let inkedRows = 0;
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * stride + 1, (y + 1) * stride);
    if (row.some((b, i) => i > 3 && b !== 0 && b !== 255)) inkedRows++;
  }
  return { width, height, inked: inkedRows / height };
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
    expect(svg).toMatch(/<text [^>]*>发展改革委<\/text>|>发展改革委</);
    expect(svg).toContain('Who does what: the agency–task network');
    expect(svg).toContain('@font-face');
    // The font inline is a subset: the SVG stays a few hundred kilobytes, not megabytes of slices.
    expect(svg.length).toBeLessThan(400_000);
    expect(svg.match(/<text /g)?.length).toBeGreaterThan(45 + 29);
  });

  it('writes the ranking as a PNG at twice its size, not blank', () => {
    const file = join(out, 'ranking.png');
    expect(runExport([SEED, '--view', 'ranking', '--format', 'png', '-o', file]).status).toBe(0);
    const bytes = new Uint8Array(readFileSync(file));
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const { width, height, inked } = pngFacts(bytes);
    expect(width).toBeGreaterThan(1200);
    expect(height).toBeGreaterThan(1000);
    expect(inked).toBeGreaterThan(0.3);
  });

  it('writes the briefing pack: cover, network, matrix, loaded agencies and projects', () => {
    const file = join(out, 'briefing.pdf');
    expect(runExport([SEED, '--view', 'briefing', '--format', 'pdf', '-o', file]).status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, '');
    for (const words of [
      '分工情况简报',
      '机构协同网络',
      '机构×任务分工矩阵',
      '工作量最重的机构',
      '项目及其责任单位',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain('自治区发展改革委：牵头9项，参与51项，覆盖全部7个部分');
    expect(text).toContain('满洲里—伊尔施铁路');
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
      [[SEED, '--view', 'graph', '--format', 'svg'], /-o <file> is required/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = runExport(args);
      expect(status).toBe(2);
      expect(stderr.split('\n')[0]).toMatch(message);
      expect(stderr.split('\n')[0]).toMatch(/^fengong-export: /);
    }
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
