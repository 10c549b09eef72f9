// The CLI end to end: spawn it as a user would and check stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'seeds/manzhouli-pilot-zone-2014.txt';

function runCli(args: string[], stdin?: Uint8Array) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/parse.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run parse', { timeout: 30_000 }, () => {
  it('prints the seed as JSON: 7 sections, 29 tasks, 77 assignments, 45 agencies', () => {
    const { status, stdout } = runCli([SEED]);
    expect(status).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.format).toBe('fengong-atlas/notice');
    expect(data.sections).toHaveLength(7);
    expect(data.tasks).toHaveLength(29);
    expect(data.assignments).toHaveLength(77);
    expect(data.agencies).toHaveLength(45);
    expect(data.notice.published).toBe('2014-02-26');
  });

  it('reads stdin for - and prints the chosen format', () => {
    const { status, stdout } = runCli(['-', '--format', 'csv'], readFileSync(SEED));
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFFsection,task,item_id,item_title,role,agency,')).toBe(true);
    expect(stdout).toContain('\r\n一、推进体制机制改革创新,（一）创新口岸管理服务体系,');
  });

  it('prints warnings to stderr as file:line:column: level: message', () => {
    const text = '关于印发分工方案的通知\n一、总则\n（一）任务。做好工作。（牵头）\n';
    const { status, stderr } = runCli(['-'], new TextEncoder().encode(text));
    expect(status).toBe(0);
    // The marker names a role but no agency: the parser warns at the marker, on line 3.
    expect(stderr).toMatch(/^<stdin>:3:\d+: warning: \S/);
    for (const line of stderr.trim().split('\n'))
      expect(line).toMatch(/^<stdin>:\d+:\d+: (warning|error): \S/);
  });

  it('exits 1 with one line when the file cannot be read', () => {
    const { status, stdout, stderr } = runCli(['no-such-notice.txt']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('fengong-parse: cannot read "no-such-notice.txt": no such file\n');
  });

  it('exits 2 with a usage line on an unknown format, option or a missing file argument', () => {
    for (const args of [[SEED, '--format', 'xml'], [SEED, '--verbose'], []]) {
      const { status, stdout, stderr } = runCli(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        /^fengong-parse: .+\nusage: npm run parse -- <file\|-> \[--format json\|csv\|graphml\|graphml-yed\|gexf\|gexf12\|workload\|metrics\|checks\] \[-o <file\|->\] \[--version\]\n$/,
      );
    }
  });

  it('prints usage for --help and exits 0', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: npm run parse/);
    expect(stdout).toContain('gexf');
  });

  it('writes the file -o names, exactly what stdout would carry, and prints its version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-parse-'));
    const file = join(dir, 'manzhouli.csv');
    const written = runCli([SEED, '--format', 'csv', '-o', file]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    const printed = runCli([SEED, '--format', 'csv', '-o', '-']);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    expect(printed.stdout.startsWith('\uFEFFsection,')).toBe(true);
    const version = runCli(['--version']);
    expect(version.stdout).toBe(
      `fengong-parse ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`,
    );
    const nowhere = runCli([SEED, '-o', join(dir, 'no-such-folder', 'x.json')]);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/^fengong-parse: cannot write /);
  });

  it('lays the network files out as the app does: GEXF 1.3 and 1.2 with viz positions, GraphML for yEd', () => {
    for (const [format, marker] of [
      ['gexf', 'xmlns:viz="http://gexf.net/1.3/viz"'],
      ['gexf12', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"'],
      ['graphml-yed', 'yfiles.type="nodegraphics"'],
    ] as const) {
      const { status, stdout } = runCli([SEED, '--format', format]);
      expect(status, format).toBe(0);
      expect(stdout).toContain(marker);
      const xs = [...stdout.matchAll(/<viz:position x="([^"]+)"|<y:Geometry [^>]*x="([^"]+)"/g)].map((m) =>
        Number(m[1] ?? m[2]),
      );
      expect(xs.length).toBeGreaterThan(70);
      expect(xs.every(Number.isFinite)).toBe(true);
      expect(new Set(xs).size).toBeGreaterThan(20);
    }
  });
});
