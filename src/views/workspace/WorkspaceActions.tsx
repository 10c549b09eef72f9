// The workspace's buttons in the top bar: the notices panel (with how many are in view), the inspector
// (with how many corrections are in view), and the import. While a new scope is parsed, how far it got.
import { useMessages } from '../i18n/lang-context.tsx';
import { useImporter } from './import-context.tsx';
import { useWorkspace } from './workspace-context.tsx';
import './workspace.css';

interface Props {
  readonly progress: { readonly done: number; readonly total: number } | null;
}

export function WorkspaceActions({ progress }: Props) {
  const { notices, scoped, panels, setPanel, backend } = useWorkspace();
  const { setOpen: setImportOpen } = useImporter();
  const m = useMessages();
  const inView = scoped?.merged.parts.length ?? 0;
  const corrections = scoped?.notices.reduce((sum, n) => sum + n.ops.length, 0) ?? 0;
  const noticesOpen = panels.has('notices');
  const inspectorOpen = panels.has('inspector');
  return (
    <>
      {progress ? (
        <span className="ws-hint workspace-progress" role="status">
          {m.import.readingNotices(progress.done, progress.total)}
        </span>
      ) : null}
      {backend === 'memory' ? <span className="ws-count memory-flag">{m.import.inMemory}</span> : null}
      <button
        type="button"
        className="ws-button notices-toggle"
        aria-pressed={noticesOpen}
        onClick={() => setPanel('notices', !noticesOpen)}
      >
        {m.import.notices}
        <span className="ws-count">{notices.length === inView ? inView : `${inView}/${notices.length}`}</span>
      </button>
      <button
        type="button"
        className="ws-button inspector-toggle"
        aria-pressed={inspectorOpen}
        onClick={() => setPanel('inspector', !inspectorOpen)}
      >
        {m.import.inspect}
        {corrections > 0 ? <span className="ws-count">{corrections}</span> : null}
      </button>
      <button type="button" className="ws-button is-primary import-open" onClick={() => setImportOpen(true)}>
        {m.import.importOpen}
      </button>
    </>
  );
}
