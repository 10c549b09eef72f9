// Saved views: the view on screen kept under a name (with its notices, settings, selection, zoom and
// dragged positions), listed to be shown again, brought up to date, or deleted.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { useState } from 'react';
import type { SavedView } from '../../workspace/records.ts';
import { findView } from '../view-registry.ts';
import { useWorkspace } from './workspace-context.tsx';

function describe(view: SavedView, m: Messages): string {
  const notices =
    view.scope.kind === 'all' ? m.notices.allNoticesShort : m.notices.noticeCount(view.scope.ids.length);
  const name = findView(view.viewType).name;
  return `${m.app.views[name] ?? name} · ${notices}`;
}

export function SavedViewsSection() {
  const { savedViews, views } = useWorkspace();
  const [name, setName] = useState('');
  const m = useMessages();
  return (
    <section className="ws-section saved-views" aria-label={m.notices.savedViews}>
      <h2 className="ws-section-title">{m.notices.savedViews}</h2>
      {savedViews.length === 0 ? <p className="ws-hint">{m.notices.noSavedViews}</p> : null}
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
                <span className="saved-view-what">{describe(view, m)}</span>
              </button>
              {active && views.changed ? (
                <button type="button" className="ws-link" onClick={() => void views.update(view)}>
                  {m.notices.update}
                </button>
              ) : null}
              <button
                type="button"
                className="ws-link"
                aria-label={m.notices.deleteView(view.name)}
                onClick={() => void views.remove(view)}
              >
                {m.notices.delete}
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
          placeholder={m.notices.nameView}
          aria-label={m.notices.nameViewLabel}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="ws-button" disabled={!name.trim()}>
          {m.notices.saveView}
        </button>
      </form>
    </section>
  );
}
