// The corpus mode end to end: a folder tree of notices (one that cannot be read among them), parsed on
// two workers, written as Parquet and CSV, read back by DuckDB as an analyst would; two shards of the
// same folder make the same tables as one run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../support/seed.ts';

function runCorpus(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function makeCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-'));
  mkdirSync(join(root, 'inner-mongolia'));
  mkdirSync(join(root, 'samples', 'guangzhou'), { recursive: true });
  copyFileSync(SEED_PATH, join(root, 'inner-mongolia', 'manzhouli.txt'));
  copyFileSync(
    'tests/fixtures/samples/guangzhou-talent-2012.txt',
    join(root, 'samples', 'guangzhou', 'talent.txt'),
  );
  copyFileSync('tests/fixtures/word/zhengzhou-2023.doc', join(root, 'samples', 'zhengzhou.doc'));
  writeFileSync(join(root, 'samples', 'broken.pdf'), '%PDF-1.7 this is not a PDF');
  writeFileSync(join(root, 'notes.png'), 'not a notice');
  return root;
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

describe('npm run corpus', { timeout: 120_000 }, () => {
  const root = makeCorpus();
  const out = join(root, '..', `${root.split('/').pop()}-out`);
  const run = runCorpus([root, '-o', out, '--jobs', '2']);

  it('reads every notice of the tree on two workers, and reports the one it cannot read', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/broken\.pdf/);
    expect(run.stderr).toMatch(/4\/4 notices, 1 not read, [\d.]+ s; 2 jobs; wrote 36 files/);
  });

  it('writes tables DuckDB reads and joins: the heaviest agencies across notices, items with their roles', async () => {
    const notices = await query(
      `select notice_id, items from read_parquet('${out}/notices/*.parquet') order by notice_id`,
    );
    expect(notices.map((n) => n.notice_id)).toEqual([
      'inner-mongolia/manzhouli.txt',
      'samples/guangzhou/talent.txt',
      'samples/zhengzhou.doc',
    ]);
    expect(notices[0]?.items).toBe(77);
    const heaviest = await query(`
      select name, count(*)::int as roles from read_parquet('${out}/assignments/*.parquet') a
      join read_parquet('${out}/agencies/*.parquet') g using (notice_id, agency_id)
      group by name order by roles desc, name limit 1`);
    expect(heaviest[0]).toEqual({ name: '自治区发展改革委', roles: 60 });
    const joined = await query(`
      select count(*)::int as n from read_parquet('${out}/items/*.parquet') i
      join read_parquet('${out}/assignments/*.parquet') a using (notice_id, item_id)`);
    const all = await query(`select count(*)::int as n from read_parquet('${out}/assignments/*.parquet')`);
    expect(joined[0]?.n).toBe(all[0]?.n);
    const failures = await query(`select notice_id from read_parquet('${out}/failures/*.parquet')`);
    expect(failures).toEqual([{ notice_id: 'samples/broken.pdf' }]);
  });

  it('writes the same rows as CSV, with the BOM the app\u2019s CSVs have', () => {
    // One part per worker, each with the BOM and the header.
    for (const worker of ['w1', 'w2']) {
      const csv = readFileSync(join(out, 'items', `part-1-of-1-${worker}.csv`), 'utf8');
      expect(
        csv.startsWith('\uFEFFnotice_id,item_id,task_id,section_id,title,deadline,sentence,marker,line'),
      ).toBe(true);
    }
  });

  it('runs its workers under the Node options it was given, V8 options included', () => {
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=2048', '--import', 'tsx', 'src/cli/corpus.ts', root, '-o', `${out}-options`],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/4\/4 notices, 1 not read/);
  });

  it('splits a run into shards that together make the same tables', async () => {
    const sharded = `${out}-sharded`;
    expect(runCorpus([root, '-o', sharded, '--shard', '1/2', '--format', 'parquet']).status).toBe(0);
    expect(runCorpus([root, '-o', sharded, '--shard', '2/2', '--format', 'parquet']).status).toBe(0);
    const count = async (folder: string) =>
      (
        await query(
          `select count(*)::int as n, count(distinct notice_id)::int as notices from read_parquet('${folder}/assignments/*.parquet')`,
        )
      )[0];
    expect(await count(sharded)).toEqual(await count(out));
  });
});
