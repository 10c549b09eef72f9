// `npx fengong-atlas <command>`: the same commands as npm run, with nothing but the command's own
// output on standard output (npm run prints its banner there first).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SEED = 'seeds/manzhouli-pilot-zone-2014.txt';

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/bin.mjs', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the fengong-atlas command', { timeout: 60_000 }, () => {
  it('runs parse with its arguments, the CSV starting with its BOM, as npm run parse writes it', () => {
    const bin = run(['parse', SEED, '--format', 'csv']);
    expect(bin.status).toBe(0);
    expect(bin.stdout.startsWith('\uFEFFsection,task,item_id,')).toBe(true);
    const direct = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/parse.ts', SEED, '--format', 'csv'],
      {
        encoding: 'utf8',
      },
    );
    expect(bin.stdout).toBe(direct.stdout);
    expect(run(['parse', '--version']).stdout).toMatch(/^fengong-parse \d+\.\d+\.\d+\n$/);
  });

  it('lists its commands, and refuses an unknown one with exit code 2', () => {
    expect(run(['--help']).stdout).toBe(
      "usage: fengong-atlas <parse|export|compare|corpus> … (each command's --help says more)\n",
    );
    const unknown = run(['draw']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^fengong-atlas: unknown command "draw"/);
  });
});
