// What the view area shows when no notice is in view: how to get one there.
import { useImporter } from './import-context.tsx';
import { useWorkspace } from './workspace-context.tsx';
import './workspace.css';

export function EmptyScope() {
  const { notices, setPanel } = useWorkspace();
  const { setOpen: setImportOpen } = useImporter();
  return (
    <div className="empty-scope">
      <p>{notices.length === 0 ? 'The workspace has no notices.' : 'No notice is in view.'}</p>
      <div className="ws-row">
        {notices.length > 0 ? (
          <button type="button" className="ws-button" onClick={() => setPanel('notices', true)}>
            Choose notices
          </button>
        ) : null}
        <button type="button" className="ws-button is-primary" onClick={() => setImportOpen(true)}>
          Import notices
        </button>
      </div>
    </div>
  );
}
