// The files a corpus run reads, the order it hands them out, and the shard each falls in.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { biggestFirst, corpusFiles, inShard } from './corpus-files.ts';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'fengong-corpus-files-'));
  mkdirSync(join(root, 'b', 'c'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  writeFileSync(join(root, 'small.txt'), 'x');
  writeFileSync(join(root, 'b', 'big.doc'), 'x'.repeat(300));
  writeFileSync(join(root, 'b', 'c', 'mid.HTML'), 'x'.repeat(20));
  writeFileSync(join(root, 'b', 'same.txt'), 'x'.repeat(20));
  writeFileSync(join(root, 'picture.png'), 'x'.repeat(1000));
  writeFileSync(join(root, '.hidden', 'secret.txt'), 'x');
  return root;
}

describe('corpus files', () => {
  it('lists readable files as sorted paths with /, hidden folders and other types left out', async () => {
    expect(await corpusFiles(tree())).toEqual(['b/big.doc', 'b/c/mid.HTML', 'b/same.txt', 'small.txt']);
  });

  it('hands out the biggest first, equal sizes in path order, a file gone since the listing last', async () => {
    const root = tree();
    const paths = [...(await corpusFiles(root)), 'gone.txt'];
    expect(await biggestFirst(root, paths)).toEqual([
      'b/big.doc',
      'b/c/mid.HTML',
      'b/same.txt',
      'small.txt',
      'gone.txt',
    ]);
  });

  it('puts every path in exactly one shard, the same whatever else is listed', () => {
    const paths = Array.from({ length: 200 }, (_, i) => `region-${i % 7}/notice-${i}.txt`);
    const shards = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(30);
    expect(inShard('a.txt', { index: 1, count: 1 })).toBe(true);
  });
});
