// `npm run compare` end to end: spawn it as a user would, on the Manzhouli notice and a changed copy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARISON_CSV_HEADER } from '../../../src/compare/comparison-csv.ts';

const SEED = 'seeds/manzhouli-pilot-zone-2014.txt';

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/compare.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The seed with 发展改革委 written in full: the same notice, one body spelled another way. */
function respelledSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
  const path = join(dir, 'respelled.txt');
  writeFileSync(path, readFileSync(SEED, 'utf8').replaceAll('发展改革委', '发展和改革委员会'));
  return path;
}

describe('npm run compare', { timeout: 60_000 }, () => {
  it('prints the comparison as JSON', () => {
    const { status, stdout, stderr } = runCli([SEED, respelledSeed()]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.format).toBe('fengong-atlas/comparison');
    expect(data.items.pairs).toHaveLength(77);
    expect(data.items.added).toEqual([]);
    const ndrc = data.agencies.find((r: { namesA: string[] }) => r.namesA.includes('自治区发展改革委'));
    expect(ndrc).toMatchObject({ rule: 'same-body', namesB: ['自治区发展和改革委员会'], change: 0 });
  });

  it('writes CSV with a BOM to a file with -o', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'compare-cli-')), 'comparison.csv');
    const { status, stdout } = runCli([SEED, respelledSeed(), '--format', 'csv', '-o', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith(`\uFEFF${COMPARISON_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain('\r\nagency,same-body,自治区发展改革委,自治区发展和改革委员会,,,78,78,0,');
    expect(csv.split('\r\n').filter((l) => l.startsWith('item,same,'))).toHaveLength(77);
  });

  it('exits 2 with the usage line when not given two notices or given a bad option', () => {
    for (const args of [[SEED], [SEED, SEED, '--format', 'xml'], [SEED, SEED, '--verbose'], ['-', '-']]) {
      const { status, stdout, stderr } = runCli(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^fengong-compare: .+\nusage: npm run compare -- /);
    }
  });

  it('exits 1 with one line when a notice cannot be read', () => {
    const { status, stderr } = runCli([SEED, 'no-such-notice.txt']);
    expect(status).toBe(1);
    expect(stderr).toBe('fengong-compare: cannot read "no-such-notice.txt": no such file\n');
  });
});
