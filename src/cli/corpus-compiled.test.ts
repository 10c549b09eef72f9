// The corpus jobs' compiled code: built once into the cache, found again by the hash of its sources;
// and the Node options a worker gets, without the TypeScript loader the bundle does not need.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../tests/support/seed.ts';
import { corpusCode, withoutTsx } from './corpus-compiled.ts';
import type { CorpusReply } from './corpus-worker.ts';

const CACHE = 'node_modules/.cache/fengong-atlas/corpus';

describe('corpusCode', () => {
  it('compiles the worker into the cache; a worker started from there reads a notice', async () => {
    const code = await corpusCode();
    expect(code.fallback).toBeNull();
    const manifest = JSON.parse(readFileSync(`${CACHE}/current.json`, 'utf8')) as {
      hash: string;
      inputs: string[];
    };
    // Its sources are the project's own: packages stay imports, loaded from node_modules.
    expect(manifest.inputs).toEqual(
      expect.arrayContaining(['src/cli/corpus-job.ts', 'src/projects/parse-notice.ts']),
    );
    expect(manifest.inputs.every((input) => input.startsWith('src/'))).toBe(true);
    expect(existsSync(`${CACHE}/${manifest.hash}/corpus-worker.js`)).toBe(true);

    const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-compiled-'));
    copyFileSync(SEED_PATH, join(root, 'manzhouli.txt'));
    const next = new Int32Array(new SharedArrayBuffer(4));
    const plan = { root, paths: ['manzhouli.txt'], next, out: join(root, 'out'), format: 'csv' as const };
    const replies: CorpusReply[] = [];
    await new Promise<void>((resolve, reject) => {
      const worker = code.startWorker({ ...plan, part: 'w1' });
      worker.on('message', (reply: CorpusReply) => replies.push(reply));
      worker.on('error', reject);
      worker.on('exit', () => resolve());
    });
    expect(replies[0]).toEqual({ type: 'parsed', path: 'manzhouli.txt', failure: null });
    expect(replies[1]?.type).toBe('written');
    const items = readFileSync(join(root, 'out', 'items', 'w1.csv'), 'utf8');
    expect(items.match(/\r\nmanzhouli\.txt,manzhouli\.txt#item-/g)).toHaveLength(77);

    // Unchanged sources: the same bundle, not built again.
    expect((await corpusCode()).fallback).toBeNull();
    expect(JSON.parse(readFileSync(`${CACHE}/current.json`, 'utf8'))).toEqual(manifest);
  });
});

describe('withoutTsx', () => {
  it('drops the TypeScript loader in every spelling and keeps every other option', () => {
    expect(withoutTsx(['--import', 'tsx', '--cpu-prof'])).toEqual(['--cpu-prof']);
    expect(withoutTsx(['--import=tsx', '--max-old-space-size=4096'])).toEqual(['--max-old-space-size=4096']);
    // The tsx command's own spelling: a preflight script and the loader, by path.
    expect(
      withoutTsx([
        '--require',
        '/p/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///p/node_modules/tsx/dist/loader.mjs',
      ]),
    ).toEqual([]);
    expect(withoutTsx(['--require', './apm.js', '--import', 'tsx/esm'])).toEqual(['--require', './apm.js']);
    expect(withoutTsx(['--import', './my-tsx-helpers.js'])).toEqual(['--import', './my-tsx-helpers.js']);
  });
});
