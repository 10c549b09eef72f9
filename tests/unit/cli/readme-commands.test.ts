// The README's commands, as written: every `npm run …` or `npx fengong-atlas …` line of its sh blocks
// that names real files (no `<placeholder>` and no `[option]`) is run from the project's root, and
// the file its `-o` names is read back by what it claims to be. A README that drifts from the CLI
// fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateGraphml } from '../../support/graphml-schema.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const README = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');

/** The runnable lines of the README's sh blocks. */
function readmeCommands(text: string): string[] {
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((line) => line.trim())
    .filter((line) => /^(npm run -?s? ?(parse|export|compare|corpus)|npx fengong-atlas) /.test(line))
    .filter((line) => !/[<[]/.test(line) && !line.endsWith('\\'));
}

function outputOf(command: string): string {
  const out = /(?:^|\s)-o\s+(\S+)/.exec(command)?.[1];
  if (!out || out === '-') throw new Error(`the README's command writes no file: ${command}`);
  return out;
}

const decoder = new TextDecoder();

/** What the file must hold, by its kind. */
async function checkFile(path: string, bytes: Uint8Array): Promise<void> {
  if (path.endsWith('.csv')) {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = decoder.decode(bytes.slice(3)).split('\r\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines[0]).toContain(',');
    expect(lines.join('\n')).toContain('发展改革委');
  } else if (path.endsWith('.graphml')) {
    expect(await validateGraphml(decoder.decode(bytes), 'graphml.xsd')).toEqual({ valid: true, errors: [] });
  } else if (path.endsWith('.pdf')) {
    expect(decoder.decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { cwd: ROOT, encoding: 'utf8' });
    expect(text).toContain('满洲里');
  } else if (path.endsWith('.svg')) {
    const svg = decoder.decode(bytes);
    expect(svg).toMatch(/^<svg|^<\?xml/);
    for (const group of ['edges', 'nodes', 'labels', 'legend']) expect(svg).toContain(`id="${group}"`);
  } else if (path.endsWith('.xlsx')) {
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toContain('xl/workbook.xml');
    expect(decoder.decode(entries['xl/sharedStrings.xml'])).toContain('自治区发展改革委');
  } else {
    throw new Error(`no check for the kind of ${path}: add one`);
  }
}

const commands = readmeCommands(README);

describe("the README's commands, run as written", { timeout: 180_000 }, () => {
  it('finds the commands to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it.each(commands)('%s', async (command) => {
    const out = outputOf(command);
    const path = `${ROOT}${out}`;
    rmSync(path, { force: true });
    try {
      const run = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(path)).toBe(true);
      await checkFile(path, new Uint8Array(readFileSync(path)));
    } finally {
      rmSync(path, { force: true });
    }
  });
});
