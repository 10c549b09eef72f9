// Storage problems in plain words, at the top, until dismissed: the storage is full, the browser keeps
// nothing (private mode), another tab blocks or closed it. The app goes on in memory either way.
import { useMessages } from '../i18n/lang-context.tsx';
import type { ReportedProblem } from './useWorkspaceStore.ts';
import './StorageBanner.css';

interface Props {
  readonly problems: readonly ReportedProblem[];
  readonly onDismiss: (problem: ReportedProblem) => void;
}

export function StorageBanner({ problems, onDismiss }: Props) {
  const m = useMessages();
  if (problems.length === 0) return null;
  return (
    <div className="storage-banner" role="alert">
      {problems.map((problem) => (
        <div className="storage-problem" key={problem.message} data-kind={problem.kind}>
          <p>
            {m.storage.problem(problem)}
            {problem.inMemory ? <span className="storage-memory">{m.notices.inMemoryNow}</span> : null}
          </p>
          <button type="button" className="ws-link" onClick={() => onDismiss(problem)}>
            {m.notices.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
