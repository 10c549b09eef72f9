import { describe, expect, it } from 'vitest';
import { readCliArgs, usageLine } from './args.ts';

const FORMATS = ['json', 'csv', 'graphml', 'gexf'];
const read = (...argv: string[]) => readCliArgs(argv, FORMATS);

describe('readCliArgs', () => {
  it('defaults to json', () => {
    expect(read('notice.txt')).toEqual({ kind: 'run', input: 'notice.txt', format: 'json', output: null });
  });

  it('reads --format in its three spellings, before or after the file', () => {
    expect(read('a.txt', '--format', 'csv')).toEqual({
      kind: 'run',
      input: 'a.txt',
      format: 'csv',
      output: null,
    });
    expect(read('--format=gexf', 'a.txt')).toMatchObject({ format: 'gexf' });
    expect(read('-f', 'graphml', 'a.txt')).toMatchObject({ format: 'graphml' });
  });

  it('takes - as stdin and anything after -- as a file', () => {
    expect(read('-')).toEqual({ kind: 'run', input: '-', format: 'json', output: null });
    expect(read('--', '--weird-name.txt')).toMatchObject({ kind: 'run', input: '--weird-name.txt' });
  });

  it('writes to the file -o names, and to standard output for -o -', () => {
    expect(read('a.txt', '-o', 'out.csv')).toMatchObject({ kind: 'run', output: 'out.csv' });
    expect(read('a.txt', '--output=out.json')).toMatchObject({ output: 'out.json' });
    expect(read('a.txt', '-o', '-')).toMatchObject({ kind: 'run', input: 'a.txt', output: null });
    expect(read('a.txt', '-o')).toMatchObject({ kind: 'usage-error', message: '-o needs a file' });
  });

  it('answers --version', () => {
    expect(read('--version')).toEqual({ kind: 'version' });
  });

  it('answers --help and -h whatever else is given', () => {
    expect(read('--help')).toEqual({ kind: 'help' });
    expect(read('a.txt', '-h', '--bogus')).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /missing input/],
    [['a.txt', 'b.txt'], /one input at a time/],
    [['a.txt', '--format', 'xml'], /unknown format "xml" \(known: json, csv, graphml, gexf\)/],
    [['a.txt', '--format'], /--format needs a value/],
    [['a.txt', '--format='], /needs a value/],
    [['a.txt', '--verbose'], /unknown option "--verbose"/],
  ])('rejects %j', (argv, message) => {
    const command = read(...argv);
    expect(command.kind).toBe('usage-error');
    if (command.kind === 'usage-error') expect(command.message).toMatch(message);
  });

  it('accepts any format the table lists, so new formats need no parser change', () => {
    expect(readCliArgs(['a.txt', '--format', 'workload'], [...FORMATS, 'workload'])).toMatchObject({
      format: 'workload',
    });
  });

  it('writes a usage line with the known formats', () => {
    expect(usageLine(FORMATS)).toBe(
      'usage: npm run parse -- <file|-> [--format json|csv|graphml|gexf] [-o <file|->] [--version]',
    );
  });
});
