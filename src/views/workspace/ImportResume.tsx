// On opening the app after an import was cut short (the tab closed, the browser killed): which files
// were not read, and one way to read them — choose them again; only those not yet read are imported.
import { useMessages } from '../i18n/lang-context.tsx';
import { useRef, useState } from 'react';
import { toResume, unsettled, type ImportJournal } from '../../view-model/import-journal.ts';
import { useImporter } from './import-context.tsx';
import { clearJournal, loadJournal } from './import-journal-store.ts';
import './StorageBanner.css';

const NAMES_SHOWN = 6;

export function ImportResume() {
  // Read once, on opening: the journal an import writes now is that import's own.
  const [journal, setJournal] = useState<ImportJournal | null>(loadJournal);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { importer, setOpen } = useImporter();
  const m = useMessages();
  if (!journal) return null;
  const left = unsettled(journal);
  const dismiss = () => {
    clearJournal();
    setJournal(null);
  };
  const chosen = (files: readonly File[]) => {
    const resume = toResume(journal, files);
    if (resume.length === 0) {
      setProblem(m.notices.resumeNoMatch);
      return;
    }
    setJournal(null);
    setOpen(true);
    void importer.importFiles(resume);
  };
  return (
    <div className="storage-banner import-resume" role="alert">
      <div className="storage-problem">
        <p>
          {m.notices.resumeStopped(journal.settled, journal.files.length)}
          <span className="import-resume-names">
            {left
              .slice(0, NAMES_SHOWN)
              .map((f) => f.name)
              .join(', ')}
            {left.length > NAMES_SHOWN ? m.notices.resumeMore(left.length - NAMES_SHOWN) : ''}
          </span>
          .{problem ? <span className="ws-error"> {problem}</span> : null}
        </p>
        <button
          type="button"
          className="ws-button import-resume-choose"
          onClick={() => input.current?.click()}
        >
          {m.notices.chooseAgain}
        </button>
        <button type="button" className="ws-link" onClick={dismiss}>
          {m.notices.dismiss}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          className="import-resume-input"
          onChange={(event) => chosen([...(event.target.files ?? [])])}
        />
      </div>
    </div>
  );
}
