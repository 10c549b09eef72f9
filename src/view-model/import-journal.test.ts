import { describe, expect, it } from 'vitest';
import { readJournal, startJournal, toResume, unsettled } from './import-journal.ts';

const files = [
  { name: 'a.txt', size: 10 },
  { name: 'b.doc', size: 20 },
  { name: 'c.pdf', size: 30 },
];

describe('the import journal', () => {
  it('names the files a cut-short import did not settle, and resumes only those', () => {
    const journal = { ...startJournal(files, new Date('2026-01-02T03:04:05Z')), settled: 1 };
    expect(unsettled(journal).map((f) => f.name)).toEqual(['b.doc', 'c.pdf']);
    // Chosen again with another file, and with a.txt changed since: only b and c are read.
    const chosen = [
      { name: 'a.txt', size: 10 },
      { name: 'c.pdf', size: 30 },
      { name: 'b.doc', size: 20 },
      { name: 'd.txt', size: 5 },
    ];
    expect(toResume(journal, chosen).map((f) => f.name)).toEqual(['c.pdf', 'b.doc']);
    expect(toResume(journal, [{ name: 'b.doc', size: 21 }])).toEqual([]);
  });

  it('reads back what it wrote, and nothing from a finished, empty or broken record', () => {
    const journal = { ...startJournal(files, new Date(0)), settled: 2 };
    expect(readJournal(JSON.stringify(journal))).toEqual(journal);
    expect(readJournal(JSON.stringify({ ...journal, settled: 3 }))).toBeNull();
    expect(readJournal(JSON.stringify({ ...journal, files: [] }))).toBeNull();
    expect(readJournal('{not json')).toBeNull();
    expect(readJournal(null)).toBeNull();
  });
});
