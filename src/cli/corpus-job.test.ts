// Jobs sharing one queue: every file is taken by exactly one job, each job's part holds its notices in
// path order, and a file that cannot be read is a failure row while the job goes on.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../tests/support/seed.ts';
import { runCorpusJob, type CorpusJob } from './corpus-job.ts';

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-job-'));
  mkdirSync(join(root, 'a'));
  copyFileSync(SEED_PATH, join(root, 'a', 'manzhouli.txt'));
  copyFileSync('tests/fixtures/samples/guangzhou-talent-2012.txt', join(root, 'guangzhou.txt'));
  copyFileSync(SEED_PATH, join(root, 'copy.txt'));
  writeFileSync(join(root, 'broken.pdf'), '%PDF-1.7 this is not a PDF');
  return root;
}

/** The notice ids of a part's CSV, in the order its rows are written. */
function noticeIds(file: string): string[] {
  const [, ...rows] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  return rows.map((row) => row.split(',')[0] as string);
}

describe('runCorpusJob', () => {
  it('shares one queue between jobs: each file read once, each part in path order', async () => {
    const root = folder();
    const out = join(root, 'out');
    const paths = ['a/manzhouli.txt', 'copy.txt', 'guangzhou.txt', 'broken.pdf'];
    const next = new Int32Array(new SharedArrayBuffer(4));
    const job = (part: string): CorpusJob => ({ root, paths, next, out, format: 'csv', part });
    const seen: [string, string | null][] = [];
    const written = await Promise.all(
      ['w1', 'w2'].map((part) => runCorpusJob(job(part), (path, failure) => seen.push([path, failure]))),
    );

    expect(seen.map(([path]) => path).sort()).toEqual([...paths].sort());
    expect(seen.find(([path]) => path === 'broken.pdf')?.[1]).toMatch(/broken\.pdf/);
    expect(seen.filter(([, failure]) => failure !== null)).toHaveLength(1);
    expect(next[0]).toBeGreaterThanOrEqual(paths.length);
    // Nine tables, CSV only, per job.
    for (const files of written) expect(files).toHaveLength(9);

    const parts = ['w1', 'w2'].map((part) => noticeIds(join(out, 'notices', `${part}.csv`)));
    expect(parts.flat().sort()).toEqual(['a/manzhouli.txt', 'copy.txt', 'guangzhou.txt']);
    for (const ids of parts) expect(ids).toEqual([...ids].sort());
    const failures = ['w1', 'w2'].flatMap((part) => noticeIds(join(out, 'failures', `${part}.csv`)));
    expect(failures).toEqual(['broken.pdf']);
  });

  it('writes an empty part, header only, when the other jobs took every file', async () => {
    const root = folder();
    const next = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(next, 0, 1);
    const files = await runCorpusJob(
      { root, paths: ['copy.txt'], next, out: join(root, 'out'), format: 'both', part: 'w2' },
      () => expect.unreachable('no file is left to read'),
    );
    expect(files).toHaveLength(18);
    expect(noticeIds(join(root, 'out', 'items', 'w2.csv'))).toEqual([]);
  });
});
