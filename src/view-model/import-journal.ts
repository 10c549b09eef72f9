// The journal of an import in progress: which files it was given and how many of them are settled
// (stored, or refused with a reason shown). Written before the first file is read and after every
// write to the workspace, removed when the import ends; a journal found on opening the app means the
// last import was cut short (the tab closed, the browser killed), and says which files were not read.

export interface JournalFile {
  readonly name: string;
  readonly size: number;
}

export interface ImportJournal {
  readonly startedAt: string;
  readonly files: readonly JournalFile[];
  /** Files settled, from the first: their notices are stored or their refusal was reported. */
  readonly settled: number;
}

export const JOURNAL_KEY = 'fengong-atlas:import-journal';

export function startJournal(files: readonly JournalFile[], now: Date): ImportJournal {
  return { startedAt: now.toISOString(), files: files.map(({ name, size }) => ({ name, size })), settled: 0 };
}

/** The files the cut-short import did not settle. */
export function unsettled(journal: ImportJournal): readonly JournalFile[] {
  return journal.files.slice(journal.settled);
}

const key = (f: JournalFile) => `${f.name}\u0000${f.size}`;

/** Of the files the user chose again, those the last import did not settle (by name and size): a
 *  resume reads only the rest, whatever else was chosen with them. */
export function toResume<T extends JournalFile>(journal: ImportJournal, chosen: readonly T[]): T[] {
  const left = new Set(unsettled(journal).map(key));
  return chosen.filter((f) => left.has(key(f)));
}

/** A journal read back from storage, or null when there is none or it is not one. */
export function readJournal(text: string | null): ImportJournal | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<ImportJournal>;
    const files = Array.isArray(value.files)
      ? value.files.filter(
          (f): f is JournalFile => typeof f?.name === 'string' && typeof f?.size === 'number',
        )
      : [];
    const settled = typeof value.settled === 'number' ? value.settled : 0;
    if (files.length === 0 || settled >= files.length || typeof value.startedAt !== 'string') return null;
    return { startedAt: value.startedAt, files, settled: Math.max(0, Math.floor(settled)) };
  } catch {
    return null;
  }
}
