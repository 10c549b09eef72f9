// The panel at the right: the selected agency or item, with its corrections and notes — or, with nothing
// selected, the agencies in view to pick from — and the list of corrections in view.
import { useAtlas } from '../atlas.tsx';
import { AgencyInspector } from './AgencyInspector.tsx';
import { AgencyList } from './AgencyList.tsx';
import { AgencyNames } from './AgencyNames.tsx';
import { CorrectionsList } from './CorrectionsList.tsx';
import { ItemInspector } from './ItemInspector.tsx';
import { useWorkspace } from './workspace-context.tsx';
import './Inspector.css';
import './workspace.css';

function Subject() {
  const { model, selection } = useAtlas();
  if (selection?.kind === 'agency') {
    const agency = model.agencies.find((a) => a.id === selection.id);
    if (agency) return <AgencyInspector agency={agency} />;
  }
  if (selection?.kind === 'item') {
    const item = model.assignments.find((a) => a.id === selection.id);
    if (item) return <ItemInspector item={item} />;
  }
  return <AgencyList />;
}

export function Inspector() {
  const { model, selection, select } = useAtlas();
  const { setPanel } = useWorkspace();
  return (
    <aside className="workspace-side inspector" aria-label="Inspect and correct">
      <div className="panel-bar">
        <h2 className="panel-title">Inspect &amp; correct</h2>
        <span className="ws-row">
          {selection ? (
            <button type="button" className="ws-link" onClick={() => select(null, 'inspector')}>
              All agencies
            </button>
          ) : null}
          <button type="button" className="ws-link" onClick={() => setPanel('inspector', false)}>
            Close
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
