// Saved views: the view on screen kept under a name (with its notices, settings, selection, zoom and
// dragged positions), listed to be shown again, brought up to date, or deleted.
import { useState } from 'react';
import type { SavedView } from '../../workspace/records.ts';
import { findView } from '../view-registry.ts';
import { useWorkspace } from './workspace-context.tsx';

function describe(view: SavedView): string {
  const notices =
    view.scope.kind === 'all'
      ? 'all notices'
      : `${view.scope.ids.length} notice${view.scope.ids.length === 1 ? '' : 's'}`;
  return `${findView(view.viewType).label} · ${notices}`;
}

export function SavedViewsSection() {
  const { savedViews, views } = useWorkspace();
  const [name, setName] = useState('');
  return (
    <section className="ws-section saved-views" aria-label="Saved views">
      <h2 className="ws-section-title">Saved views</h2>
      {savedViews.length === 0 ? (
        <p className="ws-hint">None yet: name the view on screen to keep it.</p>
      ) : null}
      <ul className="saved-view-list">
        {savedViews.map((view) => {
          const active = views.active?.id === view.id;
          return (
            <li
              key={view.id}
              className={active ? 'saved-view is-active' : 'saved-view'}
              data-view-id={view.id}
            >
              <button type="button" className="saved-view-name" onClick={() => views.show(view)}>
                {view.name}
                <span className="saved-view-what">{describe(view)}</span>
              </button>
              {active && views.changed ? (
                <button type="button" className="ws-link" onClick={() => void views.update(view)}>
                  Update
                </button>
              ) : null}
              <button
                type="button"
                className="ws-link"
                aria-label={`Delete ${view.name}`}
                onClick={() => void views.remove(view)}
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="ws-row saved-view-new"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          void views.saveAs(name.trim());
          setName('');
        }}
      >
        <input
          className="ws-input"
          placeholder="Name this view"
          aria-label="Name of the view to save"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="ws-button" disabled={!name.trim()}>
          Save view
        </button>
      </form>
    </section>
  );
}
