import { describe, expect, it } from 'vitest';
import { readCorpusArgs } from './corpus-args.ts';

describe('readCorpusArgs', () => {
  it('reads the folder, the output, jobs, shard and format', () => {
    expect(readCorpusArgs(['notices', '-o', 'out'])).toEqual({
      kind: 'run',
      root: 'notices',
      out: 'out',
      jobs: null,
      shard: { index: 1, count: 1 },
      format: 'both',
    });
    expect(
      readCorpusArgs(['notices', '-o', 'out', '--jobs', '4', '--shard', '2/8', '--format', 'parquet']),
    ).toMatchObject({ jobs: 4, shard: { index: 2, count: 8 }, format: 'parquet' });
  });

  it.each([
    [['notices'], /output folder with -o/],
    [['-o', 'out'], /one folder/],
    [['a', 'b', '-o', 'out'], /one folder/],
    [['a', '-o', 'out', '--jobs', '0'], /--jobs/],
    [['a', '-o', 'out', '--shard', '3/2'], /--shard/],
    [['a', '-o', 'out', '--format', 'xlsx'], /--format/],
    [['a', '-o', 'out', '--fast'], /unknown option/],
  ])('refuses %j in one line', (argv, message) => {
    const command = readCorpusArgs(argv);
    expect(command.kind).toBe('usage-error');
    if (command.kind === 'usage-error') expect(command.message).toMatch(message);
  });
});
