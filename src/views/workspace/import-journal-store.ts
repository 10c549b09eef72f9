// Where the import journal (app/import-journal.ts) is kept: localStorage, whose writes are done when
// the call returns, so a journal written just before the tab is killed is still there on reopening.
import { JOURNAL_KEY, readJournal, type ImportJournal } from '../../view-model/import-journal.ts';

export function loadJournal(): ImportJournal | null {
  try {
    return readJournal(localStorage.getItem(JOURNAL_KEY));
  } catch {
    return null;
  }
}

export function saveJournal(journal: ImportJournal): void {
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify(journal));
  } catch {
    // A full or forbidden localStorage costs only the notice on reopening, never the import.
  }
}

export function clearJournal(): void {
  try {
    localStorage.removeItem(JOURNAL_KEY);
  } catch {
    // As above.
  }
}
