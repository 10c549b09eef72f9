// The panel at the right: the selected agency, item or task, with its corrections and notes — or, with
// nothing selected, the agencies in view to pick from — and the list of corrections in view. While it is
// open, Ctrl+Z (⌘Z) undoes the last correction in view (the newest first, after a reload too).
import { useMessages } from '../i18n/lang-context.tsx';
import { useAtlas } from '../atlas.tsx';
import { AgencyInspector } from './AgencyInspector.tsx';
import { AgencyList } from './AgencyList.tsx';
import { AgencyNames } from './AgencyNames.tsx';
import { CorrectionsList } from './CorrectionsList.tsx';
import { ItemInspector } from './ItemInspector.tsx';
import { TaskInspector } from './TaskInspector.tsx';
import { useUndoShortcut } from './useUndoShortcut.ts';
import { useWorkspace } from './workspace-context.tsx';
import './Inspector.css';
import './workspace.css';
import '../shared/panel.css';

function Subject() {
  const { model, selection } = useAtlas();
  if (selection?.kind === 'agency') {
    const agency = model.agencies.find((a) => a.id === selection.id);
    if (agency) return <AgencyInspector agency={agency} />;
  }
  if (selection?.kind === 'item') {
    const item = model.items.find((a) => a.id === selection.id);
    if (item) return <ItemInspector item={item} />;
  }
  if (selection?.kind === 'task') {
    const task = model.tasks.find((t) => t.id === selection.id);
    if (task) return <TaskInspector task={task} />;
  }
  return <AgencyList />;
}

export function Inspector() {
  const { model, selection, select } = useAtlas();
  const { setPanel, corrections } = useWorkspace();
  const m = useMessages();
  useUndoShortcut(corrections);
  return (
    <aside className="workspace-side inspector" aria-label={m.import.inspect}>
      <div className="panel-bar">
        <h2 className="panel-title">{m.import.inspect}</h2>
        <span className="ws-row">
          {selection ? (
            <button type="button" className="ws-link inspector-all" onClick={() => select(null, 'inspector')}>
              {m.inspect.allAgencies}
            </button>
          ) : null}
          <button type="button" className="ws-link" onClick={() => setPanel('inspector', false)}>
            {m.app.close}
          </button>
        </span>
      </div>
      <div className="inspector-scroll">
        <AgencyNames model={model} />
        <Subject />
        <CorrectionsList />
      </div>
    </aside>
  );
}
